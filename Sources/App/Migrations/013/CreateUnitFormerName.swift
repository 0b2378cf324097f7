import Fluent

/// The names and codes a unit had before (its predecessors in the official conversion table), so that typing an old
/// commune's name or code finds the unit it became.
struct CreateUnitFormerName: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("unit_former_names")
            .field(.id, .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", .id, onDelete: .cascade))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("name_key", .string, .required)
            .field("place", .string, .required)
            .field("place_key", .string, .required)
            .field("whole", .bool, .required)
            .unique(on: "unit_id", "code")
            .create()
        try await database.createIndex(on: "unit_former_names", "code")
        try await database.createIndex(on: "unit_former_names", "name_key")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_former_names").delete()
    }
}
