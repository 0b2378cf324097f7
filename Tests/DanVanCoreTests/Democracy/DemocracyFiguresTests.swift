import DanVanCore
import Testing

/// The yearly figures: rates with one decimal and "no figure" when there is nothing to rate, the lines every output
/// shows, the report indicators, and the body of the yearly summary.
@Suite struct DemocracyFiguresTests {
    static var sample: DemocracyFigures {
        var f = DemocracyFigures()
        f.itemsPublished = 8
        f.itemsOnTime = 7
        f.itemsWithdrawn = 1
        f.categoriesMissing = 15
        f.communes = 2
        f.decisions = 2
        f.decisionsPassed = 1
        f.householdsEligible = 280
        f.householdsVoting = 192
        f.consultations = 1
        f.consultationsAnswered = 1
        f.opinions = 3
        f.opinionsOnline = 2
        f.findings = 4
        f.findingsAnsweredOnTime = 1
        f.findingsAnsweredLate = 1
        f.findingsOverdue = 1
        f.ratings = 3
        f.ratingsSatisfied = 2
        return f
    }

    @Test func ratesHaveOneDecimalAndNoneWithoutRecords() {
        let f = Self.sample
        #expect(f.onTimeRate == 87.5)
        #expect(f.itemsLate == 1)
        // 192 of 280 households: 68,57… → 68,6.
        #expect(f.turnout == 68.6)
        // The open recommendation (still within its time) is not yet late or on time: 1 of 3.
        #expect(f.findingsOpen == 1)
        #expect(f.findingsOnTimeRate == 33.3)
        #expect(f.satisfactionRate == 66.7)
        let empty = DemocracyFigures()
        #expect(empty.onTimeRate == nil && empty.turnout == nil && empty.findingsOnTimeRate == nil && empty.satisfactionRate == nil)
        #expect(DemocracyFigures.percent(1, of: 8) == 12.5 && DemocracyFigures.percent(0, of: 0) == nil)
    }

    @Test func linesPrintCountsRatesAndDashes() {
        let lines = Self.sample.lines
        #expect(lines.first { $0.label == "Tỷ lệ công khai đúng hạn" }?.text == "87,5%")
        #expect(lines.first { $0.label == "Công khai chậm hạn" }?.text == "1")
        #expect(lines.first { $0.label == "Tỷ lệ hộ tham gia" }?.text == "68,6%")
        #expect(DemocracyFigures().lines.first { $0.label == "Tỷ lệ hài lòng" }?.text == "—")
        #expect(Set(lines.map(\.group)) == Set(DemocracyFigures.groups))
    }

    @Test func theReportIndicatorsAreFilledAndDeclaredInTheDefaultTemplate() {
        let values = Self.sample.indicatorValues
        #expect(
            values == [
                "dccs_cong_khai": 8, "dccs_cong_khai_dung_han": 7, "dccs_bieu_quyet": 2, "dccs_lay_y_kien": 1,
                "dccs_y_kien": 3, "dccs_kien_nghi": 4, "dccs_kien_nghi_dung_han": 1
            ])
        let codes = Set(DefaultReportTemplate.indicators.map(\.code))
        #expect(Set(values.keys).isSubset(of: codes) && codes.contains("dccs_ty_le_dung_han"))
        // The figures pass the template's own checks (on time not above published).
        let typed = values.mapValues { ReportFigures.typed($0) }
        #expect(ReportFigures.check(typed, indicators: DefaultReportTemplate.democracy, requireAll: true).problems.isEmpty)
    }

    @Test func theYearlySummaryStatesTheFiguresAndHasOneTablePerGroup() {
        let body = Self.sample.reportBody(scope: "Thị xã Hương Trà", year: 2026)
        guard case .paragraph(let summary) = body[1] else {
            Issue.record("no summary")
            return
        }
        #expect(summary.contains("đã công khai 8 thông tin, trong đó 7 thông tin công khai đúng hạn (tỷ lệ 87,5%)"))
        #expect(summary.contains("tỷ lệ hộ tham gia 68,6%") && summary.contains("tỷ lệ người dân hài lòng 66,7%"))
        let tables = body.compactMap { block -> [[String]]? in
            if case .table(_, let rows) = block { return rows }
            return nil
        }
        #expect(tables.count == 5)
        #expect(tables[0].contains(["7", "Số lượt loại thông tin chưa công khai khi kỳ đã qua (xã × loại)", "15"]))
        #expect(body.contains(.heading("4. NHÂN DÂN KIỂM TRA, GIÁM SÁT")))
    }

    @Test func theNewScoringSourcesAreRates() {
        #expect(!ComputedSource.disclosureOnTime.isCount && !ComputedSource.satisfactionRate.isCount)
        #expect(ComputedSource(rawValue: "ty_le_hai_long") == .satisfactionRate)
    }
}

