import Vapor
import Views

/// `danvan units import`, `danvan units reorganise`.
struct UnitsCommandGroup: AsyncCommandGroup {
    var help: String { L10n.Units.danhMucDonViOrganizationUnits }
    var commands: [String: any AnyAsyncCommand] { ["import": UnitsImportCommand(), "reorganise": UnitsReorganiseCommand()] }
}
