import DanVanCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct ReportTests {
    /// A plan of `issuer` with one regime reporting to the issuer, the default template, these reporting units.
    static func regime(
        _ app: Application, issuer: String, period: String = "monthly", rule: String? = "day_of_month:15",
        reporters: [String]
    ) async throws -> ReportSchedule {
        let unit = try await Fixtures.unit(issuer, on: app)
        // Numbered in order, never at random: two plans of one unit and year cannot share a number.
        let number = try await Plan.query(on: app.db).count() + 1
        let plan = Plan(
            unitID: unit.id!, number: "\(number)/KH-UBND", year: 2026, issuedOn: "2026-01-05",
            title: "Kế hoạch công tác dân vận chính quyền năm 2026", purposes: "", status: .issued)
        try await plan.create(on: app.db)
        let schedule = ReportSchedule(planID: plan.id!, period: period, dueRule: rule, dueText: "", reporters: "", receiver: "")
        schedule.$template.id = try await ReportTemplate.query(on: app.db).first()!.id
        try await schedule.create(on: app.db)
        let ids = try await OrgUnit.query(on: app.db).filter(\.$code ~~ reporters).all().compactMap(\.id)
        try await RegimeUnits.setReporters(ids, of: schedule.id!, on: app.db)
        return schedule
    }

    static func request(_ app: Application, _ schedule: ReportSchedule, unit code: String, period: String) async throws -> ReportRequest {
        let unit = try await Fixtures.unit(code, on: app)
        return try await ReportRequest.query(on: app.db).filter(\.$schedule.$id == schedule.id!).filter(\.$unit.$id == unit.id!)
            .filter(\.$periodKey == period).first()!
    }

    /// Every figure of the default template, valid.
    static func figures(received: Int = 100, onTime: Int = 96) -> [String: String] {
        var form: [String: String] = [:]
        for indicator in DefaultReportTemplate.indicators where indicator.isEntered { form["so_lieu[\(indicator.code)]"] = "3" }
        form["so_lieu[hs_nhan]"] = String(received)
        form["so_lieu[hs_dung_han]"] = String(onTime)
        form["so_lieu[hs_tre_han]"] = "2"
        form["so_lieu[dvk_dang_ky]"] = "4"
        form["so_lieu[dvk_cong_nhan]"] = "1"
        return form
    }

    static func page(_ browser: inout Browser, _ request: ReportRequest) async throws -> (html: String, base: String) {
        let html = try await browser.get("/bao-cao/yeu-cau/\(request.id!)").body.string
        let base =
            html.range(of: #"name="base" value="([^"]*)""#, options: .regularExpression).map {
                String(html[$0].dropFirst(#"name="base" value=""#.count).dropLast())
            } ?? ""
        return (html, base)
    }

    /// Issue 18's blocker: the report form is multipart (it has a file input), and every word typed in its sections
    /// was dropped while the page said "Đã lưu bản nháp". Posts exactly what the browser sends, with the field names
    /// the page itself renders.
    @Test func narrativeTypedInTheMultipartFormIsStoredAndKept() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await Self.regime(app, issuer: "480", reporters: ["480.PNV"])
            _ = try await ReportRequestGenerator.generate([schedule], year: 2026, on: app.db)
            let request = try await Self.request(app, schedule, unit: "480.PNV", period: "2026-T03")
            let path = "/bao-cao/yeu-cau/\(request.id!)"
            var officer = Browser(app)
            _ = try await officer.login("canbo")
            var (html, base) = try await Self.page(&officer, request)
            let textareas = html.matches(of: /<textarea id="f-s\d+" name="([^"]+)"/).map { String($0.output.1) }
            #expect(textareas.count >= 2)
            let figures = Self.figures().sorted { $0.key < $1.key }.map { ($0.key, $0.value) }

            // Save a draft with text in two sections.
            var fields = [("base", base)] + figures
            fields += [(textareas[0], "Tổ chức 3 hội nghị quán triệt."), (textareas[1], "Đối thoại với 120 hộ dân.")]
            let saved = try await officer.postMultipart(path, fields: fields + [("hanh_dong", "luu")], fileField: "tep")
            #expect(saved.status == .seeOther)
            (html, base) = try await Self.page(&officer, request)
            let bothKept = html.contains("Tổ chức 3 hội nghị quán triệt.</textarea>") && html.contains("Đối thoại với 120 hộ dân.</textarea>")
            #expect(bothKept, "the typed narrative was not stored")

            // Saving again as the browser does (the textareas post what they show) keeps it; clearing one clears only it.
            fields = [("base", base)] + figures + [(textareas[0], "Tổ chức 3 hội nghị quán triệt."), (textareas[1], "")]
            #expect(try await officer.postMultipart(path, fields: fields + [("hanh_dong", "luu")], fileField: "tep").status == .seeOther)
            (html, base) = try await Self.page(&officer, request)
            let oneKeptOneCleared = html.contains("Tổ chức 3 hội nghị quán triệt.</textarea>") && !html.contains("Đối thoại với 120 hộ dân.")
            #expect(oneKeptOneCleared)

            // A save that does not carry a section at all (an older page, an API client) does not erase it.
            #expect(
                try await officer.postMultipart(path, fields: [("base", base)] + figures + [("hanh_dong", "nop")], fileField: "tep")
                    .status == .seeOther)
            let stored = try await ReportText.query(on: app.db).all().map(\.text)
            #expect(stored.contains("Tổ chức 3 hội nghị quán triệt."))
            #expect(try await ReportRequest.find(request.id!, on: app.db)!.status == .submitted)
        }
    }

    @Test func calendarIsGeneratedOnceWithStoredDueDates() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await Self.regime(app, issuer: "480", reporters: ["19900", "19901", "480.PNV"])
            let first = try await ReportRequestGenerator.generate([schedule], year: 2026, on: app.db)
            #expect(first.created == 36)
            let again = try await ReportRequestGenerator.generate([schedule], year: 2026, on: app.db)
            #expect(again.created == 0)
            #expect(try await ReportRequest.query(on: app.db).count() == 36)
            // 15/02/2026 is a Sunday (and in Tết week): the stored due date is the next working day, 23/02/2026.
            let february = try await Self.request(app, schedule, unit: "19900", period: "2026-T02")
            #expect(february.dueOn == "2026-02-23")
            #expect(february.$receiver.id == (try await Fixtures.unit("480", on: app)).id)
            #expect(february.cutoffStart == "2026-01-15")

            // A rule changed later never rewrites the due dates already stored.
            schedule.dueRule = "day_of_month:25"
            try await schedule.save(on: app.db)
            _ = try await ReportRequestGenerator.generate([schedule], year: 2026, on: app.db)
            #expect(try await Self.request(app, schedule, unit: "19900", period: "2026-T02").dueOn == "2026-02-23")

            // A regime without a due date says why it yields nothing.
            let undated = try await Self.regime(app, issuer: "480", period: "annual", rule: nil, reporters: ["19900"])
            let outcome = try await ReportRequestGenerator.generate([undated], year: 2026, on: app.db)
            #expect(outcome.created == 0)
            #expect(outcome.skipped[undated.id!]?.contains("chưa có hạn nộp") == true)
        }
    }

    @Test func dayThirtyOneTakesTheLastDayAndSaysSo() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await Self.regime(app, issuer: "480", rule: "day_of_month:31", reporters: ["19900"])
            schedule.dayOffPolicy = DayOffPolicy.keep.rawValue
            try await schedule.save(on: app.db)
            let outcome = try await ReportRequestGenerator.generate([schedule], year: 2026, on: app.db)
            let april = try await Self.request(app, schedule, unit: "19900", period: "2026-T04")
            #expect(april.dueOn == "2026-04-30")
            #expect(april.note?.contains("không có ngày 31") == true)
            #expect(outcome.notes.contains { $0.hasPrefix("Tháng 4/2026") })
        }
    }

    @Test func submitReturnResubmitAcceptAndConsolidate() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await Self.regime(app, issuer: "480", reporters: ["480.PNV", "19900"])
            _ = try await ReportRequestGenerator.generate([schedule], year: 2026, on: app.db)
            let request = try await Self.request(app, schedule, unit: "480.PNV", period: "2026-T03")
            let path = "/bao-cao/yeu-cau/\(request.id!)"

            var officer = Browser(app)
            _ = try await officer.login("canbo")
            var (html, base) = try await Self.page(&officer, request)
            #expect(html.contains("Tháng 3/2026"))

            // Bad figures: a clear message per field, nothing saved.
            var bad = Self.figures(received: 10, onTime: 12)
            bad["so_lieu[tt_cuoc]"] = "-4"
            bad["so_lieu[tt_luot]"] = "mười"
            bad["base"] = base
            bad["hanh_dong"] = "nop"
            let rejected = try await officer.post(path, form: bad)
            #expect(rejected.status == .unprocessableEntity)
            #expect(rejected.body.string.contains("Số liệu không được âm."))
            #expect(rejected.body.string.contains("không phải là số"))
            #expect(rejected.body.string.contains("Không được lớn hơn"))
            #expect(rejected.body.string.contains("value=\"mười\""))
            #expect(try await ReportVersion.query(on: app.db).count() == 0)

            // A draft may be incomplete; submitting needs every figure.
            #expect(try await officer.post(path, form: ["so_lieu[hs_nhan]": "50", "base": base, "hanh_dong": "luu"]).status == .seeOther)
            #expect(try await ReportRequest.find(request.id!, on: app.db)!.status == .draft)
            (_, base) = try await Self.page(&officer, request)
            let incomplete = try await officer.post(path, form: ["so_lieu[hs_nhan]": "50", "base": base, "hanh_dong": "nop"])
            #expect(incomplete.status == .unprocessableEntity)
            #expect(incomplete.body.string.contains("Chưa nhập số liệu."))

            var form = Self.figures()
            form["base"] = base
            form["hanh_dong"] = "nop"
            form["noi_dung[2]"] = "Tổ chức 3 hội nghị quán triệt."
            #expect(try await officer.post(path, form: form).status == .seeOther)
            var stored = try await ReportRequest.find(request.id!, on: app.db)!
            #expect(stored.status == .submitted)
            // Due 20/03/2026 and submitted today (after it): late, and it stays late.
            #expect(stored.late == (TestClock.today.iso > stored.dueOn))

            // Under review: the unit cannot change it.
            (_, base) = try await Self.page(&officer, request)
            form["base"] = base
            #expect(try await officer.post(path, form: form).status == .conflict)

            var reviewer = Browser(app)
            _ = try await reviewer.login("noivu.huongtra")
            // The receiver's coordinator finds it waiting on the reports home; Đà Nẵng's administrator does not.
            let home = try await reviewer.get("/bao-cao").body.string
            #expect(home.contains("Chờ tôi duyệt") && home.contains(path))
            var elsewhere = Browser(app)
            _ = try await elsewhere.login("admin.danang")
            #expect(!(try await elsewhere.get("/bao-cao").body.string.contains("Chờ tôi duyệt")))
            _ = try await reviewer.get(path)
            _ = try await reviewer.post(path + "/duyet", form: ["quyet_dinh": "tra_lai", "ly_do": "  "])
            #expect(try await ReportRequest.find(request.id!, on: app.db)!.status == .submitted)
            _ = try await reviewer.post(
                path + "/duyet", form: ["quyet_dinh": "tra_lai", "ly_do": "Số hồ sơ đúng hạn chưa khớp với hệ thống một cửa."])
            #expect(try await ReportRequest.find(request.id!, on: app.db)!.status == .returned)

            (html, base) = try await Self.page(&officer, request)
            #expect(html.contains("Số hồ sơ đúng hạn chưa khớp"))
            form = Self.figures(received: 100, onTime: 97)
            form["base"] = base
            form["hanh_dong"] = "nop"
            #expect(try await officer.post(path, form: form).status == .seeOther)
            html = try await officer.get(path).body.string
            #expect(html.contains("Thay đổi so với lần 1"))
            #expect(html.contains("<del>96</del>") && html.contains("<ins>97</ins>"))

            // The reviewer reads the unit's report, but is never given an editable copy of it (issue 18).
            let reviewed = try await reviewer.get(path).body.string
            #expect(!reviewed.contains("name=\"hanh_dong\"") && reviewed.contains("Chấp nhận"))
            _ = try await reviewer.post(path + "/duyet", form: ["quyet_dinh": "chap_nhan"])
            stored = try await ReportRequest.find(request.id!, on: app.db)!
            #expect(stored.status == .accepted)
            #expect(try await ReportVersion.query(on: app.db).filter(\.$request.$id == request.id!).count() == 2)
            // The audit log reads as a sentence with a readable change, not JSON (issue 18).
            let audit = try await reviewer.get("/nhat-ky?doi-tuong=report_request").body.string
            #expect(audit.contains("Người dùng noivu.huongtra chấp nhận báo cáo Tháng 3/2026 của Phòng Nội vụ"))
            #expect(audit.contains("Trạng thái: Chờ duyệt → Đã chấp nhận"))
            #expect(audit.contains("Người dùng canbo nộp báo cáo Tháng 3/2026 của Phòng Nội vụ"))
            #expect(!audit.contains("{&quot;") && !audit.contains("cho_duyet"))

            // Accepted reports are locked.
            (_, base) = try await Self.page(&officer, request)
            form["base"] = base
            let locked = try await officer.post(path, form: form)
            #expect(locked.status == .conflict)
            #expect(locked.body.string.contains("khóa"))

            // Consolidation: the accepted figures, the commune that has not reported, and the exports.
            let consolidation = try await reviewer.get("/bao-cao/che-do/\(schedule.id!)/tong-hop?ky=2026-T03").body.string
            #expect(consolidation.contains("97,00%") || consolidation.contains("97%"))
            #expect(consolidation.contains("Phường Tứ Hạ"))
            let docx = try await reviewer.get("/bao-cao/che-do/\(schedule.id!)/tong-hop.docx?ky=2026-T03")
            #expect(docx.status == .ok)
            #expect(docx.headers.contentType?.subType.contains("wordprocessingml") == true)
            let xlsx = try await reviewer.get("/bao-cao/che-do/\(schedule.id!)/tong-hop.xlsx?ky=2026-T03")
            #expect(xlsx.status == .ok)

            let audited = try await AuditEntry.query(on: app.db).filter(\.$entity == "report_request").all().map(\.action)
            #expect(audited.sorted() == ["accept", "return", "save_draft", "submit", "submit"])
        }
    }

    @Test func aFormOpenedBeforeAnotherSaveCannotOverwriteIt() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await Self.regime(app, issuer: "480", reporters: ["480.PNV"])
            _ = try await ReportRequestGenerator.generate([schedule], year: 2026, on: app.db)
            let request = try await Self.request(app, schedule, unit: "480.PNV", period: "2026-T05")
            var officer = Browser(app)
            _ = try await officer.login("canbo")
            let (_, base) = try await Self.page(&officer, request)
            #expect(
                try await officer.post("/bao-cao/yeu-cau/\(request.id!)", form: ["so_lieu[hs_nhan]": "5", "base": base, "hanh_dong": "luu"]).status
                    == .seeOther)
            // The same stale form sent again.
            let stale = try await officer.post("/bao-cao/yeu-cau/\(request.id!)", form: ["so_lieu[hs_nhan]": "9", "base": base, "hanh_dong": "luu"])
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains("vừa được người khác cập nhật"))
            let value = try await ReportValue.query(on: app.db).all()
            #expect(value.map(\.value) == [5])

            // The unit's calendar lists the year's due dates month by month; another unit's is out of reach.
            let calendar = try await officer.get("/bao-cao/lich?nam=2026").body.string
            #expect(calendar.contains("Lịch báo cáo năm 2026 — Phòng Nội vụ"))
            #expect(calendar.contains("Tháng 12/2026") && calendar.contains("Đang soạn"))
            #expect(try await officer.get("/bao-cao/lich?don_vi=19900").status == .forbidden)
        }
    }

    @Test func unitsOutsideTheSubtreeCannotOpenOrReview() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await Self.regime(app, issuer: "480", reporters: ["19900"])
            _ = try await ReportRequestGenerator.generate([schedule], year: 2026, on: app.db)
            let request = try await Self.request(app, schedule, unit: "19900", period: "2026-T01")
            var outsider = Browser(app)
            _ = try await outsider.login("admin.danang")
            #expect(try await outsider.get("/bao-cao/yeu-cau/\(request.id!)").status == .forbidden)
            // canbo (Phòng Nội vụ) may not fill a commune's report nor review it.
            var officer = Browser(app)
            _ = try await officer.login("canbo")
            #expect(try await officer.get("/bao-cao/yeu-cau/\(request.id!)").status == .forbidden)
        }
    }

    @Test func gridCountsOnTimeLateReturnedAndMissing() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await Self.regime(app, issuer: "480", reporters: ["480.PNV", "19900", "19901"])
            _ = try await ReportRequestGenerator.generate([schedule], year: 2025, on: app.db)
            let admin = try await User.query(on: app.db).filter(\.$username == "admin.hue").first()!
            try await ReportsDemo.fill(scheduleIDs: [schedule.id!], today: CivilDate(iso: "2026-01-01")!, authorID: admin.id!, on: app.db)
            let sql = app.db as! any SQLDatabase
            let counts = try await CompletenessController.periodCounts(
                scheduleID: schedule.id!, year: 2025, scopePath: (try await Fixtures.unit("480", on: app)).path,
                today: "2026-01-01", on: sql)
            #expect(counts.count == 12)
            let requests = try await ReportRequest.query(on: app.db).all()
            #expect(counts.map(\.expected).reduce(0, +) == 36)
            #expect(counts.map(\.onTime).reduce(0, +) == requests.filter { $0.status != .returned && $0.late == false }.count)
            #expect(counts.map(\.late).reduce(0, +) == requests.filter { $0.status != .returned && $0.late == true }.count)
            #expect(counts.map(\.returned).reduce(0, +) == requests.filter { $0.status == .returned }.count)
            #expect(counts.map(\.missing).reduce(0, +) == requests.filter { $0.submittedOn == nil }.count)
            #expect(counts.map(\.missing).reduce(0, +) > 0)
            // Drilled down to one commune: its twelve months only.
            let commune = try await CompletenessController.periodCounts(
                scheduleID: schedule.id!, year: 2025, scopePath: (try await Fixtures.unit("19900", on: app)).path,
                today: "2026-01-01", on: sql)
            #expect(commune.map(\.expected).reduce(0, +) == 12)

            var coordinator = Browser(app)
            _ = try await coordinator.login("noivu.huongtra")
            let html = try await coordinator.get("/bao-cao/che-do/\(schedule.id!)/tinh-hinh?nam=2025").body.string
            #expect(html.contains("Chưa nộp") && html.contains("Đúng hạn"))
            #expect(html.contains("<svg"))
        }
    }

    @Test func aDistrictConsolidatesAndSendsItUpward() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let province = try await Self.regime(app, issuer: "46", period: "semiannual", rule: "day_of_year:5:25", reporters: ["480", "474"])
            let district = try await Self.regime(app, issuer: "480", period: "semiannual", rule: "day_of_year:5:20", reporters: ["480.PNV", "19900"])
            _ = try await ReportRequestGenerator.generate([province, district], year: 2026, on: app.db)
            // The province's administrator fills in for the units here: only a unit's own people (or an administrator) fill its report.
            let admin = try await User.query(on: app.db).filter(\.$username == "admin.hue").with(\.$unit).first()!
            let (indicators, _) = try await ReportConsolidation.template(of: district, on: app.db)
            for (code, received) in [("480.PNV", 40), ("19900", 60)] {
                let request = try await Self.request(app, district, unit: code, period: "2026-6T")
                request.$unit.value = try await Fixtures.unit(code, on: app)
                var figures = Dictionary(
                    uniqueKeysWithValues: Self.figures(received: received, onTime: received - 1).map {
                        (String($0.key.dropFirst(8).dropLast()), $0.value)
                    })
                figures["tt_cuoc"] = "\(received / 10)"
                _ = try await ReportSubmission.save(
                    request, .init(figures: figures, texts: [:], files: [], base: ""), submit: true,
                    indicators: indicators, by: admin, at: TestClock.now, on: app.db)
                request.$receiver.value = try await Fixtures.unit("480", on: app)
                try await ReportSubmission.accept(request, by: admin, at: TestClock.now, on: app.db)
            }
            var coordinator = Browser(app)
            _ = try await coordinator.login("noivu.huongtra")
            let page = try await coordinator.get("/bao-cao/che-do/\(district.id!)/tong-hop?ky=2026-6T").body.string
            #expect(page.contains("Tạo báo cáo gửi cấp trên"))
            #expect(try await coordinator.post("/bao-cao/che-do/\(district.id!)/gui-cap-tren?ky=2026-6T", form: [:]).status == .seeOther)

            let upward = try await Self.request(app, province, unit: "480", period: "2026-6T")
            #expect(upward.status == .draft)
            let version = try await ReportSubmission.latestVersion(of: upward.id!, on: app.db)!
            #expect(version.consolidated)
            let received = try await ReportValue.query(on: app.db).filter(\.$version.$id == version.id!)
                .filter(\.$indicator.$id == indicators.first { $0.code == "hs_nhan" }!.id!).first()!
            #expect(received.value == 100)
            let sessions = try await ReportValue.query(on: app.db).filter(\.$version.$id == version.id!)
                .filter(\.$indicator.$id == indicators.first { $0.code == "tt_cuoc" }!.id!).first()!
            #expect(sessions.value == 10)
        }
    }

    @Test func regimesEnteredByHandWithUnitsByKindAndAdHocRequests() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let town = try await Fixtures.unit("480", on: app)
            let plan = Plan(
                unitID: town.id!, number: "12/KH-UBND", year: 2026, issuedOn: "2026-01-05", title: "Kế hoạch", purposes: "", status: .issued)
            try await plan.create(on: app.db)
            var coordinator = Browser(app)
            _ = try await coordinator.login("noivu.huongtra")
            _ = try await coordinator.get("/ke-hoach/\(plan.id!)")
            let created = try await coordinator.post(
                "/ke-hoach/\(plan.id!)/che-do-bao-cao",
                form: ["ky": "adhoc", "han": "khi có yêu cầu", "don_vi": "UBND các xã, phường", "noi_nhan": "Phòng Nội vụ"])
            #expect(created.status == .seeOther)
            let schedule = try await ReportSchedule.query(on: app.db).filter(\.$plan.$id == plan.id!).first()!
            #expect(schedule.$receiverUnit.id == (try await Fixtures.unit("480.PNV", on: app)).id)
            #expect(try await ReportScheduleReporter.query(on: app.db).filter(\.$schedule.$id == schedule.id!).count() == 2)

            // Every office of the town joins the communes.
            _ = try await coordinator.get("/bao-cao/che-do/\(schedule.id!)")
            _ = try await coordinator.post("/bao-cao/che-do/\(schedule.id!)/don-vi", form: ["ma": "19900, 19901", "loai": "phong"])
            let offices = try await OrgUnit.query(on: app.db).filter(\.$kind == .office).filter(\.$path, .custom("LIKE"), town.path + "%").count()
            #expect(offices > 0)
            #expect(try await ReportScheduleReporter.query(on: app.db).filter(\.$schedule.$id == schedule.id!).count() == 2 + offices)

            // An ad-hoc request reaches every reporting unit once, however often it is sent.
            let due = TestClock.today.adding(days: 10).vietnamese
            for _ in 0..<2 {
                _ = try await coordinator.get("/bao-cao/che-do/\(schedule.id!)")
                _ = try await coordinator.post(
                    "/bao-cao/che-do/\(schedule.id!)/dot-xuat", form: ["noi_dung": "Báo cáo nhanh tình hình khiếu kiện đông người", "han": due])
            }
            #expect(try await ReportRequest.query(on: app.db).filter(\.$schedule.$id == schedule.id!).count() == 2 + offices)
            let past = try await coordinator.post("/bao-cao/che-do/\(schedule.id!)/dot-xuat", form: ["noi_dung": "Quá khứ", "han": "01/01/2020"])
            #expect(past.status == .seeOther)
            #expect(try await ReportRequest.query(on: app.db).filter(\.$schedule.$id == schedule.id!).count() == 2 + offices)

            // A leader may read but not set up regimes.
            var leader = Browser(app)
            _ = try await leader.login("lanhdao")
            _ = try await leader.get("/ke-hoach/\(plan.id!)")
            #expect(try await leader.post("/ke-hoach/\(plan.id!)/che-do-bao-cao", form: ["ky": "annual"]).status == .forbidden)
        }
    }

    @Test func templatesAreCopiedAndExtendedNeverShrunk() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let original = try await ReportTemplate.query(on: app.db).first()!
            var coordinator = Browser(app)
            _ = try await coordinator.login("noivu.huongtra")
            _ = try await coordinator.get("/bao-cao/mau")
            _ = try await coordinator.post("/bao-cao/mau/\(original.id!)/sao-chep", form: ["ten": "Mẫu báo cáo của thị xã Hương Trà"])
            let copy = try await ReportTemplate.query(on: app.db).filter(\.$name == "Mẫu báo cáo của thị xã Hương Trà").first()!
            #expect(try await ReportIndicator.query(on: app.db).filter(\.$template.$id == copy.id!).count() == DefaultReportTemplate.indicators.count)

            _ = try await coordinator.get("/bao-cao/mau")
            _ = try await coordinator.post(
                "/bao-cao/mau/\(copy.id!)/chi-tieu", form: ["ma": "Số hội nghị", "ten": "Số hội nghị", "don_vi_tinh": "hội nghị"])
            _ = try await coordinator.post("/bao-cao/mau/\(copy.id!)/chi-tieu", form: ["ma": "hs_nhan", "ten": "Trùng mã", "don_vi_tinh": "hồ sơ"])
            #expect(try await ReportIndicator.query(on: app.db).filter(\.$template.$id == copy.id!).count() == DefaultReportTemplate.indicators.count)
            _ = try await coordinator.post(
                "/bao-cao/mau/\(copy.id!)/chi-tieu",
                form: ["ma": "hn_dan_chu", "ten": "Số hội nghị dân chủ", "don_vi_tinh": "hội nghị", "tong_hop": "max", "khong_qua": "tt_cuoc"])
            _ = try await coordinator.post("/bao-cao/mau/\(copy.id!)/phan", form: ["tieu_de": "Kết quả thực hiện dân chủ ở cơ sở"])
            let added = try await ReportIndicator.query(on: app.db).filter(\.$code == "hn_dan_chu").first()!
            #expect(added.aggregation == "max" && added.notAbove == "tt_cuoc")
            #expect(
                try await ReportIndicator.query(on: app.db).filter(\.$template.$id == original.id!).count() == DefaultReportTemplate.indicators.count)

            let schedule = try await Self.regime(app, issuer: "480", reporters: ["480.PNV"])
            schedule.$template.id = copy.id
            try await schedule.save(on: app.db)
            _ = try await ReportRequestGenerator.generate([schedule], year: 2026, on: app.db)
            let request = try await Self.request(app, schedule, unit: "480.PNV", period: "2026-T06")
            var officer = Browser(app)
            _ = try await officer.login("canbo")
            let (html, _) = try await Self.page(&officer, request)
            #expect(html.contains("so_lieu[hn_dan_chu]") && html.contains("Kết quả thực hiện dân chủ ở cơ sở"))

            var leader = Browser(app)
            _ = try await leader.login("lanhdao")
            _ = try await leader.get("/bao-cao/mau")
            #expect(try await leader.post("/bao-cao/mau/\(copy.id!)/phan", form: ["tieu_de": "X"]).status == .forbidden)
        }
    }
}
