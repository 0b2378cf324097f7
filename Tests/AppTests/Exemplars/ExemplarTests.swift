import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// The "Dân vận khéo" registry through its pages and API (issue 16).
@Suite struct ExemplarTests {
    /// A real 2×2 PNG carrying a text chunk "GPS 16.4637,107.5909", as a phone's metadata would.
    static let png = Data(
        base64Encoded:
            """
            iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFHRFWHRHUFMAMTYuNDYzNywxMDcuNTkwOdkx\
            CbYAAAAQSURBVHicYzhjbAxEDBAKACPqBMnZHhxHAAAAAElFTkSuQmCC
            """
    )!

    /// The fixture tree plus an officer of Phường Tứ Hạ (canbo.tuha) and one of Xã Hương Toàn (canbo.huongtoan).
    static func seed(_ app: Application) async throws {
        try await Fixtures.seedPetitions(app)
        _ = try await UserService.create(
            .init(
                username: "canbo.huongtoan", fullName: "Cán bộ Hương Toàn", role: .unitOfficer, unitCode: "19901",
                password: Fixtures.password),
            actor: .commandLine(at: TestClock.now), scopePath: nil, hasher: app.password.async, on: app.db)
    }

    static func form(unit: String, name: String, extra: [String: String] = [:]) -> [String: String] {
        [
            "unit": unit, "kind": "mo_hinh", "field": "van_hoa_xa_hoi", "sub_topic": "Hiến đất làm đường", "name": name,
            "problem": "Đường kiệt hẹp, xe cứu thương không vào được", "goals": "Mở rộng 2 km đường kiệt lên 4 m",
            "methods": "Chi bộ họp dân, cán bộ gương mẫu hiến đất trước", "place": "Tổ dân phố 3", "forces": "Chi bộ, Ban công tác Mặt trận",
            "resources": "Nhân dân góp công", "outputs": "2 km đường", "sustainability": "Tổ tự quản duy tu"
        ].merging(extra) { $1 }
    }

