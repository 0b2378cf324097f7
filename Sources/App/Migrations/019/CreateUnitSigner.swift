import Fluent

/// A unit's usual signer of its Nghị định 30 documents (issue 18): the title lines and the name, one row a unit.
struct CreateUnitSigner: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("unit_signers")
            .field(.id, .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", .id, onDelete: .cascade))
            .field("title_lines", .string, .required)
            .field("name", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "unit_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_signers").delete()
    }
}
