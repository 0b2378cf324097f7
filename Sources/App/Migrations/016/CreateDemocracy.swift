import Fluent
import SQLKit

/// 016: grassroots democracy (issue 17) — settings, the disclosure list and register, hamlet votes, consultations.
///
/// Frozen (issue 11, item 2): the law's disclosure list is a literal copy of the core's `DisclosureCategory.lawDefaults()`
/// as it was when the migration was frozen, written by SQLKit into the columns this migration made, not through the
/// live model.
struct CreateDemocracy: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("democracy_settings")
            .field(.id, .int, .identifier(auto: true))
            .field("figure", .string, .required)
            .field("value", .double, .required)
            .field("article", .string, .required)
            .field("version", .string, .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "figure")
            .create()
        try await database.schema("disclosure_categories")
            .field(.id, .int, .identifier(auto: true))
            .field("code", .string, .required)
            .field("title", .string, .required)
            .field("article", .string, .required)
            .field("minimum_posting_days", .int)
            .field("frequency", .string, .required)
            .field("loudspeaker", .bool, .required)
            .field("scope", .string, .required)
            .field("sort_order", .int, .required)
            .field("active", .bool, .required)
            .unique(on: "code")
            .create()
        // Inserted by column, not through a model: the table gained columns in later migrations (022: owner_unit_id).
        var categories = (database as! any SQLDatabase).insert(into: "disclosure_categories")
            .columns("code", "title", "article", "minimum_posting_days", "frequency", "loudspeaker", "scope", "sort_order", "active")
        for category in Self.categories {
            categories = categories.values(
                SQLBind(category.code), SQLBind(category.title), SQLBind(category.article), SQLBind(category.minimumPostingDays),
                SQLBind(category.frequency), SQLBind(category.loudspeaker), SQLBind(category.scope), SQLBind(category.sortOrder), SQLBind(true))
        }
        try await categories.run()
        try await database.schema("disclosure_items")
            .field(.id, .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", .id, onDelete: .restrict))
            .field("category_code", .string, .required)
            .field("title", .string, .required)
            .field("content", .string, .required)
            .field("forms", .string, .required)
            .field("decided_on", .string)
            .field("starts_on", .string, .required)
            .field("ends_on", .string)
            .field("short_reason", .string)
            .field("on_time", .bool, .required)
            .field("year", .int, .required)
            .field("published_by", .string, .required)
            .field("withdrawn_on", .string)
            .field("withdrawn_reason", .string)
            .field("withdrawn_by", .string)
            .field("created_at", .datetime)
            .create()
        // The public page: a commune's items newest first, by year and category; the grid: items of many communes in a window.
        try await database.createIndex(on: "disclosure_items", "unit_id", "starts_on")
        try await database.createIndex(on: "disclosure_items", "unit_id", "year", "category_code")
        try await database.createIndex(on: "disclosure_items", "starts_on", "unit_id")
        try await database.schema("disclosure_files")
            .field(.id, .int, .identifier(auto: true))
            .field("item_id", .int, .required, .references("disclosure_items", .id, onDelete: .restrict))
            .field("file_hash", .string, .required)
            .field("file_name", .string, .required)
            .field("size_bytes", .int, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "disclosure_files", "item_id")
        try await database.schema("hamlet_votes")
            .field(.id, .int, .identifier(auto: true))
            .field("hamlet_id", .int, .required, .references("units", .id, onDelete: .restrict))
            .field("commune_id", .int, .required, .references("units", .id, onDelete: .restrict))
            .field("matter", .string, .required)
            .field("subject", .string, .required)
            .field("method", .string, .required)
            .field("held_on", .string, .required)
            .field("eligible", .int, .required)
            .field("voting", .int, .required)
            .field("in_favour", .int, .required)
            .field("against", .int, .required)
            .field("threshold_percent", .double, .required)
            .field("threshold_strict", .bool, .required)
            .field("required_votes", .int, .required)
            .field("passed", .bool, .required)
            .field("minutes_hash", .string)
            .field("minutes_name", .string)
            .field("commune_decision", .string)
            .field("decided_on", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "hamlet_votes", "commune_id", "held_on")
        try await database.createIndex(on: "hamlet_votes", "hamlet_id")
        try await database.schema("consultations")
            .field(.id, .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", .id, onDelete: .restrict))
            .field("subject", .string, .required)
            .field("draft", .string, .required)
            .field("forms", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("answer", .string)
            .field("answered_on", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "consultations", "unit_id", "starts_on")
        try await database.schema("consultation_opinions")
            .field(.id, .int, .identifier(auto: true))
            .field("consultation_id", .int, .required, .references("consultations", .id, onDelete: .restrict))
            .field("source", .string, .required)
            .field("content", .string, .required)
            .field("author_name", .string, .required)
            .field("author_address", .string, .required)
            .field("received_on", .string, .required)
            .field("entered_by", .string)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "consultation_opinions", "consultation_id")
    }

    func revert(on database: any Database) async throws {
        for schema in [
            "consultation_opinions", "consultations", "hamlet_votes", "disclosure_files", "disclosure_items",
            "disclosure_categories", "democracy_settings"
        ] {
            try await database.schema(schema).delete()
        }
    }

    /// A category of the law's disclosure list (Luật 10/2022/QH15, Điều 11 and 13), as stored; every one is active.
    struct Category {
        let code: String
        let title: String
        let article: String
        let minimumPostingDays: Int?
        let frequency: String
        let loudspeaker: Bool
        let scope: String
        let sortOrder: Int
    }

    /// The law's disclosure list, in its order.
    static let categories: [Category] = [
        Category(
            code: "d11k1", title: "Kế hoạch phát triển kinh tế - xã hội hằng năm và kết quả thực hiện",
            article: "Luật 10/2022/QH15, Điều 11 khoản 1", minimumPostingDays: 30, frequency: "hang_nam", loudspeaker: false, scope: "xa",
            sortOrder: 1
        ),
        Category(
            code: "d11k2", title: "Dự toán, tình hình thực hiện dự toán ngân sách (quý, 6 tháng, năm), quyết toán ngân sách",
            article: "Luật 10/2022/QH15, Điều 11 khoản 2", minimumPostingDays: 30, frequency: "hang_quy", loudspeaker: false, scope: "xa",
            sortOrder: 2
        ),
        Category(
            code: "d11k3",
            title: """
                Dự án, công trình đầu tư và tiến độ; thu hồi đất, bồi thường, tái định cư; quỹ đất; quy hoạch xây\
                 dựng
                """,
            article: "Luật 10/2022/QH15, Điều 11 khoản 3", minimumPostingDays: 30, frequency: "khi_phat_sinh", loudspeaker: false, scope: "xa",
            sortOrder: 3
        ),
        Category(
            code: "d11k4", title: "Quy chế thực hiện dân chủ ở xã; nhiệm vụ, quyền hạn của cán bộ, công chức xã; quy tắc ứng xử",
            article: "Luật 10/2022/QH15, Điều 11 khoản 4", minimumPostingDays: nil, frequency: "thuong_xuyen", loudspeaker: false, scope: "xa",
            sortOrder: 4
        ),
        Category(
            code: "d11k5", title: "Quỹ, chương trình và các khoản huy động đóng góp của Nhân dân", article: "Luật 10/2022/QH15, Điều 11 khoản 5",
            minimumPostingDays: 30, frequency: "hang_nam", loudspeaker: false, scope: "xa", sortOrder: 5
        ),
        Category(
            code: "d11k6", title: "Tài sản công của xã", article: "Luật 10/2022/QH15, Điều 11 khoản 6", minimumPostingDays: 30,
            frequency: "hang_nam", loudspeaker: false, scope: "xa", sortOrder: 6
        ),
        Category(
            code: "d11k7", title: "Chính sách hỗ trợ, trợ cấp, tín dụng: tiêu chuẩn, đối tượng thụ hưởng và kết quả",
            article: "Luật 10/2022/QH15, Điều 11 khoản 7", minimumPostingDays: 30, frequency: "khi_phat_sinh", loudspeaker: true, scope: "xa",
            sortOrder: 7
        ),
        Category(
            code: "d11k8", title: "Hỗ trợ của Nhà nước sau thiên tai, dịch bệnh; quyên góp, ủng hộ tự nguyện",
            article: "Luật 10/2022/QH15, Điều 11 khoản 8", minimumPostingDays: 30, frequency: "khi_phat_sinh", loudspeaker: true, scope: "xa",
            sortOrder: 8
        ),
        Category(
            code: "d11k9", title: "Gọi công dân nhập ngũ, thực hiện nghĩa vụ công an: số lượng, tiêu chuẩn, danh sách",
            article: "Luật 10/2022/QH15, Điều 11 khoản 9", minimumPostingDays: 30, frequency: "hang_nam", loudspeaker: true, scope: "xa",
            sortOrder: 9
        ),
        Category(
            code: "d11k10", title: "Kết quả thanh tra, kiểm tra, xử lý tham nhũng, tiêu cực của cán bộ xã; lấy phiếu tín nhiệm",
            article: "Luật 10/2022/QH15, Điều 11 khoản 10", minimumPostingDays: 30, frequency: "khi_phat_sinh", loudspeaker: true, scope: "xa",
            sortOrder: 10
        ),
        Category(
            code: "d11k11", title: "Kế hoạch lấy ý kiến Nhân dân và kết quả", article: "Luật 10/2022/QH15, Điều 11 khoản 11",
            minimumPostingDays: 30, frequency: "khi_phat_sinh", loudspeaker: true, scope: "xa", sortOrder: 11
        ),
        Category(
            code: "d11k12", title: "Phí, lệ phí do xã thu", article: "Luật 10/2022/QH15, Điều 11 khoản 12", minimumPostingDays: 30,
            frequency: "khi_phat_sinh", loudspeaker: true, scope: "xa", sortOrder: 12
        ),
        Category(
            code: "d11k13", title: "Thủ tục hành chính do xã giải quyết", article: "Luật 10/2022/QH15, Điều 11 khoản 13", minimumPostingDays: nil,
            frequency: "thuong_xuyen", loudspeaker: false, scope: "xa", sortOrder: 13
        ),
        Category(
            code: "d11k14", title: "Thông tin khác theo quy định của pháp luật, quy chế", article: "Luật 10/2022/QH15, Điều 11 khoản 14",
            minimumPostingDays: 30, frequency: "khi_phat_sinh", loudspeaker: false, scope: "xa", sortOrder: 14
        ),
        Category(
            code: "d13dm", title: "Danh mục thông tin đã công khai (hình thức, thời điểm)", article: "Luật 10/2022/QH15, Điều 13",
            minimumPostingDays: 30, frequency: "hang_quy", loudspeaker: false, scope: "xa", sortOrder: 15
        )
    ]
}
