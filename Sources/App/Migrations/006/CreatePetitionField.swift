import DanVanCore
import Fluent

/// The petition field list becomes rows, seeded with the shipped defaults in their order.
struct CreatePetitionField: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PetitionFieldRecord.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("code", .string, .required)
            .field("label", .string, .required)
            .field("position", .int, .required)
            .field("is_retired", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code")
            .create()
        for (index, field) in PetitionField.defaults.enumerated() {
            try await PetitionFieldRecord(code: field.code, label: field.label, position: (index + 1) * 10).create(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PetitionFieldRecord.schema).delete()
    }
}
