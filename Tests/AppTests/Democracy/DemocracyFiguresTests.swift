import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Số liệu dân chủ ở cơ sở (issue 17, item 7): counted once for a subtree and a year, shown on a page, exported as .xlsx
/// and as the yearly .docx, answered by the API, pre-filled into a draft periodic report and read by scoring lines.
/// Every expected figure below is counted by hand from the records `seed` writes.
@Suite struct DemocracyFiguresTests {
    static var today: CivilDate { TestClock.today }
    static var year: Int { today.year }
    /// A day of January of `year` (never after today, whatever the test date).
    static func jan(_ day: Int, year: Int = Self.year) -> String { CivilDate(year: year, month: 1, day: day)!.iso }

    static func item(_ unit: OrgUnit, _ category: String, start: String, onTime: Bool, withdrawn: Bool = false, on db: any Database) async throws {
        let item = DisclosureItem()
        item.$unit.id = unit.id!
        item.categoryCode = category
        item.title = "Thông tin \(category)"
        item.content = "Nội dung"
        item.forms = "niem_yet"
        item.startsOn = start
        item.onTime = onTime
        item.year = Int(start.prefix(4))!
        item.publishedBy = "canbo.tuha"
        if withdrawn {
            item.withdrawnOn = start
            item.withdrawnReason = "Nhầm"
            item.withdrawnBy = "canbo.tuha"
        }
        try await item.create(on: db)
    }

    static func vote(_ commune: OrgUnit, hamlet: OrgUnit, eligible: Int, voting: Int, passed: Bool, on db: any Database) async throws {
        let vote = HamletVote()
        vote.$hamlet.id = hamlet.id!
        vote.$commune.id = commune.id!
        vote.matter = "dong_gop_cong_trinh"
        vote.subject = "Làm đường"
        vote.method = "hop"
        vote.heldOn = jan(20)
        vote.eligible = eligible
        vote.voting = voting
        vote.inFavour = passed ? voting : 0
        vote.against = passed ? 0 : voting
        vote.thresholdPercent = 200.0 / 3.0
        vote.thresholdStrict = false
        vote.requiredVotes = (eligible * 2 + 2) / 3
        vote.passed = passed
        vote.createdBy = "canbo.tuha"
        try await vote.create(on: db)
    }

    static func consultation(_ unit: OrgUnit, start: String, answered: Bool, opinions: [(String, String)], on db: any Database) async throws {
        let consultation = Consultation()
        consultation.$unit.id = unit.id!
        consultation.subject = "Quy hoạch"
        consultation.draft = "Dự thảo"
        consultation.forms = "niem_yet"
        consultation.startsOn = start
        consultation.endsOn = start
        consultation.createdBy = "canbo.tuha"
        if answered {
            consultation.answer = "Tiếp thu"
            consultation.answeredOn = start
        }
        try await consultation.create(on: db)
        for (source, day) in opinions {
            let opinion = ConsultationOpinion()
            opinion.$consultation.id = consultation.id!
            opinion.source = source
            opinion.content = "Ý kiến"
            opinion.authorName = "Nguyễn Văn A"
            opinion.authorAddress = "Tổ 1"
            opinion.receivedOn = day
            try await opinion.create(on: db)
        }
    }

    static func finding(_ commune: OrgUnit, received: String, due: String, answered: String?, on db: any Database) async throws {
        let finding = InspectionRecommendation()
        finding.$commune.id = commune.id!
        finding.board = InspectionBoard.peoplesInspection.rawValue
        finding.receivedOn = received
        finding.content = "Kiến nghị"
        finding.dueOn = due
        finding.createdBy = "canbo.tuha"
        if let answered {
            finding.answer = "Đã trả lời"
            finding.answeredOn = answered
        }
        try await finding.create(on: db)
    }

    static func rating(_ unit: OrgUnit, _ score: Int, on db: any Database) async throws {
        let rating = SatisfactionRating()
        rating.$unit.id = unit.id!
        rating.subject = "chinh_quyen"
        rating.service = ""
        rating.score = score
        rating.reference = ""
        rating.comment = ""
        rating.ratedOn = jan(25)
        try await rating.create(on: db)
    }

