/// Lĩnh vực — the subject area of a petition. EDITABLE DEFAULTS: the categories reports commonly use (DOMAIN.md §3.4),
/// seeded into the app's `petition_fields` table, where the list is kept from then on.
public struct PetitionField: Sendable, Hashable {
    public let code: String
    public let label: String

    public static let defaults: [PetitionField] = [
        .init(code: "dat_dai", label: "Đất đai"),
        .init(code: "boi_thuong_gpmb_tdc", label: "Bồi thường, giải phóng mặt bằng, tái định cư"),
        .init(code: "moi_truong", label: "Môi trường"),
        .init(code: "chinh_sach", label: "Chính sách, chế độ"),
        .init(code: "nha_o", label: "Nhà ở, xây dựng"),
        .init(code: "tu_phap", label: "Tư pháp"),
        .init(code: "dang_doan_the", label: "Đảng, đoàn thể"),
        .init(code: "khac", label: "Khác")
    ]
}
