import Vapor

/// The `danvan` subcommands besides serve, migrate and the demo (registered in the executable).
func registerCommands(_ app: Application) {
    app.asyncCommands.use(UserCommandGroup(), as: "user")
    app.asyncCommands.use(UnitsCommandGroup(), as: "units")
    app.asyncCommands.use(BenchCommand(), as: "bench")
    app.asyncCommands.use(NationalSeedCommand(), as: "seed-national")
    app.asyncCommands.use(PetitionSeedCommand(), as: "seed-petitions")
    app.asyncCommands.use(PetitionReindexCommand(), as: "reindex-petitions")
    app.asyncCommands.use(DemocracySeedCommand(), as: "seed-democracy")
    app.asyncCommands.use(ReportSeedCommand(), as: "seed-reports")
    app.asyncCommands.use(ExemplarSeedCommand(), as: "seed-exemplars")
    app.asyncCommands.use(ScoringSeedCommand(), as: "seed-scoring")
    app.asyncCommands.use(RemindCommand(), as: "remind")
    app.asyncCommands.use(SessionsCommandGroup(), as: "sessions")
}