    /// This year, in Thị xã Hương Trà: Phường Tứ Hạ published 3 items (2 on time, 1 of them withdrawn), Xã Hương Toàn 1 on
    /// time; Phường Thuận Hòa (Thành phố Huế) 1 late. Tứ Hạ held 2 votes (180 households, 152 voting, passed; 100, 40,
    /// not passed), 1 consultation answered with 3 opinions (2 online), recommendations answered on time, late, and one
    /// overdue; Hương Toàn one still open. Ratings 5, 4, 2 in Tứ Hạ, 3 in Hương Toàn. Last year: Tứ Hạ published its
    /// yearly plan (d11k1) and ran one consultation with one opinion.
    static func seed(_ app: Application) async throws -> (tuHa: OrgUnit, huongToan: OrgUnit, town: OrgUnit) {
        try await Fixtures.seedPetitions(app)
        let db = app.db
        let tuHa = try await Fixtures.unit("19900", on: app)
        let huongToan = try await Fixtures.unit("19901", on: app)
        let thuanHoa = try await Fixtures.unit("19800", on: app)
        let town = try await Fixtures.unit("480", on: app)
        let hamlet = try await UnitService.create(
            .init(code: "19900.T1", name: "Tổ dân phố 1", kind: .hamlet, parentID: tuHa.id, activeFrom: nil),
            actor: .commandLine(at: TestClock.now), on: db)
        try await item(tuHa, "d11k2", start: jan(5), onTime: true, on: db)
        try await item(tuHa, "d11k3", start: jan(6), onTime: true, withdrawn: true, on: db)
        try await item(tuHa, "d11k7", start: jan(7), onTime: false, on: db)
        try await item(huongToan, "d11k2", start: jan(8), onTime: true, on: db)
        try await item(thuanHoa, "d11k2", start: jan(9), onTime: false, on: db)
        try await item(tuHa, "d11k1", start: CivilDate(year: year - 1, month: 3, day: 10)!.iso, onTime: true, on: db)
        try await vote(tuHa, hamlet: hamlet, eligible: 180, voting: 152, passed: true, on: db)
        try await vote(tuHa, hamlet: hamlet, eligible: 100, voting: 40, passed: false, on: db)
        try await consultation(
            tuHa, start: jan(10), answered: true, opinions: [("cong_dan", jan(11)), ("cong_dan", jan(12)), ("hop", jan(13))], on: db)
        try await consultation(tuHa, start: jan(10, year: year - 1), answered: false, opinions: [("phieu", jan(11, year: year - 1))], on: db)
        try await finding(tuHa, received: jan(2), due: jan(17), answered: jan(15), on: db)
        try await finding(tuHa, received: jan(3), due: jan(18), answered: jan(25), on: db)
        try await finding(tuHa, received: jan(4), due: jan(19), answered: nil, on: db)
        try await finding(huongToan, received: today.iso, due: today.adding(days: 15).iso, answered: nil, on: db)
        for score in [5, 4, 2] { try await rating(tuHa, score, on: db) }
        try await rating(huongToan, 3, on: db)
        return (tuHa, huongToan, town)
    }

    @Test func theFiguresOfASubtreeAndAYearAreCountedFromTheRecords() async throws {
        try await withTestApp { app in
            let (tuHa, _, town) = try await Self.seed(app)
            let f = try await DemocracyFiguresQuery.load(scopePath: town.path, year: Self.year, today: Self.today, on: app.db)
            #expect(f.itemsPublished == 4 && f.itemsOnTime == 3 && f.itemsLate == 1 && f.itemsWithdrawn == 1 && f.communes == 2)
            #expect(f.decisions == 2 && f.decisionsPassed == 1 && f.householdsEligible == 280 && f.householdsVoting == 192 && f.turnout == 68.6)
            #expect(f.consultations == 1 && f.consultationsAnswered == 1 && f.opinions == 3 && f.opinionsOnline == 2)
            #expect(f.findings == 4 && f.findingsAnsweredOnTime == 1 && f.findingsAnsweredLate == 1 && f.findingsOverdue == 1 && f.findingsOpen == 1)
            #expect(f.ratings == 4 && f.ratingsSatisfied == 2 && f.satisfactionRate == 50)
            // The province counts Thuận Hòa's late item too; one commune counts only its own.
            let province = try await DemocracyFiguresQuery.load(
                scopePath: "/" + town.path.split(separator: "/")[0] + "/", year: Self.year, today: Self.today, on: app.db)
            #expect(province.itemsPublished == 5 && province.itemsOnTime == 3 && province.communes == 3)
            let ward = try await DemocracyFiguresQuery.load(scopePath: tuHa.path, year: Self.year, today: Self.today, on: app.db)
            #expect(ward.itemsPublished == 3 && ward.findings == 3 && ward.ratings == 3 && ward.communes == 1)
            // Last year, every window has closed: each commune needs d11k1, 5, 6, 9 (yearly), d11k2 and the list (quarterly)
            // and d11k4, 13 (posted on 31/12): 8 each; Tứ Hạ published d11k1, so 7 + 8.
            let last = try await DemocracyFiguresQuery.load(scopePath: town.path, year: Self.year - 1, today: Self.today, on: app.db)
            #expect(last.categoriesMissing == 15)
            #expect(last.itemsPublished == 1 && last.consultations == 1 && last.opinions == 1 && last.decisions == 0 && last.ratings == 0)
        }
    }

