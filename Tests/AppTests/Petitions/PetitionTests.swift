import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct PetitionTests {
    /// The statistics' default period is this year so far, which misses cases received a few days ago on 1 January.
    static let lastThirtyDays = "tu=\(TestClock.today.adding(days: -30).vietnamese)&den=\(TestClock.today.vietnamese)"

    /// A visitor without a session opening one page.
    private func anonymousGet(_ app: Application, _ path: String) async throws -> TestingHTTPResponse {
        var visitor = Browser(app)
        return try await visitor.get(path)
    }

    /// Sends the public form as a citizen would and returns the tracking page it leads to.
    private func filePublicly(_ app: Application, _ citizen: inout Browser, fields: [String: String]) async throws -> TestingHTTPResponse {
        let town = try await Fixtures.unit("480", on: app)
        let form = try await citizen.get("/cong-dan/gui-don")
        #expect(form.status == .ok)
        var all = [
            "unit_id": String(town.id!), "kind": "kien_nghi", "subject": "Đèn đường tổ 5 bị hỏng",
            "content": "Đèn đường ở tổ 5 hỏng đã hai tháng.", "citizen_name": "Hồ Thị Riêng Tư", "citizen_phone": "0905111222", "website": ""
        ]
        all.merge(fields) { $1 }
        return try await citizen.post("/cong-dan/gui-don", form: all)
    }

    @Test func aPublicPetitionIsTrackedThroughToItsAnswer() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            var citizen = Browser(app)
            let sent = try await filePublicly(app, &citizen, fields: [:])
            #expect(sent.status == .seeOther)
            let location = try #require(sent.headers.first(name: .location))
            let tracking = try await citizen.get(location).body.string
            let petition = try #require(try await Petition.query(on: app.db).first())
            #expect(tracking.contains(petition.trackingCode))
            #expect(tracking.contains("Cơ quan đã nhận đơn của bạn"))
            #expect(!tracking.contains("Hồ Thị Riêng Tư") && !tracking.contains("0905111222"))
            #expect(petition.channel == .web && petition.status == .received)

            var inspector = Browser(app)
            try await inspector.login("thanhtra")
            #expect(try await inspector.get("/don-thu").body.string.contains(petition.trackingCode))
            let page = try await inspector.get("/don-thu/\(petition.id!)").body.string
            #expect(page.contains("Hồ Thị Riêng Tư"))
            #expect(page.contains("Thông tư 05/2021/TT-TTCP"))
            let base = "/don-thu/\(petition.id!)"
            _ = try await inspector.post(base + "/phan-loai", form: ["kinds[]": "kien_nghi", "field": "khac", "competence": "true", "unit": "480"])
            _ = try await inspector.post(base + "/thu-ly", form: ["date": TestClock.today.vietnamese])
            _ = try await inspector.post(base + "/bat-dau", form: [:])
            _ = try await inspector.post(
                base + "/giai-quyet",
                form: [
                    "date": TestClock.today.vietnamese,
                    "resolution": "Đã thay bóng đèn ngày 05/3.", "publish": "true"
                ])
            let resolved = try #require(try await Petition.find(petition.id, on: app.db))
            #expect(resolved.status == .resolved)
            #expect(resolved.dueOn == nil)
            let after = try await anonymousGet(app, "/cong-dan/tra-cuu?ma=" + petition.trackingCode.lowercased()).body.string
            #expect(after.contains("Đơn đã được giải quyết."))
            #expect(after.contains("Đã thay bóng đèn ngày 05/3."))
            let events = try await PetitionEvent.query(on: app.db).filter(\.$petition.$id == petition.id!).count()
            #expect(events == 5)
        }
    }

    @Test func robotsAndFloodsAreTurnedAway() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            var robot = Browser(app)
            let trap = try await filePublicly(app, &robot, fields: ["website": "http://spam.example"])
            #expect(trap.status == .unprocessableEntity)
            #expect(trap.body.string.contains("Đơn chưa được gửi"))
            app.petitionRules.minimumFillSeconds = 60
            #expect(try await filePublicly(app, &robot, fields: [:]).status == .unprocessableEntity)
            #expect(try await Petition.query(on: app.db).count() == 0)

            app.petitionRules.lookupsPerTenMinutes = 3
            var visitor = Browser(app)
            for _ in 0..<3 { #expect(try await visitor.get("/cong-dan/tra-cuu?ma=DV-22222-22222").status == .ok) }
            #expect(try await visitor.get("/cong-dan/tra-cuu?ma=DV-22222-22222").status == .tooManyRequests)
        }
    }

    @Test func unknownAndMalformedCodesGetTheSameAnswer() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let unknown = try await anonymousGet(app, "/cong-dan/tra-cuu?ma=DV-22222-22222").body.string
            let malformed = try await anonymousGet(app, "/cong-dan/tra-cuu?ma=hello").body.string
            #expect(unknown.contains("Không tìm thấy đơn với mã này"))
            #expect(malformed.contains("Không tìm thấy đơn với mã này"))
            try await app.testing().test(.GET, "/api/v1/public/petitions/DV-22222-22222") { response in
                #expect(response.status == .notFound)
                #expect(response.body.string.contains("\"code\":\"not_found\""))
            }
        }
    }

    @Test func aUnitOfficerCannotOpenADenouncersIdentity() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let denunciation = try await Fixtures.petition(app, kinds: [.denunciation], unitCode: "19900", citizen: "Người Tố Cáo Bí Mật")
            var officer = Browser(app)
            try await officer.login("canbo.tuha")
            let hidden = try await officer.get("/don-thu/\(denunciation.id!)")
            #expect(hidden.status == .ok)
            #expect(!hidden.body.string.contains("Người Tố Cáo Bí Mật"))
            #expect(!hidden.body.string.contains("046090001234"))
            #expect(hidden.body.string.contains("Danh tính người tố cáo được giữ bí mật"))

            var inspector = Browser(app)
            try await inspector.login("thanhtra")
            #expect(try await inspector.get("/don-thu/\(denunciation.id!)").body.string.contains("Người Tố Cáo Bí Mật"))
            let views = try await AuditEntry.query(on: app.db).filter(\.$entity == "petition").filter(\.$action == "view").all()
            #expect(Set(views.map(\.username)) == ["canbo.tuha", "thanhtra"])

            // The officer cannot grant it to themselves; the inspectorate can.
            _ = try await officer.post("/don-thu/\(denunciation.id!)/cho-xem-danh-tinh", form: [:])
            #expect(!(try await officer.get("/don-thu/\(denunciation.id!)").body.string.contains("Người Tố Cáo Bí Mật")))
            _ = try await inspector.post("/don-thu/\(denunciation.id!)/cho-xem-danh-tinh", form: [:])
            #expect(try await officer.get("/don-thu/\(denunciation.id!)").body.string.contains("Người Tố Cáo Bí Mật"))
        }
    }

    @Test func personalDataStaysWithTheInspectorateAndTheAssignedUnit() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let complaint = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "19900")
            var leader = Browser(app)
            try await leader.login("lanhdao")
            let page = try await leader.get("/don-thu/\(complaint.id!)").body.string
            #expect(page.contains(complaint.subject))
            #expect(!page.contains("Nguyễn Văn Dân"))
            var officer = Browser(app)
            try await officer.login("canbo")  // Phòng Nội vụ: outside the commune's subtree
            #expect(try await officer.get("/don-thu/\(complaint.id!)").status == .forbidden)
        }
    }

    @Test func impossibleDatesAndSkippedStepsAreRefused() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let complaint = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "480", daysAgo: 3)
            var inspector = Browser(app)
            try await inspector.login("thanhtra")
            let base = "/don-thu/\(complaint.id!)"
            _ = try await inspector.post(base + "/thu-ly", form: ["date": TestClock.today.vietnamese])
            #expect(try await inspector.get(base).body.string.contains("Không thể chuyển đơn từ trạng thái"))
            _ = try await inspector.post(base + "/phan-loai", form: ["kinds[]": "khieu_nai", "field": "dat_dai", "competence": "true", "unit": "480"])
            let early = TestClock.today.adding(days: -10).vietnamese
            _ = try await inspector.post(base + "/thu-ly", form: ["date": early])
            #expect(try await inspector.get(base).body.string.contains("không thể trước ngày nhận đơn"))
            let unchanged = try #require(try await Petition.find(complaint.id, on: app.db))
            #expect(unchanged.status == .classified)
            #expect(unchanged.acceptedOn == nil)
        }
    }

    @Test func scriptInjectionIsEscapedEverywhere() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            var citizen = Browser(app)
            let attack = "<script>alert(1)</script>"
            let quoteAttack = "\"><img src=x onerror=alert(2)>"
            // A form returned with errors re-shows what was typed inside attribute values.
            let invalid = try await filePublicly(app, &citizen, fields: ["subject": "", "citizen_name": quoteAttack]).body.string
            #expect(invalid.contains("Vui lòng nhập tóm tắt nội dung đơn."))
            #expect(!invalid.contains(quoteAttack))
            #expect(invalid.contains("&quot;&gt;&lt;img"))
            let sent = try await filePublicly(app, &citizen, fields: ["subject": attack, "content": attack, "citizen_name": quoteAttack])
            #expect(sent.status == .seeOther)
            let petition = try #require(try await Petition.query(on: app.db).first())
            var inspector = Browser(app)
            try await inspector.login("thanhtra")
            for page in [try await inspector.get("/don-thu").body.string, try await inspector.get("/don-thu/\(petition.id!)").body.string] {
                #expect(!page.contains(attack))
                #expect(!page.contains("<img src=x"))
                #expect(page.contains("&lt;script&gt;"))
            }
        }
    }

    @Test func workListsFindOverdueAndMassCases() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let town = try await Fixtures.unit("480", on: app)
            let old = try await Fixtures.petition(app, kinds: [.denunciation], unitCode: "480", subject: "Tố cáo sai phạm đất công", daysAgo: 90)
            let fresh = try await Fixtures.petition(
                app, kinds: [.complaint], unitCode: "480", subject: "Khiếu nại mức hỗ trợ tái định cư", daysAgo: 1)
            let rules = app.petitionRules
            try await PetitionWorkflow.classify(
                old,
                .init(
                    kinds: [.denunciation], instance: .first, field: "dat_dai", inCompetence: true, flags: [],
                    unitID: town.id!), actor: .commandLine(at: TestClock.now), rules: rules, on: app.db)
            try await PetitionWorkflow.accept(
                old, on: TestClock.today.adding(days: -80), actor: .commandLine(at: TestClock.now), rules: rules, on: app.db)
            try await PetitionWorkflow.classify(
                fresh,
                .init(
                    kinds: [.complaint], instance: .first, field: "boi_thuong_gpmb_tdc", inCompetence: true,
                    flags: [.mass, .overLevel], unitID: town.id!), actor: .commandLine(at: TestClock.now), rules: rules, on: app.db)
            var inspector = Browser(app)
            try await inspector.login("thanhtra")
            let overdue = try await inspector.get("/don-thu?ds=qua-han").body.string
            #expect(overdue.contains(old.trackingCode) && !overdue.contains(fresh.trackingCode))
            #expect(overdue.contains("Quá hạn"))
            let mass = try await inspector.get("/don-thu?ds=dong-nguoi-vuot-cap").body.string
            #expect(mass.contains(fresh.trackingCode) && !mass.contains(old.trackingCode))
            let search = try await inspector.get("/don-thu?q=tai%20dinh%20cu").body.string
            #expect(search.contains(fresh.trackingCode) && !search.contains(old.trackingCode))

            // A recorded extension moves the due date by 30 days; a third is refused.
            let due = try #require(old.resolveDue.flatMap(CivilDate.init(iso:)))
            _ = try await inspector.post("/don-thu/\(old.id!)/gia-han", form: ["decision": "12/QĐ-UBND", "date": TestClock.today.vietnamese])
            let extended = try #require(try await Petition.find(old.id, on: app.db))
            #expect(extended.extensions == 1)
            #expect(CivilDate(iso: extended.resolveDue!)! >= due.adding(days: 30))
        }
    }

    @Test func searchFindsEveryWordWithinScope() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let town = try await Fixtures.unit("480", on: app)
            let danang = try await Fixtures.unit("48", on: app)
            let mine = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "480", subject: "Khiếu nại mức hỗ trợ,tái định cư")
            let other = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "480", subject: "Đề nghị sửa đường thôn Đông")
            let elsewhere = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "48", subject: "Khiếu nại mức hỗ trợ tái định cư")
            func found(_ text: String, in unit: OrgUnit, list: PetitionQuery.WorkList = .all) async throws -> [Int] {
                try await PetitionQuery.page(
                    .init(scopePath: unit.path, list: list, search: text, today: TestClock.today), page: .init(page: 1, per: 50), on: app.db
                )
                .rows.map(\.id)
            }
            // Every word, in any order, with or without diacritics and punctuation; only within the scope.
            #expect(try await found("dinh cu, TÁI", in: town) == [mine.id!])
            #expect(try await found("hỗ trợ tái định cư", in: danang) == [elsewhere.id!])
            #expect(try await found("tai dinh cu thon", in: town).isEmpty)
            #expect(try await found("thôn", in: town) == [other.id!])
            #expect(
                try await PetitionQuery.page(
                    .init(scopePath: "/", search: "khieu nai", today: TestClock.today), page: .init(page: 1, per: 50), on: app.db
                )
                .rows.map(\.id) == [elsewhere.id!, mine.id!])
            let pastTheEnd = try await PetitionQuery.page(
                .init(scopePath: "/", search: "khieu nai", today: TestClock.today), page: .init(page: 3, per: 1), on: app.db)
            #expect(pastTheEnd.rows.isEmpty && pastTheEnd.metadata.total == 2)
            // Routed to Đà Nẵng, the case leaves Hương Trà's results and joins Đà Nẵng's, in a work list too.
            try await PetitionWorkflow.classify(
                mine,
                .init(
                    kinds: [.complaint], instance: .first, field: "dat_dai", inCompetence: true,
                    flags: [.mass], unitID: danang.id!), actor: .commandLine(at: TestClock.now), rules: app.petitionRules, on: app.db)
            #expect(try await found("tai dinh cu", in: town).isEmpty)
            #expect(try await found("tai dinh cu", in: danang, list: .massOrOverLevel) == [mine.id!])
            #expect(try await found("tai dinh cu", in: danang) == [elsewhere.id!, mine.id!].sorted(by: >))
        }
    }

    @Test func similarSubjectsAreSuggestedAsDuplicatesWhateverTheirPunctuation() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let town = try await Fixtures.unit("480", on: app)
            // Three different citizens, so only the subject can make a case look like another.
            func file(_ subject: String, citizen: String, phone: String) async throws -> Petition {
                try await PetitionService.create(
                    .init(
                        channel: .post, receivedOn: TestClock.today.adding(days: -2), subject: subject, content: "Nội dung.",
                        citizenName: citizen, citizenAddress: "Tổ 5", citizenPhone: phone, citizenIDNumber: "", peopleCount: 1,
                        kinds: [.complaint], unitID: town.id, isAnonymous: false),
                    actor: .commandLine(at: TestClock.now), rules: app.petitionRules, on: app.db)
            }
            let first = try await file("Khiếu nại mức bồi thường, hỗ trợ", citizen: "Trần Văn A", phone: "0905000001")
            _ = try await file("Phản ánh đèn đường hỏng", citizen: "Lê Thị B", phone: "0905000002")
            let second = try await file("Mức bồi thường,hỗ trợ", citizen: "Nguyễn Văn C", phone: "0905000003")
            let inspector = try await UserLookup.find("thanhtra", on: app.db)
            try await inspector.$unit.load(on: app.db)
            let suggested = try await PetitionQuery.possibleDuplicates(of: second, unit: town, viewer: inspector, scopePath: town.path, on: app.db)
                .map { $0.petition.id! }
            #expect(suggested == [first.id!])
        }
    }

    @Test func theWholeListIsNewestFirstAcrossTheLastMonth() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let town = try await Fixtures.unit("480", on: app)
            var made: [(Int, Int)] = []
            for daysAgo in [3, 200, 1, 40, 10] {
                made.append((daysAgo, try await Fixtures.petition(app, kinds: [.feedback], unitCode: "480", daysAgo: daysAgo).id!))
            }
            let expected = made.sorted { $0.0 < $1.0 }.map(\.1)
            var shown: [Int] = []
            for number in 1...3 {
                let page = try await PetitionQuery.page(
                    .init(scopePath: town.path, today: TestClock.today), page: .init(page: number, per: 2), on: app.db)
                #expect(page.metadata.total == 5)
                shown += page.rows.map(\.id)
            }
            // Pages 1 and 2 begin within the last month; page 2 runs past it, page 3 is older cases only.
            #expect(shown == expected)
        }
    }

    @Test func theAPIHidesPersonalDataItMayNotShow() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let denunciation = try await Fixtures.petition(app, kinds: [.denunciation], unitCode: "19900", citizen: "Người Tố Cáo Bí Mật")
            var officer = Browser(app)
            try await officer.login("canbo.tuha")
            _ = try await officer.get("/tai-khoan")
            _ = try await officer.post("/tai-khoan/khoa-api", form: ["name": "Kiểm thử"])
            let account = try await officer.get("/tai-khoan").body.string
            let token = String(account[try #require(account.range(of: #"dv_[A-Za-z0-9]{40}"#, options: .regularExpression))])
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            try await app.testing().test(.GET, "/api/v1/petitions/\(denunciation.id!)", headers: headers) { response in
                #expect(response.status == .ok)
                #expect(!response.body.string.contains("Người Tố Cáo Bí Mật"))
                #expect(!response.body.string.contains("\"citizen\""))
            }
            let tuHa = try await Fixtures.unit("19900", on: app)
            let body =
                #"{"channel":"buu_chinh","received_on":"2999-01-01","unit_id":\#(tuHa.id!),"kinds":["phan_anh"],"#
                + #""subject":"x","content":"y","citizen_name":"A"}"#
            try await app.testing().test(.POST, "/api/v1/petitions", headers: headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("\"code\":\"invalid_received_on\""))
            }
            let good = body.replacingOccurrences(of: "2999-01-01", with: TestClock.today.iso)
            try await app.testing().test(.POST, "/api/v1/petitions", headers: headers, body: ByteBuffer(string: good)) { response in
                #expect(response.status == .created)
                #expect(response.body.string.contains("\"citizen\":{"))
                #expect(response.body.string.contains("\"profile_id\":\"phan_anh/lan_dau/tt05-2021-v2\""))
            }
            try await app.testing().test(.GET, "/api/v1/petitions?list=overdue", headers: headers) { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("\"total\":0"))
            }
        }
    }

    @Test func statisticsCountPerKindAndFieldAndExportToXLSX() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let town = try await Fixtures.unit("480", on: app)
            let rules = app.petitionRules
            let today = TestClock.today
            let done = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "480", daysAgo: 2)
            try await PetitionWorkflow.classify(
                done,
                .init(
                    kinds: [.complaint], instance: .first, field: "dat_dai", inCompetence: true, flags: [],
                    unitID: town.id!), actor: .commandLine(at: TestClock.now), rules: rules, on: app.db)
            try await PetitionWorkflow.accept(done, on: today, actor: .commandLine(at: TestClock.now), rules: rules, on: app.db)
            try await PetitionWorkflow.startResolving(done, actor: .commandLine(at: TestClock.now), on: app.db)
            try await PetitionWorkflow.resolve(
                done, on: today, resolution: "Giữ nguyên quyết định.", publish: false, actor: .commandLine(at: TestClock.now), on: app.db)
            _ = try await Fixtures.petition(app, kinds: [.feedback], unitCode: "19900", daysAgo: 1)
            _ = try await Fixtures.petition(app, kinds: [.feedback], unitCode: "474", daysAgo: 1)  // another town: outside the scope

            let report = try await PetitionStatistics.report(scopePath: town.path, from: today.adding(days: -30), to: today, today: today, on: app.db)
            #expect(report.total == .init(received: 2, inCompetence: 1, accepted: 1, resolved: 1, onTime: 1, overdue: 0))
            #expect(report.byKind.map(\.0) == [.complaint, .feedback])
            #expect(report.byField.map(\.0) == ["dat_dai", "khac"])

            var inspector = Browser(app)
            try await inspector.login("thanhtra")
            let page = try await inspector.get("/don-thu/thong-ke?" + Self.lastThirtyDays).body.string
            #expect(page.contains("Loại: Khiếu nại") && page.contains("Lĩnh vực: Đất đai"))
            #expect(try await inspector.get("/don-thu/thong-ke?tu=31/02/2024&den=01/01/2024").body.string.contains("Khoảng thời gian không hợp lệ"))
            let file = try await inspector.get("/don-thu/thong-ke.xlsx?" + Self.lastThirtyDays)
            #expect(file.status == .ok)
            #expect(file.headers.contentType?.description.contains("spreadsheetml") == true)
            #expect(Array(file.body.readableBytesView.prefix(2)) == [0x50, 0x4B])  // "PK": a zip package
        }
    }
}
