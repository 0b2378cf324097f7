/// The two example sets shipped with DanVan, built from the structures public in news pages (DOMAIN.md §1.3–1.4).
/// The decisions' appendices were not available: sub-criteria, levels, bonus/deduction lines and band minima below
/// are illustrative and marked as examples; a province enters or copies its own set.
public enum ExampleCriteriaSets {
    public struct Example: Sendable {
        public let key: String
        public let title: String
        /// Văn bản ban hành bộ tiêu chí, as cited.
        public let decision: String
        public let set: CriteriaSet
    }

    static func levels(_ max: Int) -> [ScoreLevel] {
        [ScoreLevel("Tốt", Points(max)), ScoreLevel("Đạt một phần", Points(hundredths: max * 50)), ScoreLevel("Chưa đạt", .zero)]
    }

    static func group(_ code: String, _ text: String, _ max: Int, _ children: [(String, Int, ScoringKind)]) -> [CriterionNode] {
        var nodes = [CriterionNode(code: code, text: text, maxPoints: Points(max))]
        for (index, child) in children.enumerated() {
            let kind = child.2
            nodes.append(
                CriterionNode(
                    code: "\(code).\(index + 1)", parentCode: code, text: child.0, maxPoints: Points(child.1),
                    kind: kind, levels: kind == .levels ? levels(child.1) : [],
                    evidence: kind == .yesNo ? "Văn bản triển khai, báo cáo kết quả" : "Báo cáo, biên bản, số liệu kèm theo"))
        }
        return nodes
    }

    /// Tây Ninh, QĐ 1563/QĐ-UBND ngày 01/8/2022: six criteria, 100 points (the sixth one's title and points inferred).
    public static let tayNinh: Example = {
        var nodes: [CriterionNode] = []
        nodes += group(
            "1", "Tổ chức triển khai quán triệt, thực hiện chủ trương, nghị quyết, quy định, chỉ đạo của cấp trên về công tác dân vận chính quyền",
            10,
            [
                ("Ban hành kế hoạch thực hiện công tác dân vận chính quyền năm", 5, .yesNo),
                ("Tổ chức quán triệt, tuyên truyền đến cán bộ, công chức", 5, .levels)
            ])
        nodes += group(
            "2", "Thực hiện tiếp công dân, giải quyết kiến nghị, đề nghị, khiếu nại, tố cáo; phòng, chống tham nhũng", 10,
            [
                ("Tiếp công dân định kỳ đúng lịch", 5, .levels),
                ("Giải quyết đơn thư đúng thời hạn", 5, .levels)
            ])
        nodes += group(
            "3", "Thực hiện quy chế phối hợp với các tổ chức đoàn thể, đoàn thể chính trị - xã hội", 20,
            [
                ("Có quy chế phối hợp và thực hiện đúng quy chế", 10, .levels),
                ("Số cuộc đối thoại, làm việc với Mặt trận và đoàn thể trong năm", 10, .thresholds)
            ])
        nodes += group(
            "4", "Thực hiện công tác cải cách hành chính", 20,
            [
                ("Giải quyết thủ tục hành chính đúng hạn", 10, .levels),
                ("Tỷ lệ báo cáo định kỳ nộp đúng hạn", 10, .computedRate)
            ])
        nodes += group(
            "5", "Thực hiện quy chế dân chủ ở cơ sở", 20,
            [
                ("Công khai thông tin theo Luật Thực hiện dân chủ ở cơ sở", 10, .levels),
                ("Tổ chức hội nghị cán bộ, công chức, viên chức", 10, .yesNo)
            ])
        nodes += group(
            "6", "Tình hình thực hiện phong trào thi đua “Dân vận khéo” (tên và điểm suy ra, chưa xác nhận)", 20,
            [
                ("Đăng ký và xây dựng mô hình “Dân vận khéo”", 10, .levels),
                ("Mô hình được công nhận, nhân rộng", 10, .levels)
            ])
        if let index = nodes.firstIndex(where: { $0.code == "3.2" }) {
            nodes[index].thresholds = [Threshold(1, Points(4)), Threshold(2, Points(7)), Threshold(4, Points(10))]
        }
        if let index = nodes.firstIndex(where: { $0.code == "4.2" }) { nodes[index].source = .reportsOnTime }
        nodes.append(
            CriterionNode(
                code: "T1", text: "Được cấp có thẩm quyền khen thưởng về công tác dân vận", maxPoints: Points(3), kind: .yesNo, role: .bonus))
        nodes.append(CriterionNode(code: "T2", text: "Có sáng kiến, mô hình mới được nhân rộng", maxPoints: Points(2), kind: .yesNo, role: .bonus))
        nodes.append(
            CriterionNode(
                code: "TR1", text: "Để xảy ra khiếu nại đông người, vượt cấp kéo dài", maxPoints: Points(5), kind: .thresholds, role: .deduction,
                thresholds: [Threshold(1, Points(2)), Threshold(2, Points(5))]))
        let set = CriteriaSet(
            nodes: nodes, bonusCap: Points(5), deductionCap: Points(5),
            bands: [
                ClassificationBand("Hoàn thành xuất sắc", minimum: Points(90), minimumGroupPercent: 50),
                ClassificationBand("Hoàn thành tốt", minimum: Points(75), minimumGroupPercent: 50),
                ClassificationBand("Hoàn thành", minimum: Points(50)),
                ClassificationBand("Không hoàn thành", minimum: .zero)
            ])
        return Example(
            key: "tay-ninh-1563", title: "Bộ tiêu chí mẫu theo cấu trúc Tây Ninh (6 tiêu chí, 100 điểm)",
            decision: "Quyết định số 1563/QĐ-UBND ngày 01/8/2022 của UBND tỉnh Tây Ninh (mẫu; mức điểm chi tiết và ngưỡng xếp loại chưa xác nhận)",
            set: set)
    }()

