import Fluent

/// Every migration, in the order it landed. Append only; never edit a landed migration.
enum DanVanMigrations {
    static let all: [any Migration] = [
        SessionRecord.migration,
        CreateUnit(),
        CreateUser(),
        CreateUnitChange(),
        CreateAPIToken(),
        CreateAuditEntry(),
        CreateLoginAttempt(),
        CreatePetition(),
        CreatePetitionEvent(),
        CreateReception(),
        CreatePublicRequest(),
    ]
}
