/// Mẫu báo cáo công tác dân vận chính quyền — the figures the seed plans ask units to report,
/// shipped as a default that each coordinator may copy and change.
public enum DefaultReportTemplate {
    public static let name = "Báo cáo công tác dân vận chính quyền"

    public static let indicators: [IndicatorDefinition] =
        [
            .init(
                code: "tt_cuoc", name: "Số cuộc tuyên truyền, phổ biến chủ trương, chính sách, pháp luật", unitOfMeasure: "cuộc", aggregation: .sum),
            .init(code: "tt_luot", name: "Số lượt người tham dự tuyên truyền", unitOfMeasure: "lượt người", aggregation: .sum),
            .init(code: "tcd_buoi", name: "Số buổi tiếp công dân", unitOfMeasure: "buổi", aggregation: .sum),
            .init(code: "tcd_luot", name: "Số lượt công dân được tiếp", unitOfMeasure: "lượt", aggregation: .sum),
            .init(code: "doi_thoai", name: "Số cuộc đối thoại với Nhân dân", unitOfMeasure: "cuộc", aggregation: .sum),
            .init(code: "don_nhan", name: "Số đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận", unitOfMeasure: "đơn", aggregation: .sum),
            .init(code: "don_giai_quyet", name: "Số đơn thư đã giải quyết", unitOfMeasure: "đơn", aggregation: .sum),
            .init(code: "hs_nhan", name: "Số hồ sơ thủ tục hành chính tiếp nhận", unitOfMeasure: "hồ sơ", aggregation: .sum),
            .init(code: "hs_dung_han", name: "Số hồ sơ giải quyết đúng hạn", unitOfMeasure: "hồ sơ", aggregation: .sum, notAbove: "hs_nhan"),
            .init(code: "hs_tre_han", name: "Số hồ sơ giải quyết trễ hạn", unitOfMeasure: "hồ sơ", aggregation: .sum, notAbove: "hs_nhan"),
            .init(
                code: "hs_ty_le", name: "Tỷ lệ hồ sơ giải quyết đúng hạn (chỉ tiêu ≥ 95%)", unitOfMeasure: "%", aggregation: .ratio,
                numerator: "hs_dung_han", denominator: "hs_nhan", target: 95),
            .init(code: "dvk_dang_ky", name: "Số mô hình \"Dân vận khéo\" đăng ký", unitOfMeasure: "mô hình", aggregation: .sum),
            .init(
                code: "dvk_cong_nhan", name: "Số mô hình \"Dân vận khéo\" được công nhận", unitOfMeasure: "mô hình", aggregation: .sum,
                notAbove: "dvk_dang_ky"),
            .init(code: "tap_huan_lop", name: "Số lớp tập huấn, bồi dưỡng công tác dân vận", unitOfMeasure: "lớp", aggregation: .sum),
            .init(code: "tap_huan_luot", name: "Số lượt cán bộ, công chức được tập huấn", unitOfMeasure: "lượt người", aggregation: .sum)
        ] + democracy

    /// Thực hiện dân chủ ở cơ sở (Luật 10/2022/QH15): a draft report starts from DanVan's records
    /// (`DemocracyFigures.indicatorValues`); the codes are `DemocracyFigures.Indicator`.
    public static let democracy: [IndicatorDefinition] = [
        .init(
            code: DemocracyFigures.Indicator.published, name: "Số thông tin đã công khai theo Luật Thực hiện dân chủ ở cơ sở",
            unitOfMeasure: "thông tin", aggregation: .sum),
        .init(
            code: DemocracyFigures.Indicator.onTime, name: "Số thông tin công khai đúng hạn (Điều 12 khoản 3)", unitOfMeasure: "thông tin",
            aggregation: .sum,
            notAbove: DemocracyFigures.Indicator.published),
        .init(
            code: "dccs_ty_le_dung_han", name: "Tỷ lệ thông tin công khai đúng hạn", unitOfMeasure: "%", aggregation: .ratio,
            numerator: DemocracyFigures.Indicator.onTime, denominator: DemocracyFigures.Indicator.published),
        .init(
            code: DemocracyFigures.Indicator.decisions, name: "Số nội dung Nhân dân bàn và quyết định (biểu quyết ở thôn, tổ dân phố)",
            unitOfMeasure: "nội dung", aggregation: .sum),
        .init(code: DemocracyFigures.Indicator.consultations, name: "Số đợt lấy ý kiến Nhân dân", unitOfMeasure: "đợt", aggregation: .sum),
        .init(code: DemocracyFigures.Indicator.opinions, name: "Số ý kiến Nhân dân đã tiếp nhận", unitOfMeasure: "ý kiến", aggregation: .sum),
        .init(
            code: DemocracyFigures.Indicator.findings, name: "Số kiến nghị của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng",
            unitOfMeasure: "kiến nghị", aggregation: .sum),
        .init(
            code: DemocracyFigures.Indicator.findingsOnTime, name: "Số kiến nghị được trả lời đúng hạn", unitOfMeasure: "kiến nghị",
            aggregation: .sum,
            notAbove: DemocracyFigures.Indicator.findings)
    ]

    public static let sections: [(title: String, guidance: String)] = [
        ("Công tác lãnh đạo, chỉ đạo, quán triệt", "Văn bản đã ban hành; hình thức quán triệt, triển khai."),
        (
            "Kết quả thực hiện công tác dân vận chính quyền",
            "Tuyên truyền; thực hiện dân chủ ở cơ sở; tiếp công dân, giải quyết đơn thư; cải cách hành chính; phong trào thi đua \"Dân vận khéo\"."
        ),
        ("Tồn tại, hạn chế và nguyên nhân", ""),
        ("Phương hướng, nhiệm vụ thời gian tới", ""),
        ("Kiến nghị, đề xuất", "")
    ]
}