    /// Posts multipart/form-data with a file part holding `file`'s bytes, with the browser's session and form token.
    static func postFile(_ browser: Browser, _ path: String, fields: [(String, String)], fileName: String, file: Data) async throws
        -> TestingHTTPResponse
    {
        let boundary = "----DanVanExemplarBoundary"
        var body = Data()
        for (name, value) in [("_csrf", browser.csrf ?? "")] + fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Data(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: image/png\r\n\r\n".utf8)
        body += file
        body += Data("\r\n--\(boundary)--\r\n".utf8)
        var headers: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=\(boundary)"]
        if let cookie = browser.cookie { headers.add(name: .cookie, value: cookie) }
        var captured: TestingHTTPResponse?
        try await browser.app.testing().test(.POST, path, headers: headers, body: ByteBuffer(data: body)) { captured = $0 }
        return captured!
    }

    @Test func aModelIsRegisteredLateForADriveAndDuplicatesAreRefused() async throws {
        try await withTestApp { app in
            try await Self.seed(app)
            var coordinator = Browser(app)
            try await coordinator.login("noivu.huongtra")
            // A drive whose deadline has passed: the wards and communes of Hương Trà owe a registration.
            let deadline = TestClock.today.adding(days: -5)
            let launched = try await coordinator.post(
                "/dan-van-kheo/dot-dang-ky",
                form: [
                    "title": "Đăng ký mô hình năm \(deadline.year)",
                    "deadline": deadline.vietnamese, "targets": "xa"
                ])
            #expect(launched.status == .seeOther)
            let drive = try #require(try await ExemplarDrive.query(on: app.db).first())
            #expect(try await ExemplarDriveUnit.query(on: app.db).count() == 2)

            var officer = Browser(app)
            try await officer.login("canbo.tuha")
            #expect(try await officer.get("/dan-van-kheo/dang-ky?dot=\(drive.id!)").body.string.contains("Đăng ký mô hình năm"))
            let saved = try await officer.post(
                "/dan-van-kheo/dang-ky",
                form: Self.form(
                    unit: "19900", name: "Hiến đất mở rộng đường kiệt",
                    extra: ["drive_id": String(drive.id!)]))
            #expect(saved.status == .seeOther)
            let exemplar = try #require(try await Exemplar.query(on: app.db).first())
            #expect(exemplar.isLate && exemplar.$drive.id == drive.id && exemplar.status == .registered)
            let page = try await officer.get(try #require(saved.headers.first(name: .location))).body.string
            #expect(page.contains("đăng ký muộn") && page.contains("Đường kiệt hẹp"))

            // The drive's page: Tứ Hạ registered late, Hương Toàn is missing.
            let drivePage = try await coordinator.get("/dan-van-kheo/dot-dang-ky/\(drive.id!)").body.string
            #expect(drivePage.contains("Đăng ký muộn") && drivePage.contains("Quá hạn, chưa đăng ký") && drivePage.contains("Xã Hương Toàn"))

            // The same name without diacritics in the same commune is refused; a similar name is listed before saving.
            let duplicate = try await officer.post("/dan-van-kheo/dang-ky", form: Self.form(unit: "19900", name: "hien dat mo rong duong kiet"))
            #expect(duplicate.status == .unprocessableEntity && duplicate.body.string.contains("không đăng ký trùng"))
            let similar = try await officer.post("/dan-van-kheo/dang-ky", form: Self.form(unit: "19900", name: "Vận động hiến đất mở rộng đường"))
            #expect(similar.status == .unprocessableEntity && similar.body.string.contains("Mô hình tương tự trên cùng địa bàn"))
            #expect(similar.body.string.contains("Vận động hiến đất mở rộng đường"))  // what was typed is kept
            let confirmed = try await officer.post(
                "/dan-van-kheo/dang-ky",
                form: Self.form(
                    unit: "19900", name: "Vận động hiến đất mở rộng đường",
                    extra: ["khac_mo_hinh": "1"]))
            #expect(confirmed.status == .seeOther)
            // Outside the officer's subtree: refused.
            let outside = try await officer.post("/dan-van-kheo/dang-ky", form: Self.form(unit: "19901", name: "Tổ tự quản an ninh"))
            #expect(outside.status == .unprocessableEntity)
            #expect(try await Exemplar.query(on: app.db).count() == 2)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "exemplar").filter(\.$action == "create").count()
            #expect(audit == 2)
        }
    }

    @Test func theLifecycleRunsToDistrictRecognitionAndReplication() async throws {
        try await withTestApp { app in
            try await Self.seed(app)
            var officer = Browser(app)
            try await officer.login("canbo.tuha")
            _ = try await officer.post(
                "/dan-van-kheo/dang-ky",
                form: Self.form(
                    unit: "19900", name: "Hiến đất mở rộng đường kiệt",
                    extra: ["kind": "dien_hinh", "person_name": "Ông Nguyễn Văn Hiến"]))
            let exemplar = try #require(try await Exemplar.query(on: app.db).first())
            let show = "/dan-van-kheo/\(exemplar.id!)"
            let today = TestClock.today.vietnamese
            // An update before launch is refused; launch, then an update with a photo.
            #expect(try await officer.post(show + "/buoc", form: ["step": "trien_khai", "on_date": today]).status == .seeOther)
            _ = try await officer.get(show)
            let update = try await Self.postFile(
                officer, show + "/cap-nhat",
                fields: [
                    ("reported_on", today), ("households", "45"), ("money_vnd", "120.000.000"), ("land_m2", "850"),
                    ("cases_settled", "0"), ("note", "Hoàn thành 1 km")
                ], fileName: "anh.png", file: Self.png)
            #expect(update.status == .seeOther)
            let stored = try #require(try await ExemplarFile.query(on: app.db).first())
            #expect(stored.contentType == "image/png" && stored.fileName == "anh.png")
            // Re-encoded without its metadata when vipsthumbnail is installed; kept as checked when it is not.
            let kept = try app.fileStore.read(stored.fileHash)
            #expect(ExemplarFileRules.sniff(kept) == .png && stored.sizeBytes == kept.count)
            #expect((kept.range(of: Data("16.4637".utf8)) == nil) == ExemplarImages.isAvailable)
            // A script named .png is refused by its content; nothing is saved.
            _ = try await officer.get(show)
            let refusedFile = try await Self.postFile(
                officer, show + "/cap-nhat", fields: [("reported_on", today), ("households", "17")],
                fileName: "x.png", file: Data("<script>alert(1)</script>".utf8))
            #expect(try await ExemplarUpdate.query(on: app.db).count() == 1)
            #expect(refusedFile.status == .unsupportedMediaType && refusedFile.body.string.contains("Chỉ nhận ảnh JPEG, PNG hoặc tài liệu PDF."))
            #expect(refusedFile.body.string.contains(#"name="households" value="17""#))  // what was typed is kept
            let page = try await officer.get(show).body.string
            #expect(page.contains("45 hộ tham gia") && page.contains("120.000.000 đồng") && page.contains("/dan-van-kheo/tep/\(stored.id!)"))
            #expect(try await officer.get("/dan-van-kheo/tep/\(stored.id!)").headers.first(name: .contentType) == "image/png")

            // Review as good; the ward cannot recognise at the district's level, the district can.
            _ = try await officer.post(show + "/buoc", form: ["step": "ra_soat:tot", "on_date": today, "review_note": "Hiệu quả"])
            let above = try await officer.post(show + "/cong-nhan", form: ["level": "huyen", "decision_number": "12/QĐ-UBND", "decision_date": today])
            #expect(above.status == .unprocessableEntity && above.body.string.contains("đơn vị của bạn chỉ công nhận đến cấp xã"))
            #expect(above.body.string.contains(#"value="12/QĐ-UBND""#))
            var district = Browser(app)
            try await district.login("noivu.huongtra")
            _ = try await district.get(show)
            _ = try await district.post(show + "/cong-nhan", form: ["level": "tinh", "decision_number": "1/QĐ", "decision_date": today])
            #expect(try await ExemplarRecognition.query(on: app.db).count() == 0)
            _ = try await district.post(show + "/cong-nhan", form: ["level": "huyen", "decision_number": "125/QĐ-UBND", "decision_date": today])
            let recognised = try #require(try await Exemplar.find(exemplar.id!, on: app.db))
            #expect(recognised.status == .recognised && recognised.level == .district)

            // Another commune replicates it, finding the original by name without diacritics.
            var other = Browser(app)
            try await other.login("canbo.huongtoan")
            _ = try await other.get("/dan-van-kheo/dang-ky")
            let copy = try await other.post(
                "/dan-van-kheo/dang-ky",
                form: Self.form(
                    unit: "19901", name: "Hiến đất làm đường liên thôn Hương Toàn",
                    extra: ["replicates": "hien dat mo rong duong kiet"]))
            #expect(copy.status == .seeOther)
            let replication = try #require(try await Exemplar.query(on: app.db).filter(\.$replicates.$id == exemplar.id!).first())
            #expect(replication.$unit.id == (try await Fixtures.unit("19901", on: app)).id)
            #expect(try await Exemplar.find(exemplar.id!, on: app.db)?.status == .replicated)
            let original = try await other.get(show).body.string
            #expect(original.contains("Hiến đất làm đường liên thôn Hương Toàn") && original.contains("<svg"))
            // The person is named inside the ward's tree only: not to Hương Toàn, which did not get consent.
            #expect(!original.contains("Ông Nguyễn Văn Hiến"))
            #expect(try await district.get(show).body.string.contains("Ông Nguyễn Văn Hiến"))
            let history = try await ExemplarTransition.query(on: app.db).filter(\.$exemplar.$id == exemplar.id!).all().map(\.step)
            #expect(history == ["dang_ky", "trien_khai", "ra_soat", "cong_nhan", "nhan_rong"])

            // The public showcase, without an account: found without diacritics, photo shown, person not named.
            var visitor = Browser(app)
            let list = try await visitor.get("/cong-dan/dan-van-kheo?q=duong%20kiet").body.string
            #expect(list.contains("Hiến đất mở rộng đường kiệt") && !list.contains("liên thôn Hương Toàn"))
            let shown = try await visitor.get("/cong-dan/dan-van-kheo/\(exemplar.id!)")
            #expect(shown.status == .ok && shown.body.string.contains("/cong-dan/dan-van-kheo/anh/\(stored.id!)"))
            #expect(!shown.body.string.contains("Ông Nguyễn Văn Hiến"))
            #expect(shown.body.string.contains("Ủy ban nhân dân phường Tứ Hạ"))  // who runs the page
            #expect(try await visitor.get("/cong-dan/dan-van-kheo/anh/\(stored.id!)").status == .ok)
            #expect(try await visitor.get("/cong-dan/dan-van-kheo/\(replication.id!)").status == .notFound)

            // Counts for the district and the year, and the export.
            let counts = try await district.get("/dan-van-kheo/thong-ke?nam=\(TestClock.today.year)").body.string
            #expect(counts.contains("Tổng số: 2"))
            // One commune's subtree, the unit typed by name without diacritics.
            #expect(
                try await district.get("/dan-van-kheo/thong-ke?nam=\(TestClock.today.year)&don_vi=huong%20toan").body.string.contains("Tổng số: 1"))
            let filtered = try await district.get("/dan-van-kheo?don_vi=phuong%20tu%20ha").body.string
            #expect(filtered.contains("Hiến đất mở rộng đường kiệt") && !filtered.contains("liên thôn Hương Toàn"))
            #expect(try await district.get("/dan-van-kheo?don_vi=khong%20co%20dau").body.string.contains("Không tìm thấy đơn vị"))
            let xlsx = try await district.get("/dan-van-kheo/thong-ke.xlsx")
            #expect(xlsx.status == .ok && xlsx.headers.first(name: .contentType)?.contains("spreadsheetml") == true)
            // The year's list of recognised models, as a Nghị định 30 document for the recognition decision.
            let docx = try await district.get("/dan-van-kheo/cong-nhan.docx?nam=\(TestClock.today.year)")
            #expect(docx.status == .ok)
            let xml = try ConsolidationExportTests.part(Data(buffer: docx.body), "word/document.xml")
            #expect(xml.contains("Hiến đất mở rộng đường kiệt") && xml.contains("125/QĐ-UBND") && xml.contains("CẤP HUYỆN"))
            #expect(!xml.contains("Ông Nguyễn Văn Hiến") && !xml.contains("liên thôn Hương Toàn"))
            // Stopping keeps the history; nothing moves after.
            _ = try await district.post(show + "/buoc", form: ["step": "ra_soat:dung", "on_date": today])
            _ = try await district.post(show + "/buoc", form: ["step": "trien_khai", "on_date": today])
            #expect(try await Exemplar.find(exemplar.id!, on: app.db)?.status == .stopped)
            #expect(try await ExemplarTransition.query(on: app.db).filter(\.$exemplar.$id == exemplar.id!).count() == 6)
        }
    }

    @Test func theAPIRegistersUpdatesRecognisesAndListsReplications() async throws {
        try await withTestApp { app in
            try await Self.seed(app)
            let ward = try await Fixtures.unit("19900", on: app)
            var officer = Browser(app)
            let token = try await officer.apiToken(for: "canbo.tuha")
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            let body =
                #"""
                {"unit_id":\#(ward.id!),"kind":"mo_hinh","field":"kinh_te","name":"Tổ hợp tác trồng rau sạch","problem":"Rau không rõ nguồn\#
                 gốc","goals":"20 hộ","methods":"Hội Nông dân vận động"}
                """#
            var id = 0
            try await app.testing().test(.POST, "/api/v1/exemplars", headers: headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .created)
                struct Created: Decodable {
                    let id: Int
                    let status: String
                }
                let created = try JSONDecoder().decode(Created.self, from: Data(buffer: response.body))
                id = created.id
                #expect(created.status == "dang_ky")
            }
            try await app.testing().test(.POST, "/api/v1/exemplars", headers: headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .unprocessableEntity && response.body.string.contains("\"code\":\"duplicate_registration\""))
            }
            try await app.testing().test(
                .POST, "/api/v1/exemplars/\(id)/updates", headers: headers,
                body: ByteBuffer(string: #"{"reported_on":"\#(TestClock.today.iso)","households":20}"#)
            ) { response in
                #expect(response.status == .unprocessableEntity && response.body.string.contains("\"code\":\"not_launched\""))
            }
            let exemplar = try #require(try await Exemplar.find(id, on: app.db))
            let user = try await UserLookup.find("canbo.tuha", on: app.db)
            try await ExemplarService.step(exemplar, .launch, on: TestClock.today, note: "", actor: .user(user, at: TestClock.now), on: app.db)
            try await ExemplarService.step(exemplar, .review(.good), on: TestClock.today, note: "", actor: .user(user, at: TestClock.now), on: app.db)
            try await app.testing().test(
                .POST, "/api/v1/exemplars/\(id)/updates", headers: headers,
                body: ByteBuffer(string: #"{"reported_on":"\#(TestClock.today.iso)","households":20,"money_vnd":5000000}"#)
            ) { response in
                #expect(response.status == .created && response.body.string.contains("\"money_vnd\":5000000"))
            }
            try await app.testing().test(
                .POST, "/api/v1/exemplars/\(id)/recognitions", headers: headers,
                body: ByteBuffer(string: #"{"level":"huyen","decision_number":"1/QĐ","decision_date":"\#(TestClock.today.iso)"}"#)
            ) { response in
                #expect(response.status == .unprocessableEntity && response.body.string.contains("\"code\":\"level_above_recogniser\""))
            }
            try await app.testing().test(
                .POST, "/api/v1/exemplars/\(id)/recognitions", headers: headers,
                body: ByteBuffer(string: #"{"level":"xa","decision_number":"1/QĐ","decision_date":"\#(TestClock.today.iso)"}"#)
            ) { response in
                #expect(response.status == .created)
            }
            try await app.testing().test(.GET, "/api/v1/exemplars?search=rau%20sach", headers: headers) { response in
                #expect(response.status == .ok && response.body.string.contains("\"total\":1") && response.body.string.contains("\"level\":\"xa\""))
            }
            try await app.testing().test(.GET, "/api/v1/exemplars/\(id)/replications", headers: headers) { response in
                #expect(response.status == .ok && response.body.string == "[]")
            }
        }
    }

    @Test func aUnitsFirstReportDraftCountsTheRegistry() async throws {
        try await withTestApp { app in
            try await Self.seed(app)
            let ward = try await Fixtures.unit("19900", on: app)
            let town = try await Fixtures.unit("480", on: app)
            let officer = try #require(try await User.query(on: app.db).filter(\.$username == "canbo.tuha").with(\.$unit).first())
            let actor = Actor.user(officer, at: TestClock.now)
            for name in ["Hiến đất làm đường", "Tổ tự quản an ninh trật tự"] {
                var draft = ExemplarService.Draft()
                draft.unitID = ward.id
                draft.kind = "mo_hinh"
                draft.field = "kinh_te"
                draft.name = name
                draft.problem = "Vấn đề"
                draft.goals = "Mục tiêu"
                draft.methods = "Cách làm"
                let exemplar = try await ExemplarService.register(draft, actor: actor, user: officer, on: app.db)
                try await ExemplarService.step(exemplar, .launch, on: TestClock.today, note: "", actor: actor, on: app.db)
                try await ExemplarService.step(exemplar, .review(.good), on: TestClock.today, note: "", actor: actor, on: app.db)
                if name.hasPrefix("Hiến") {
                    _ = try await ExemplarService.recognise(
                        exemplar, level: .commune, by: ward, decisionNumber: "5/QĐ", decisionDate: TestClock.today,
                        actor: actor, on: app.db)
                }
            }
            // A model of Đà Nẵng, the other root of this tree: Huế's counts, read from its root, leave it out.
            let danang = try #require(try await User.query(on: app.db).filter(\.$username == "admin.danang").with(\.$unit).first())
            var other = ExemplarService.Draft()
            other.unitID = (try await Fixtures.unit("490", on: app)).id
            other.kind = "mo_hinh"
            other.field = "kinh_te"
            other.name = "Mô hình Hải Châu"
            other.problem = "Vấn đề"
            other.goals = "Mục tiêu"
            other.methods = "Cách làm"
            _ = try await ExemplarService.register(other, actor: .user(danang, at: TestClock.now), user: danang, on: app.db)
            let hue = try await Fixtures.unit("46", on: app)
            #expect(try await ExemplarCounts.load(scopePath: hue.path, year: nil, on: app.db).total == 2)
            let plan = Plan(
                unitID: town.id!, number: "3/KH-UBND", year: TestClock.today.year, issuedOn: TestClock.today.adding(days: -60).iso,
                title: "Dân vận chính quyền", purposes: "", status: .issued)
            try await plan.create(on: app.db)
            let schedule = ReportSchedule(
                planID: plan.id!, period: "monthly", dueRule: "day_of_month:15", dueText: "ngày 15 hằng tháng",
                reporters: "các xã, phường", receiver: "UBND thị xã")
            schedule.$template.id = try await ReportTemplate.query(on: app.db).sort(\.$id).first()!.id
            try await schedule.create(on: app.db)
            let request = ReportRequest()
            request.$schedule.id = schedule.id!
            request.$unit.id = ward.id!
            request.$receiver.id = town.id!
            request.periodKey = "ky-nay"
            request.periodLabel = "Kỳ này"
            request.cutoffStart = TestClock.today.adding(days: -10).iso
            request.cutoffEnd = TestClock.today.adding(days: 10).iso
            request.dueOn = TestClock.today.adding(days: 15).iso
            request.status = .pending
            try await request.create(on: app.db)
            var browser = Browser(app)
            try await browser.login("canbo.tuha")
            let page = try await browser.get("/bao-cao/yeu-cau/\(request.id!)").body.string
            #expect(page.contains(#"name="so_lieu[dvk_dang_ky]" value="2""#), "two models registered in the period")
            #expect(page.contains(#"name="so_lieu[dvk_cong_nhan]" value="1""#), "one recognised in the period")
        }
    }
    /// The registry list read as plain rows: newest year first, then newest registration; the total counts the filter;
    /// a replication shows its original's name; search ignores diacritics; the subtree holds; a page past the end is empty.
    @Test func theListReadsPlainRowsInOrderWithItsTotal() async throws {
        try await withTestApp { app in
            try await Self.seed(app)
            let tuHa = try await Fixtures.unit("19900", on: app)
            let huongToan = try await Fixtures.unit("19901", on: app)
            let year = TestClock.today.year
            func make(_ name: String, unit: OrgUnit, year: Int, status: ExemplarStatus = .registered, replicates: Int? = nil) async throws -> Exemplar
            {
                let exemplar = Exemplar()
                exemplar.$unit.id = unit.id!
                exemplar.kind = .model
                exemplar.field = .cultureSociety
                exemplar.subTopic = ""
                exemplar.setText(name: name, problem: "Thực trạng", goals: "Mục tiêu", methods: "Cán bộ gương mẫu đi trước")
                exemplar.place = ""
                exemplar.forces = ""
                exemplar.resources = ""
                exemplar.outputs = ""
                exemplar.sustainability = ""
                exemplar.personName = ""
                exemplar.personConsent = false
                exemplar.status = status
                exemplar.year = year
                exemplar.registeredOn = CivilDate(year: year, month: 3, day: 1)!.iso
                exemplar.isLate = false
                exemplar.$replicates.id = replicates
                exemplar.createdBy = "test"
                try await exemplar.create(on: app.db)
                return exemplar
            }
            let old = try await make("Tổ tự quản đường hoa", unit: tuHa, year: year - 2, status: .recognised)
            _ = try await make("Bữa cơm nghĩa tình", unit: tuHa, year: year)
            _ = try await make("Đường hoa nhân rộng", unit: huongToan, year: year - 1, replicates: old.id)
            _ = try await make("Hiến đất làm đường", unit: tuHa, year: year)
            var filter = ExemplarQuery.Filter()
            filter.scopePath = try await Fixtures.unit("480", on: app).path
            let all = try await ExemplarQuery.listRows(filter, page: PageParams(page: 1, per: 50), on: app.db)
            #expect(all.rows.map(\.name) == ["Hiến đất làm đường", "Bữa cơm nghĩa tình", "Đường hoa nhân rộng", "Tổ tự quản đường hoa"])
            #expect(all.metadata.total == 4)
            #expect(all.rows[2].original_name == "Tổ tự quản đường hoa" && all.rows[2].unit_name == huongToan.name)
            let second = try await ExemplarQuery.listRows(filter, page: PageParams(page: 2, per: 3), on: app.db)
            #expect(second.rows.map(\.name) == ["Tổ tự quản đường hoa"] && second.metadata.total == 4)
            let past = try await ExemplarQuery.listRows(filter, page: PageParams(page: 3, per: 3), on: app.db)
            #expect(past.rows.isEmpty && past.metadata.total == 4)
            filter.text = "duong hoa"
            let found = try await ExemplarQuery.listRows(filter, page: PageParams(page: 1, per: 50), on: app.db)
            #expect(found.rows.map(\.name) == ["Đường hoa nhân rộng", "Tổ tự quản đường hoa"] && found.metadata.total == 2)
            filter.text = ""
            filter.status = .recognised
            #expect(
                try await ExemplarQuery.listRows(filter, page: PageParams(page: 1, per: 50), on: app.db).rows.map(\.name) == ["Tổ tự quản đường hoa"])
            filter.status = nil
            filter.scopePath = huongToan.path
            #expect(
                try await ExemplarQuery.listRows(filter, page: PageParams(page: 1, per: 50), on: app.db).rows.map(\.name) == ["Đường hoa nhân rộng"])
            // The page itself, as the town's coordinator.
            var coordinator = Browser(app)
            try await coordinator.login("noivu.huongtra")
            let page = try await coordinator.get("/dan-van-kheo?q=duong%20hoa").body.string
            #expect(page.contains("Đường hoa nhân rộng") && page.contains("Tổ tự quản đường hoa") && !page.contains("Bữa cơm nghĩa tình"))
            // The counts agree with the list.
            let counts = try await ExemplarCounts.load(scopePath: try await Fixtures.unit("480", on: app).path, year: nil, on: app.db)
            #expect(counts.total == 4 && counts.byStatus[.recognised] == 1 && counts.byStatus[.registered] == 3)
        }
    }
}
