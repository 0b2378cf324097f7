/// Số liệu dân chủ ở cơ sở — the figures of a subtree for a year (Luật 10/2022/QH15; issue 17 item 7): what the communes
/// published and whether on time, what residents decided and how many households took part, what they were asked and how
/// many opinions came in, what the boards recommended and whether the commune answered in time, and how satisfied residents
/// are. The database counts (one aggregate statement per kind of record); this type is the one place the figures are
/// named, rated and turned into report indicators and export rows, so the page, the .xlsx, the .docx, the API, the
/// periodic report and the scoring lines all say the same.
public struct DemocracyFigures: Sendable, Equatable {
    /// Items published in the year (the year of the posting start), withdrawn ones included.
    public var itemsPublished = 0
    /// Of those, published within `publishWithinWorkingDays` of the decision (Điều 12 khoản 3), as stored when published.
    public var itemsOnTime = 0
    /// Items withdrawn (with a reason) among those published in the year.
    public var itemsWithdrawn = 0
    /// Commune × category pairs that the year's windows required and that have no item (`DisclosureRules.Status.missing`).
    public var categoriesMissing = 0
    /// Communes of the subtree (open ones), the base of `categoriesMissing`.
    public var communes = 0

    /// Matters residents decided (Điều 15) with the vote held in the year, and how many passed.
    public var decisions = 0
    public var decisionsPassed = 0
    /// Households of the hamlets, and households that took part, summed over the year's votes.
    public var householdsEligible = 0
    public var householdsVoting = 0

    /// Consultations opened (period starting) in the year, those whose answer is published, and the opinions they received.
    public var consultations = 0
    public var consultationsAnswered = 0
    public var opinions = 0
    /// Of the opinions, those residents gave on the public page.
    public var opinionsOnline = 0

    /// Recommendations of the boards received in the year, by `InspectionRules.Status` on the day looked at.
    public var findings = 0
    public var findingsAnsweredOnTime = 0
    public var findingsAnsweredLate = 0
    public var findingsOverdue = 0

    /// Satisfaction ratings left in the year (Điều 35.2a) and those of 4 or 5 points (`SatisfactionRules.isSatisfied`).
    public var ratings = 0
    public var ratingsSatisfied = 0

    public init() {}

    /// Items published late: after the time limit.
    public var itemsLate: Int { itemsPublished - itemsOnTime }
    /// Recommendations not answered yet, still within the time limit.
    public var findingsOpen: Int { findings - findingsAnsweredOnTime - findingsAnsweredLate - findingsOverdue }

    /// A share in percent with one decimal; nil when there is nothing to share.
    public static func percent(_ part: Int, of whole: Int) -> Double? {
        whole > 0 ? (Double(part) * 1000 / Double(whole)).rounded() / 10 : nil
    }

    /// Tỷ lệ thông tin công khai đúng hạn (%).
    public var onTimeRate: Double? { Self.percent(itemsOnTime, of: itemsPublished) }
    /// Tỷ lệ hộ tham gia biểu quyết (%): households voting over households of the hamlets, all votes of the year together.
    public var turnout: Double? { Self.percent(householdsVoting, of: householdsEligible) }
    /// Tỷ lệ kiến nghị được trả lời đúng hạn (%), over the recommendations whose time limit has passed or that are answered.
    public var findingsOnTimeRate: Double? {
        Self.percent(findingsAnsweredOnTime, of: findingsAnsweredOnTime + findingsAnsweredLate + findingsOverdue)
    }
    /// Tỷ lệ hài lòng (%), as `SatisfactionRules.Summary.rate` counts it.
    public var satisfactionRate: Double? { Self.percent(ratingsSatisfied, of: ratings) }

    /// The codes of the default report template's grassroots-democracy indicators (`DefaultReportTemplate.indicators`).
    public enum Indicator {
        public static let published = "dccs_cong_khai"
        public static let onTime = "dccs_cong_khai_dung_han"
        public static let decisions = "dccs_bieu_quyet"
        public static let consultations = "dccs_lay_y_kien"
        public static let opinions = "dccs_y_kien"
        public static let findings = "dccs_kien_nghi"
        public static let findingsOnTime = "dccs_kien_nghi_dung_han"
    }

    /// The values that pre-fill a draft periodic report.
    public var indicatorValues: [String: Double] {
        [
            Indicator.published: Double(itemsPublished), Indicator.onTime: Double(itemsOnTime), Indicator.decisions: Double(decisions),
            Indicator.consultations: Double(consultations), Indicator.opinions: Double(opinions), Indicator.findings: Double(findings),
            Indicator.findingsOnTime: Double(findingsAnsweredOnTime)
        ]
    }

    /// One line of the figures as the page, the .xlsx and the .docx show them.
    public struct Line: Sendable, Equatable {
        public let group: String
        public let label: String
        /// The count, or the rate in percent; nil: nothing to compute from ("—").
        public let value: Double?
        public let isPercent: Bool

        public init(group: String, label: String, value: Double?, isPercent: Bool = false) {
            self.group = group
            self.label = label
            self.value = value
            self.isPercent = isPercent
        }

