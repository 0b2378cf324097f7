import Fluent

/// The petition word index (see `PetitionSearchIndex`), filled from the petitions already stored.
struct CreatePetitionSearch: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await PetitionSearchIndex.create(on: database)
        try await PetitionSearchIndex.refresh(.all, on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PetitionSearchIndex.table).delete()
    }
}
