import Vapor

/// `danvan units import`, `danvan units reorganise`.
struct UnitsCommandGroup: AsyncCommandGroup {
    var help: String { "Danh mục đơn vị (organization units)" }
    var commands: [String: any AnyAsyncCommand] { ["import": UnitsImportCommand(), "reorganise": UnitsReorganiseCommand()] }
}
