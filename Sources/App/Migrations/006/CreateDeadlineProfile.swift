import DanVanCore
import Fluent

/// Deadline profiles become versioned rows, seeded with the shipped defaults under the same ids petitions already store.
struct CreateDeadlineProfile: AsyncMigration {
    func prepare(on database: any Database) async throws {
        var schema = database.schema(DeadlineProfileRecord.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("code", .string, .required)
            .field("kind", .string, .required)
            .field("instance", .string, .required)
            .field("version", .int, .required)
        for step in ["accept", "resolve"] {
            schema =
                schema
                .field(.string("\(step)_days"), .int, .required)
                .field(.string("\(step)_complex_days"), .int, .required)
                .field(.string("\(step)_remote_days"), .int, .required)
                .field(.string("\(step)_remote_complex_days"), .int, .required)
                .field(.string("\(step)_counting"), .string, .required)
                .field(.string("\(step)_citation"), .string, .required)
                .field(.string("\(step)_confirmed"), .bool, .required)
        }
        try await schema
            .field("extension_max_count", .int, .required)
            .field("extension_days", .int, .required)
            .field("extension_citation", .string, .required)
            .field("note", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "code")
            .unique(on: "kind", "instance", "version")
            .create()
        for profile in DeadlineProfiles.vietnam.all {
            try await DeadlineProfileRecord(profile, version: 1, note: "Giá trị mặc định theo DOMAIN.md §3", createdBy: "he-thong").create(
                on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DeadlineProfileRecord.schema).delete()
    }
}