    /// Bắc Kạn, QĐ 1878 ngày 30/10/2017 of Ban Thường vụ Tỉnh ủy: 8 groups worth 90 points self-assessed and 10 points
    /// given by the level above; "Tốt" from 80 points (implied), a unit with disqualifying issues is ineligible.
    public static let bacKan: Example = {
        var nodes: [CriterionNode] = []
        let titles = [
            "Lãnh đạo, chỉ đạo công tác dân vận chính quyền", "Tuyên truyền, quán triệt chủ trương, chính sách",
            "Thực hiện quy chế dân chủ ở cơ sở", "Tiếp công dân, giải quyết khiếu nại, tố cáo",
            "Cải cách hành chính, thái độ phục vụ nhân dân", "Phối hợp với Mặt trận và các đoàn thể",
            "Phong trào thi đua “Dân vận khéo”", "Chế độ thông tin, báo cáo"
        ]
        let maxima = [10, 10, 15, 15, 15, 10, 10, 5]
        for (index, title) in titles.enumerated() {
            let code = String(index + 1)
            let max = maxima[index]
            if index == 7 {
                nodes.append(CriterionNode(code: code, text: title, maxPoints: Points(max)))
                nodes.append(
                    CriterionNode(
                        code: "8.1", parentCode: code, text: "Tỷ lệ báo cáo định kỳ nộp đúng hạn", maxPoints: Points(max),
                        kind: .computedRate, thresholds: [Threshold(50, Points(2)), Threshold(80, Points(4)), Threshold(100, Points(5))],
                        source: .reportsOnTime, evidence: "Số liệu báo cáo trên DanVan"))
            } else {
                let first = max / 2
                let second = max - first
                nodes += group(
                    code, title, max,
                    [
                        ("Kết quả thực hiện (\(title.lowercased()))", first, .levels),
                        ("Văn bản, báo cáo kiểm chứng", second, .yesNo)
                    ])
            }
        }
        nodes += group("9", "Cấp trên đánh giá", 10, [("Điểm do cấp trên đánh giá", 10, .thresholds)])
        if let index = nodes.firstIndex(where: { $0.code == "9.1" }) {
            nodes[index].thresholds = (0...10).map { Threshold(Double($0), Points($0)) }
            nodes[index].evidence = "Do cấp trên chấm"
        }
        let set = CriteriaSet(
            nodes: nodes,
            bands: [
                ClassificationBand("Tốt", minimum: Points(80)),
                ClassificationBand("Khá", minimum: Points(65)),
                ClassificationBand("Trung bình", minimum: Points(50)),
                ClassificationBand("Yếu", minimum: .zero)
            ])
        return Example(
            key: "bac-kan-1878", title: "Bộ tiêu chí mẫu theo cấu trúc Bắc Kạn (8 nhóm, 90 + 10 điểm cấp trên)",
            decision:
                """
                Quyết định số 1878-QĐ/TU ngày 30/10/2017 của Ban Thường vụ Tỉnh ủy Bắc Kạn (mẫu; tiêu chí thành phần và ngưỡng Khá, Trung bình\
                 chưa xác nhận)
                """,
            set: set)
    }()

    public static let all = [tayNinh, bacKan]
}
