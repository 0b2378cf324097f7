import Fluent

/// The parent a unit had before a move (issue 14, item 5): a plan written before the 2025 reorganisation reads the tree
/// as it was on its date — a closed district's "các xã" are the communes that were under it then.
struct AddUnitChangeOldParent: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("unit_changes").field("old_parent_id", .int).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("unit_changes").deleteField("old_parent_id").update()
    }
}