    @Test func thePageTheExportsAndTheAPIShowTheSameFigures() async throws {
        try await withTestApp { app in
            let (tuHa, _, _) = try await Self.seed(app)
            var district = Browser(app)
            try await district.login("noivu.huongtra")
            let page = try await district.get("/dan-chu/so-lieu?nam=\(Self.year)").body.string
            #expect(page.contains("Số liệu dân chủ ở cơ sở — Thị xã Hương Trà, năm \(Self.year)"))
            #expect(page.contains("Tỷ lệ công khai đúng hạn") && page.contains("75%") && page.contains("68,6%"))
            // A commune of the subtree, typed by name without diacritics.
            let ward = try await district.get("/dan-chu/so-lieu?nam=\(Self.year)&don_vi=phuong%20tu%20ha").body.string
            #expect(ward.contains("Phường Tứ Hạ, năm") && ward.contains("66,7%"))
            #expect(try await district.get("/dan-chu/so-lieu?don_vi=khong%20co%20dau").body.string.contains("Không tìm thấy đơn vị"))

            let xlsx = try await district.get("/dan-chu/so-lieu.xlsx?nam=\(Self.year)")
            #expect(xlsx.status == .ok && xlsx.headers.first(name: .contentType)?.contains("spreadsheetml") == true)
            let sheet = try ConsolidationExportTests.part(Data(buffer: xlsx.body), "xl/worksheets/sheet1.xml")
            #expect(sheet.contains("Số hộ tham gia biểu quyết") && sheet.contains("Thị xã Hương Trà, năm \(Self.year)"))
            #expect(sheet.contains("<v>192</v>") && sheet.contains("<v>280</v>"))

            let docx = try await district.get("/dan-chu/so-lieu/bao-cao.docx?nam=\(Self.year)")
            #expect(docx.status == .ok)
            let xml = try ConsolidationExportTests.part(Data(buffer: docx.body), "word/document.xml")
            #expect(xml.contains("UBND THỊ XÃ HƯƠNG TRÀ") && xml.contains("Kết quả thực hiện dân chủ ở cơ sở năm \(Self.year)"))
            #expect(xml.contains("đã công khai 4 thông tin, trong đó 3 thông tin công khai đúng hạn (tỷ lệ 75%)"))
            #expect(!xml.contains("Nguyễn Văn A"))

            var client = Browser(app)
            let token = try await client.apiToken(for: "noivu.huongtra")
            var body = ""
            try await app.testing().test(
                .GET, "/api/v1/democracy/figures?year=\(Self.year)&unit_id=\(tuHa.id!)",
                headers: ["Authorization": "Bearer \(token)"]
            ) {
                body = $0.body.string
                #expect($0.status == .ok)
            }
            #expect(body.contains(#""items_published":3"#) && body.contains(#""findings_overdue":1"#) && body.contains(#""satisfaction_rate":66.7"#))
            // A unit outside the subtree is not found.
            let thuanHoa = try await Fixtures.unit("19800", on: app)
            try await app.testing().test(
                .GET, "/api/v1/democracy/figures?unit_id=\(thuanHoa.id!)",
                headers: ["Authorization": "Bearer \(token)"]
            ) { #expect($0.status == .notFound) }
        }
    }

    @Test func aDraftPeriodicReportStartsFromTheFigures() async throws {
        try await withTestApp { app in
            let (tuHa, _, town) = try await Self.seed(app)
            let plan = Plan(
                unitID: town.id!, number: "3/KH-UBND", year: Self.year, issuedOn: Self.jan(1), title: "Dân vận chính quyền", purposes: "",
                status: .issued)
            try await plan.create(on: app.db)
            let schedule = ReportSchedule(
                planID: plan.id!, period: "monthly", dueRule: "day_of_month:15", dueText: "ngày 15 hằng tháng",
                reporters: "các xã, phường", receiver: "UBND thị xã")
            schedule.$template.id = try await ReportTemplate.query(on: app.db).sort(\.$id).first()!.id
            try await schedule.create(on: app.db)
            let request = ReportRequest()
            request.$schedule.id = schedule.id!
            request.$unit.id = tuHa.id!
            request.$receiver.id = town.id!
            request.periodKey = "thang-1"
            request.periodLabel = "Tháng 1"
            request.cutoffStart = Self.jan(1)
            request.cutoffEnd = Self.jan(31)
            request.dueOn = Self.today.adding(days: 15).iso
            request.status = .pending
            try await request.create(on: app.db)
            var browser = Browser(app)
            try await browser.login("canbo.tuha")
            let page = try await browser.get("/bao-cao/yeu-cau/\(request.id!)").body.string
            for (code, value) in [
                ("dccs_cong_khai", "3"), ("dccs_cong_khai_dung_han", "2"), ("dccs_bieu_quyet", "2"), ("dccs_lay_y_kien", "1"),
                ("dccs_y_kien", "3"), ("dccs_kien_nghi", "3"), ("dccs_kien_nghi_dung_han", "1")
            ] {
                #expect(page.contains(#"name="so_lieu[\#(code)]" value="\#(value)""#), "\(code) = \(value)")
            }
        }
    }

    /// Lines 5.1 (on-time disclosure, a share of 10 points) and 5.2 (satisfaction, 5 points from 50 %, 10 from 80 %) of
    /// the Tây Ninh example, computed for every sheet of a provincial round from its subtree.
    @Test func scoringLinesReadTheOnTimeAndSatisfactionRates() async throws {
        try await withTestApp { app in
            _ = try await Self.seed(app)
            let opener = try await ScoringFlowTests.user("noivu.hue", on: app.db)
            let example = try #require(try await ScoringSet.query(on: app.db).filter(\.$exampleKey == "tay-ninh-1563").first())
            let set = try await ScoringSetStore.copy(
                example.id!, toYear: Self.year, title: nil, issuerUnitID: opener.$unit.id,
                actor: .user(opener, at: TestClock.now), on: app.db)
            for (code, source, thresholds) in [
                ("5.1", ComputedSource.disclosureOnTime, []),
                ("5.2", .satisfactionRate, [Threshold(50, Points(5)), Threshold(80, Points(10))])
            ] {
                let line = try #require(try await ScoringCriterion.query(on: app.db).filter(\.$set.$id == set.id!).filter(\.$code == code).first())
                line.kind = ScoringKind.computedRate.rawValue
                line.source = source.rawValue
                line.thresholds = String(decoding: try JSONEncoder().encode(thresholds), as: UTF8.self)
                try await line.save(on: app.db)
            }
            let province = try await Fixtures.unit("46", on: app)
            let opening = ScoringRounds.Opening(
                setID: set.id!, year: Self.year, title: "", subtreeUnitID: province.id!, kinds: [.district, .commune],
                selfDue: Self.today.adding(days: 10), appraisalDue: Self.today.adding(days: 20),
                objectionDue: Self.today.adding(days: 30), appraisers: ["noivu.hue"])
            let round = try await ScoringRounds.open(opening, by: opener, actor: .user(opener, at: TestClock.now), on: app.db)
            func line(_ unit: String, _ code: String) async throws -> (Int?, String?) {
                try await ExemplarScoringTests.line(app, round, unit: unit, code: code)
            }
            // Tứ Hạ: 2 of 3 on time → 6,67 of 10; 2 of 3 satisfied (66,7 %) → 5.
            let tuHa = try await line("19900", "5.1")
            #expect(tuHa.0 == 667 && tuHa.1?.hasPrefix("2/3 thông tin công khai trong năm \(Self.year) đúng hạn (66,7%)") == true)
            #expect(try await line("19900", "5.2").0 == 500)
            // Hương Toàn: 1 of 1 → 10; its one rating of 3 is not satisfied → 0.
            #expect(try await line("19901", "5.1").0 == 1000)
            #expect(try await line("19901", "5.2").0 == 0)
            // The town counts its subtree: 3 of 4 → 7,5; 2 of 4 (50 %) → 5.
            #expect(try await line("480", "5.1").0 == 750)
            #expect(try await line("480", "5.2").0 == 500)
            // Thuận Hòa: its one item late → 0; no rating → no points, and the source says so.
            #expect(try await line("19800", "5.1").0 == 0)
            let none = try await line("19800", "5.2")
            #expect(none.0 == nil && none.1?.hasPrefix("Chưa có số liệu năm \(Self.year)") == true)
        }
    }
}
