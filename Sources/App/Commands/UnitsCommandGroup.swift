import Vapor

/// `danvan units import`.
struct UnitsCommandGroup: AsyncCommandGroup {
    var help: String { "Danh mục đơn vị (organization units)" }
    var commands: [String: any AnyAsyncCommand] { ["import": UnitsImportCommand()] }
}

func registerCommands(_ app: Application) {
    app.asyncCommands.use(UserCommandGroup(), as: "user")
    app.asyncCommands.use(UnitsCommandGroup(), as: "units")
    app.asyncCommands.use(BenchCommand(), as: "bench")
    app.asyncCommands.use(NationalSeedCommand(), as: "seed-national")
    app.asyncCommands.use(PetitionSeedCommand(), as: "seed-petitions")
    app.asyncCommands.use(ReportSeedCommand(), as: "seed-reports")
    app.asyncCommands.use(RemindCommand(), as: "remind")
}