        /// "1.250", "87,5%", "—".
        public var text: String {
            guard let value else { return "—" }
            return isPercent ? ReportFigures.format(value) + "%" : ReportFigures.format(value)
        }
    }

    public static let groups = [
        "Công khai thông tin", "Nhân dân bàn và quyết định", "Nhân dân tham gia ý kiến",
        "Nhân dân kiểm tra, giám sát", "Đánh giá sự hài lòng"
    ]

    public var lines: [Line] {
        let g = Self.groups
        func n(_ value: Int) -> Double { Double(value) }
        return [
            Line(group: g[0], label: "Số thông tin đã công khai", value: n(itemsPublished)),
            Line(group: g[0], label: "Công khai đúng hạn", value: n(itemsOnTime)),
            Line(group: g[0], label: "Công khai chậm hạn", value: n(itemsLate)),
            Line(group: g[0], label: "Tỷ lệ công khai đúng hạn", value: onTimeRate, isPercent: true),
            Line(group: g[0], label: "Thông tin đã rút (có lý do)", value: n(itemsWithdrawn)),
            Line(group: g[0], label: "Số xã, phường", value: n(communes)),
            Line(group: g[0], label: "Số lượt loại thông tin chưa công khai khi kỳ đã qua (xã × loại)", value: n(categoriesMissing)),
            Line(group: g[1], label: "Số nội dung Nhân dân biểu quyết", value: n(decisions)),
            Line(group: g[1], label: "Số nội dung được thông qua", value: n(decisionsPassed)),
            Line(group: g[1], label: "Tổng số hộ của các thôn, tổ dân phố", value: n(householdsEligible)),
            Line(group: g[1], label: "Số hộ tham gia biểu quyết", value: n(householdsVoting)),
            Line(group: g[1], label: "Tỷ lệ hộ tham gia", value: turnout, isPercent: true),
            Line(group: g[2], label: "Số đợt lấy ý kiến", value: n(consultations)),
            Line(group: g[2], label: "Số đợt đã công bố kết quả tiếp thu, giải trình", value: n(consultationsAnswered)),
            Line(group: g[2], label: "Số ý kiến tiếp nhận", value: n(opinions)),
            Line(group: g[2], label: "Trong đó: gửi qua trang công khai", value: n(opinionsOnline)),
            Line(group: g[3], label: "Số kiến nghị của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng", value: n(findings)),
            Line(group: g[3], label: "Đã trả lời đúng hạn", value: n(findingsAnsweredOnTime)),
            Line(group: g[3], label: "Đã trả lời, chậm hạn", value: n(findingsAnsweredLate)),
            Line(group: g[3], label: "Quá hạn chưa trả lời", value: n(findingsOverdue)),
            Line(group: g[3], label: "Chưa trả lời, còn hạn", value: n(findingsOpen)),
            Line(group: g[3], label: "Tỷ lệ trả lời đúng hạn", value: findingsOnTimeRate, isPercent: true),
            Line(group: g[4], label: "Số phiếu đánh giá", value: n(ratings)),
            Line(group: g[4], label: "Số phiếu hài lòng, rất hài lòng", value: n(ratingsSatisfied)),
            Line(group: g[4], label: "Tỷ lệ hài lòng", value: satisfactionRate, isPercent: true)
        ]
    }
}

extension DemocracyFigures {
    /// The body of the yearly summary (Báo cáo kết quả thực hiện dân chủ ở cơ sở năm …) for `scope`: one paragraph that
    /// states the main figures, then one table per group of lines.
    public func reportBody(scope: String, year: Int) -> [OfficialReport.Block] {
        func rate(_ value: Double?) -> String { value.map { ReportFigures.format($0) + "%" } ?? "chưa có số liệu" }
        var body: [OfficialReport.Block] = [
            .paragraph(
                """
                Thực hiện Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 và Nghị định số 59/2023/NĐ-CP, Ủy ban nhân dân báo cáo kết quả thực\
                 hiện dân chủ ở cơ sở năm \(year) trên địa bàn \(scope) như sau:
                """
            ),
            .paragraph(
                """
                Các xã, phường đã công khai \(ReportFigures.format(Double(itemsPublished))) thông tin, trong đó\
                 \(ReportFigures.format(Double(itemsOnTime))) thông tin công khai đúng hạn (tỷ lệ \(rate(onTimeRate))); Nhân dân bàn và quyết\
                 định \(decisions) nội dung với tỷ lệ hộ tham gia \(rate(turnout)); tổ chức \(consultations) đợt lấy ý kiến, tiếp nhận\
                 \(opinions) ý kiến; Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng có \(findings) kiến nghị, đã trả lời đúng hạn\
                 \(findingsAnsweredOnTime) kiến nghị; tỷ lệ người dân hài lòng \(rate(satisfactionRate)).
                """
            )
        ]
        let lines = self.lines
        for (index, group) in Self.groups.enumerated() {
            let ofGroup = lines.filter { $0.group == group }
            body.append(.heading("\(index + 1). " + group.uppercased()))
            body.append(
                .table(
                    header: ["TT", "Chỉ tiêu", "Số liệu"],
                    rows: ofGroup.enumerated().map { [String($0.offset + 1), $0.element.label, $0.element.text] }))
        }
        return body
    }
}