/// Which windows a reminder run looks at, and what the notice says.
@Suite struct DisclosureReminderRulesTests {
    @Test func windowsEndingWithinTheLadderAreChased() {
        // 03/10/2026: Q3 ended 3 days ago (on the ladder); Q2 ended 95 days ago (past the 90 days); the year ends in 89 days.
        let october = DisclosureReminders.windows(today: CivilDate(year: 2026, month: 10, day: 3)!)
        #expect(october.map { DisclosureReminders.key($0.period) } == ["2026-q3"])
        #expect(october.first?.frequency == .quarterly)
        // 27/12/2026: Q4 and the year end in 4 days; Q3 ended 88 days ago.
        let december = DisclosureReminders.windows(today: CivilDate(year: 2026, month: 12, day: 27)!).map { DisclosureReminders.key($0.period) }
        #expect(december == ["2026-q3", "2026-q4", "2026"])
        // 15/01/2027: last year's Q4 and the year itself are overdue.
        #expect(
            DisclosureReminders.windows(today: CivilDate(year: 2027, month: 1, day: 15)!).map { DisclosureReminders.key($0.period) } == [
                "2026-q4", "2026"
            ])
    }

    @Test func theNoticeNamesTheCategoriesAndTheDueDay() {
        let categories = DisclosureCategory.lawDefaults().filter { ["d13dm", "d11k2"].contains($0.code) }
        let text = DisclosureReminders.text(
            communeName: "Phường Tứ Hạ", categories: categories, period: .init(year: 2026, quarter: 3),
            today: CivilDate(year: 2026, month: 10, day: 3)!)
        #expect(text.hasPrefix("Phường Tứ Hạ chưa công khai 2 loại thông tin của Quý III/2026: Dự toán, tình hình thực hiện dự toán ngân sách"))
        #expect(text.hasSuffix("; đã quá hạn 3 ngày (hạn 30/09/2026)."))
        #expect(
            DisclosureReminders.text(
                communeName: "X", categories: categories, period: .init(year: 2026, quarter: 3),
                today: CivilDate(year: 2026, month: 9, day: 27)!
            ).hasSuffix("còn 3 ngày đến hạn (30/09/2026)."))
    }
}

/// Supervised investment projects: their state from the planned dates and the last progress, and what may be saved.
@Suite struct SupervisedProjectRulesTests {
    let start = CivilDate(year: 2026, month: 3, day: 1)!, end = CivilDate(year: 2026, month: 9, day: 30)!

    @Test func theStateFollowsTheDatesAndTheProgress() {
        #expect(
            SupervisedProjectRules.status(start: start, end: end, latestPercent: nil, today: CivilDate(year: 2026, month: 2, day: 1)!) == .notStarted)
        #expect(
            SupervisedProjectRules.status(start: start, end: end, latestPercent: 40, today: CivilDate(year: 2026, month: 6, day: 1)!) == .underway)
        #expect(SupervisedProjectRules.status(start: start, end: end, latestPercent: 90, today: CivilDate(year: 2026, month: 10, day: 1)!) == .late)
        #expect(
            SupervisedProjectRules.status(start: start, end: end, latestPercent: 100, today: CivilDate(year: 2026, month: 10, day: 1)!) == .finished)
        // The last planned day is still on time.
        #expect(SupervisedProjectRules.status(start: start, end: end, latestPercent: 95, today: end) == .underway)
    }

    @Test func badInputIsNamedAtItsField() {
        let problems = SupervisedProjectRules.problems(name: "", investor: "UBND xã", budget: -1, start: end, end: start)
        #expect(Set(problems.keys) == ["name", "budget", "ends_on"])
        #expect(SupervisedProjectRules.problems(name: "Đường", investor: "UBND", budget: 0, start: start, end: start).isEmpty)
        #expect(
            SupervisedProjectRules.updateProblem(kind: .progress, percent: 30, previous: 40, note: "")
                == "Tiến độ không thể thấp hơn lần cập nhật trước (40%).")
        #expect(SupervisedProjectRules.updateProblem(kind: .progress, percent: 101, previous: nil, note: "") != nil)
        #expect(SupervisedProjectRules.updateProblem(kind: .progress, percent: 40, previous: 40, note: "") == nil)
        #expect(
            SupervisedProjectRules.updateProblem(kind: .finding, percent: nil, previous: nil, note: "")
                == "Vui lòng ghi nội dung phát hiện của Ban giám sát.")
        #expect(SupervisedProjectRules.money(1_250_000_000) == "1.250.000.000 đồng")
    }
}
