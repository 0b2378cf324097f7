import Fluent

/// 022: the disclosure list is data a province extends for its subtree (issue 17, item 1): who added a category; nil for
/// the law's list, which applies everywhere.
struct UpdateDisclosureCategoryOwner: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("disclosure_categories").field("owner_unit_id", .int).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("disclosure_categories").deleteField("owner_unit_id").update()
    }
}
