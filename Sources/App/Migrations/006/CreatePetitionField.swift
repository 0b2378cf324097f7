import Fluent
import Foundation

/// The petition field list becomes rows, seeded with the shipped defaults in their order.
///
/// Frozen (issue 11, item 2): the fields are a literal copy of the core's `PetitionField.defaults` as they were when the
/// migration was frozen, written through a model of this file (not the live `PetitionFieldRecord`) only so that the
/// app's clock still stamps `created_at` and `updated_at`, as it did through the live model.
struct CreatePetitionField: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("petition_fields")
            .field(.id, .int, .identifier(auto: true))
            .field("code", .string, .required)
            .field("label", .string, .required)
            .field("position", .int, .required)
            .field("is_retired", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code")
            .create()
        for (index, field) in Self.fields.enumerated() {
            let row = PetitionFieldRow006()
            row.code = field.code
            row.label = field.label
            row.position = (index + 1) * 10
            row.isRetired = false
            try await row.create(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("petition_fields").delete()
    }

    /// The seeded fields (code, label), in their order.
    static let fields: [(code: String, label: String)] = [
        ("dat_dai", "Đất đai"),
        ("boi_thuong_gpmb_tdc", "Bồi thường, giải phóng mặt bằng, tái định cư"),
        ("moi_truong", "Môi trường"),
        ("chinh_sach", "Chính sách, chế độ"),
        ("nha_o", "Nhà ở, xây dựng"),
        ("tu_phap", "Tư pháp"),
        ("dang_doan_the", "Đảng, đoàn thể"),
        ("khac", "Khác")
    ]
}

/// `petition_fields` as this migration made it.
private final class PetitionFieldRow006: Model, CreationStamped, ChangeStamped, @unchecked Sendable {
    static let schema = "petition_fields"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "code") var code: String
    @Field(key: "label") var label: String
    @Field(key: "position") var position: Int
    @Field(key: "is_retired") var isRetired: Bool
    @OptionalField(key: "created_at") var createdAt: Date?
    @OptionalField(key: "updated_at") var updatedAt: Date?

    init() {}
}
