/// Mẫu báo cáo công tác dân vận chính quyền — the figures the seed plans ask units to report,
/// shipped as a default that each coordinator may copy and change.
public enum DefaultReportTemplate {
    public static let name = "Báo cáo công tác dân vận chính quyền"

    public static let indicators: [IndicatorDefinition] = [
        .init(code: "tt_cuoc", name: "Số cuộc tuyên truyền, phổ biến chủ trương, chính sách, pháp luật", unitOfMeasure: "cuộc", aggregation: .sum),
        .init(code: "tt_luot", name: "Số lượt người tham dự tuyên truyền", unitOfMeasure: "lượt người", aggregation: .sum),
        .init(code: "tcd_buoi", name: "Số buổi tiếp công dân", unitOfMeasure: "buổi", aggregation: .sum),
        .init(code: "tcd_luot", name: "Số lượt công dân được tiếp", unitOfMeasure: "lượt", aggregation: .sum),
        .init(code: "doi_thoai", name: "Số cuộc đối thoại với Nhân dân", unitOfMeasure: "cuộc", aggregation: .sum),
        .init(code: "don_nhan", name: "Số đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận", unitOfMeasure: "đơn", aggregation: .sum),
        .init(code: "don_giai_quyet", name: "Số đơn thư đã giải quyết", unitOfMeasure: "đơn", aggregation: .sum),
        .init(code: "hs_nhan", name: "Số hồ sơ thủ tục hành chính tiếp nhận", unitOfMeasure: "hồ sơ", aggregation: .sum),
        .init(code: "hs_dung_han", name: "Số hồ sơ giải quyết đúng hạn", unitOfMeasure: "hồ sơ", aggregation: .sum, notAbove: "hs_nhan"),
        .init(code: "hs_tre_han", name: "Số hồ sơ giải quyết trễ hạn", unitOfMeasure: "hồ sơ", aggregation: .sum, notAbove: "hs_nhan"),
        .init(code: "hs_ty_le", name: "Tỷ lệ hồ sơ giải quyết đúng hạn (chỉ tiêu ≥ 95%)", unitOfMeasure: "%", aggregation: .ratio,
              numerator: "hs_dung_han", denominator: "hs_nhan", target: 95),
        .init(code: "dvk_dang_ky", name: "Số mô hình \"Dân vận khéo\" đăng ký", unitOfMeasure: "mô hình", aggregation: .sum),
        .init(code: "dvk_cong_nhan", name: "Số mô hình \"Dân vận khéo\" được công nhận", unitOfMeasure: "mô hình", aggregation: .sum,
              notAbove: "dvk_dang_ky"),
        .init(code: "tap_huan_lop", name: "Số lớp tập huấn, bồi dưỡng công tác dân vận", unitOfMeasure: "lớp", aggregation: .sum),
        .init(code: "tap_huan_luot", name: "Số lượt cán bộ, công chức được tập huấn", unitOfMeasure: "lượt người", aggregation: .sum),
    ]

    public static let sections: [(title: String, guidance: String)] = [
        ("Công tác lãnh đạo, chỉ đạo, quán triệt", "Văn bản đã ban hành; hình thức quán triệt, triển khai."),
        ("Kết quả thực hiện công tác dân vận chính quyền", "Tuyên truyền; thực hiện dân chủ ở cơ sở; tiếp công dân, giải quyết đơn thư; cải cách hành chính; phong trào thi đua \"Dân vận khéo\"."),
        ("Tồn tại, hạn chế và nguyên nhân", ""),
        ("Phương hướng, nhiệm vụ thời gian tới", ""),
        ("Kiến nghị, đề xuất", ""),
    ]
}
