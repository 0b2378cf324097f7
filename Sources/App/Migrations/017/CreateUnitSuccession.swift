import Fluent

/// Who became what in a reorganisation: each predecessor (a closed commune, district, province or agency, or a
/// continuing commune part of which went elsewhere) with its successors, whole or partial, from the effective date.
struct CreateUnitSuccession: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("unit_successions")
            .field(.id, .int, .identifier(auto: true))
            .field("predecessor_id", .int, .required, .references("units", .id, onDelete: .cascade))
            .field("successor_id", .int, .required, .references("units", .id, onDelete: .cascade))
            .field("whole", .bool, .required)
            .field("is_main", .bool, .required)
            .field("moves_open_items", .bool, .required)
            .field("effective_on", .string, .required)
            .field("source", .string, .required)
            .field("decided_by", .string, .required)
            .field("line", .int)
            .field("created_at", .datetime)
            .unique(on: "predecessor_id", "successor_id", "effective_on")
            .create()
        try await database.createIndex(on: "unit_successions", "successor_id")
        try await database.createIndex(on: "unit_successions", "effective_on")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_successions").delete()
    }
}
