import Fluent
import SQLKit

/// Report templates with their indicators and sections, seeded with the dân vận chính quyền default.
///
/// Frozen (issue 11, item 2): the default template is a literal copy of the core's `DefaultReportTemplate` as it was
/// when the migration was frozen, written by SQLKit, not through the live models. That copy holds the eight
/// grassroots-democracy indicators (`dccs_…`) too: the core's list had them when this was frozen, so a fresh database
/// has always received them here (and 024, which appends them to databases made before, adds nothing to a fresh one);
/// freezing keeps that effect exactly.
struct CreateReportTemplate: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("report_templates")
            .field(.id, .int, .identifier(auto: true))
            .field("name", .string, .required)
            .create()
        try await database.schema("report_indicators")
            .field(.id, .int, .identifier(auto: true))
            .field("template_id", .int, .required, .references("report_templates", .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("unit_of_measure", .string, .required)
            .field("aggregation", .string, .required)
            .field("numerator", .string)
            .field("denominator", .string)
            .field("not_above", .string)
            .field("target", .double)
            .unique(on: "template_id", "code")
            .create()
        try await database.schema("report_sections")
            .field(.id, .int, .identifier(auto: true))
            .field("template_id", .int, .required, .references("report_templates", .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("guidance", .string, .required)
            .create()

        let sql = database as! any SQLDatabase
        let templateID = try await sql.insert(into: "report_templates").columns("name").values(SQLBind(Self.name))
            .returning("id").first()!.decode(column: "id", as: Int.self)
        var indicators = sql.insert(into: "report_indicators")
            .columns("template_id", "position", "code", "name", "unit_of_measure", "aggregation", "numerator", "denominator", "not_above", "target")
        for (index, indicator) in Self.indicators.enumerated() {
            indicators = indicators.values(
                SQLBind(templateID), SQLBind(index + 1), SQLBind(indicator.code), SQLBind(indicator.name), SQLBind(indicator.unitOfMeasure),
                SQLBind(indicator.aggregation), SQLBind(indicator.numerator), SQLBind(indicator.denominator), SQLBind(indicator.notAbove),
                SQLBind(indicator.target))
        }
        try await indicators.run()
        var sections = sql.insert(into: "report_sections").columns("template_id", "position", "title", "guidance")
        for (index, section) in Self.sections.enumerated() {
            sections = sections.values(SQLBind(templateID), SQLBind(index + 1), SQLBind(section.title), SQLBind(section.guidance))
        }
        try await sections.run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("report_sections").delete()
        try await database.schema("report_indicators").delete()
        try await database.schema("report_templates").delete()
    }

    /// The default template's name, which 024 finds it by.
    static let name = "Báo cáo công tác dân vận chính quyền"

    /// An indicator of the default template, as stored (the aggregation is its stored value: "sum", "ratio").
    struct Indicator {
        let code: String
        let name: String
        let unitOfMeasure: String
        let aggregation: String
        let numerator: String?
        let denominator: String?
        let notAbove: String?
        let target: Double?
    }

    /// The default template's indicators, in their order (their positions are 1, 2, …).
    static let indicators: [Indicator] = [
        Indicator(
            code: "tt_cuoc", name: "Số cuộc tuyên truyền, phổ biến chủ trương, chính sách, pháp luật", unitOfMeasure: "cuộc", aggregation: "sum",
            numerator: nil, denominator: nil, notAbove: nil, target: nil
        ),
        Indicator(
            code: "tt_luot", name: "Số lượt người tham dự tuyên truyền", unitOfMeasure: "lượt người", aggregation: "sum", numerator: nil,
            denominator: nil, notAbove: nil, target: nil
        ),
        Indicator(
            code: "tcd_buoi", name: "Số buổi tiếp công dân", unitOfMeasure: "buổi", aggregation: "sum", numerator: nil, denominator: nil,
            notAbove: nil, target: nil
        ),
        Indicator(
            code: "tcd_luot", name: "Số lượt công dân được tiếp", unitOfMeasure: "lượt", aggregation: "sum", numerator: nil, denominator: nil,
            notAbove: nil, target: nil
        ),
        Indicator(
            code: "doi_thoai", name: "Số cuộc đối thoại với Nhân dân", unitOfMeasure: "cuộc", aggregation: "sum", numerator: nil, denominator: nil,
            notAbove: nil, target: nil
        ),
        Indicator(
            code: "don_nhan", name: "Số đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận", unitOfMeasure: "đơn", aggregation: "sum",
            numerator: nil, denominator: nil, notAbove: nil, target: nil
        ),
        Indicator(
            code: "don_giai_quyet", name: "Số đơn thư đã giải quyết", unitOfMeasure: "đơn", aggregation: "sum", numerator: nil, denominator: nil,
            notAbove: nil, target: nil
        ),
        Indicator(
            code: "hs_nhan", name: "Số hồ sơ thủ tục hành chính tiếp nhận", unitOfMeasure: "hồ sơ", aggregation: "sum", numerator: nil,
            denominator: nil, notAbove: nil, target: nil
        ),
        Indicator(
            code: "hs_dung_han", name: "Số hồ sơ giải quyết đúng hạn", unitOfMeasure: "hồ sơ", aggregation: "sum", numerator: nil,
            denominator: nil, notAbove: "hs_nhan", target: nil
        ),
        Indicator(
            code: "hs_tre_han", name: "Số hồ sơ giải quyết trễ hạn", unitOfMeasure: "hồ sơ", aggregation: "sum", numerator: nil, denominator: nil,
            notAbove: "hs_nhan", target: nil
        ),
        Indicator(
            code: "hs_ty_le", name: "Tỷ lệ hồ sơ giải quyết đúng hạn (chỉ tiêu ≥ 95%)", unitOfMeasure: "%", aggregation: "ratio",
            numerator: "hs_dung_han", denominator: "hs_nhan", notAbove: nil, target: 95.0
        ),
        Indicator(
            code: "dvk_dang_ky", name: "Số mô hình \"Dân vận khéo\" đăng ký", unitOfMeasure: "mô hình", aggregation: "sum", numerator: nil,
            denominator: nil, notAbove: nil, target: nil
        ),
        Indicator(
            code: "dvk_cong_nhan", name: "Số mô hình \"Dân vận khéo\" được công nhận", unitOfMeasure: "mô hình", aggregation: "sum",
            numerator: nil, denominator: nil, notAbove: "dvk_dang_ky", target: nil
        ),
        Indicator(
            code: "tap_huan_lop", name: "Số lớp tập huấn, bồi dưỡng công tác dân vận", unitOfMeasure: "lớp", aggregation: "sum", numerator: nil,
            denominator: nil, notAbove: nil, target: nil
        ),
        Indicator(
            code: "tap_huan_luot", name: "Số lượt cán bộ, công chức được tập huấn", unitOfMeasure: "lượt người", aggregation: "sum",
            numerator: nil, denominator: nil, notAbove: nil, target: nil
        ),
        Indicator(
            code: "dccs_cong_khai", name: "Số thông tin đã công khai theo Luật Thực hiện dân chủ ở cơ sở", unitOfMeasure: "thông tin",
            aggregation: "sum", numerator: nil, denominator: nil, notAbove: nil, target: nil
        ),
        Indicator(
            code: "dccs_cong_khai_dung_han", name: "Số thông tin công khai đúng hạn (Điều 12 khoản 3)", unitOfMeasure: "thông tin",
            aggregation: "sum", numerator: nil, denominator: nil, notAbove: "dccs_cong_khai", target: nil
        ),
        Indicator(
            code: "dccs_ty_le_dung_han", name: "Tỷ lệ thông tin công khai đúng hạn", unitOfMeasure: "%", aggregation: "ratio",
            numerator: "dccs_cong_khai_dung_han", denominator: "dccs_cong_khai", notAbove: nil, target: nil
        ),
        Indicator(
            code: "dccs_bieu_quyet", name: "Số nội dung Nhân dân bàn và quyết định (biểu quyết ở thôn, tổ dân phố)", unitOfMeasure: "nội dung",
            aggregation: "sum", numerator: nil, denominator: nil, notAbove: nil, target: nil
        ),
        Indicator(
            code: "dccs_lay_y_kien", name: "Số đợt lấy ý kiến Nhân dân", unitOfMeasure: "đợt", aggregation: "sum", numerator: nil,
            denominator: nil, notAbove: nil, target: nil
        ),
        Indicator(
            code: "dccs_y_kien", name: "Số ý kiến Nhân dân đã tiếp nhận", unitOfMeasure: "ý kiến", aggregation: "sum", numerator: nil,
            denominator: nil, notAbove: nil, target: nil
        ),
        Indicator(
            code: "dccs_kien_nghi", name: "Số kiến nghị của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng", unitOfMeasure: "kiến nghị",
            aggregation: "sum", numerator: nil, denominator: nil, notAbove: nil, target: nil
        ),
        Indicator(
            code: "dccs_kien_nghi_dung_han", name: "Số kiến nghị được trả lời đúng hạn", unitOfMeasure: "kiến nghị", aggregation: "sum",
            numerator: nil, denominator: nil, notAbove: "dccs_kien_nghi", target: nil
        )
    ]

    /// The default template's narrative sections, in their order.
    static let sections: [(title: String, guidance: String)] = [
        (title: "Công tác lãnh đạo, chỉ đạo, quán triệt", guidance: "Văn bản đã ban hành; hình thức quán triệt, triển khai."),
        (
            title: "Kết quả thực hiện công tác dân vận chính quyền",
            guidance: """
            Tuyên truyền; thực hiện dân chủ ở cơ sở; tiếp công dân, giải quyết đơn thư; cải cách hành chính;\
             phong trào thi đua \"Dân vận khéo\".
            """
        ),
        (title: "Tồn tại, hạn chế và nguyên nhân", guidance: ""),
        (title: "Phương hướng, nhiệm vụ thời gian tới", guidance: ""),
        (title: "Kiến nghị, đề xuất", guidance: "")
    ]
}
