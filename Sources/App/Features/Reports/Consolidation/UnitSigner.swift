import DanVanCore
import Fluent
import Foundation

/// Người ký — who usually signs a unit's reports, remembered from the export form: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" and a
/// name, printed in the signature block of the unit's Nghị định 30 documents (Phụ lục I, ô 7a–7c: quyền hạn, chức vụ,
/// họ tên người ký).
final class UnitSigner: Model, @unchecked Sendable {
    static let schema = "unit_signers"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "unit_id") var unit: OrgUnit
    /// One line each: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH".
    @Field(key: "title_lines") var titleLines: String
    @Field(key: "name") var name: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(unitID: Int, titleLines: String, name: String) {
        self.$unit.id = unitID
        self.titleLines = titleLines
        self.name = name
    }

    /// Lines typed one a line or separated by "/", trimmed, empty ones dropped.
    static func lines(_ typed: String) -> [String] {
        typed.components(separatedBy: CharacterSet(charactersIn: "\n\r/")).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    var signature: OfficialReport.Signature { .init(lines: Self.lines(titleLines), name: name) }

    static func find(unitID: Int, on db: any Database) async throws -> UnitSigner? {
        try await UnitSigner.query(on: db).filter(\.$unit.$id == unitID).first()
    }
}
