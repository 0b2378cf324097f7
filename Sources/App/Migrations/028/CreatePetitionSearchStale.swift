import Fluent

/// 028: a mark that the petition word index is behind the petitions (issue 14, "Scale"). A national reorganisation
/// commits first and rebuilds the index afterwards; while the mark exists, searches read the petitions themselves.
struct CreatePetitionSearchStale: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("petition_search_stale")
            .field(.id, .int, .identifier(auto: false))
            .field("since", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("petition_search_stale").delete()
    }
}
