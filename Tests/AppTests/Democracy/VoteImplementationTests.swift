import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Tổ chức thực hiện (issue 17, item 2): a passed hamlet vote's contributions collected and spent, a running balance,
/// spending beyond it only with a reason, and the follow-up published back to residents on the commune's public page.
@Suite struct VoteImplementationTests {
    static var today: CivilDate { TestClock.today }

    /// Tứ Hạ with one hamlet, a road contribution passed 30 days ago (128 of 180 households), and its officer signed in.
    static func setUp(_ app: Application, passed: Bool = true) async throws -> (tuHa: OrgUnit, vote: HamletVote, officer: Browser) {
        try await Fixtures.seedPetitions(app)
        let tuHa = try await Fixtures.unit("19900", on: app)
        let actor = Actor.commandLine(at: TestClock.now)
        let hamlet = try await UnitService.create(
            .init(code: "19900.T1", name: "Tổ dân phố 1", kind: .hamlet, parentID: tuHa.id, activeFrom: nil),
            actor: actor, on: app.db)
        var draft = DemocracyService.VoteDraft(hamletID: hamlet.id)
        draft.matter = HamletMatter.contribution.rawValue
        draft.subject = "Đóng góp làm đường bê tông tổ 1, 500.000 đồng/hộ"
        draft.method = VoteMethod.meeting.rawValue
        draft.heldOn = today.adding(days: -30).vietnamese
        draft.eligible = "180"
        draft.voting = "152"
        draft.inFavour = passed ? "128" : "60"
        draft.against = passed ? "24" : "92"
        let vote = try await DemocracyService.recordVote(draft, actor: actor, scopePath: "/", store: app.fileStore, on: app.db)
        var officer = Browser(app)
        try await officer.login("canbo.tuha")
        return (tuHa, vote, officer)
    }

    @Test func collectionsAndSpendingRunABalanceAndArePublishedBack() async throws {
        try await withTestApp { app in
            var (tuHa, vote, officer) = try await Self.setUp(app)
            let page = "/dan-chu/bieu-quyet/\(vote.id!)"
            let entries = page + "/thuc-hien"
            #expect(try await officer.get(page).body.string.contains("Chưa ghi khoản thu, chi nào."))
            // Bad input: a negative amount, more households than the hamlet has — refused, what was typed kept, nothing saved.
            let negative = try await officer.post(
                entries, form: ["kind": "thu", "amount": "-500.000", "households": "12", "date": Self.today.vietnamese, "purpose": "Đợt <b>1</b>"])
            #expect(negative.status == .unprocessableEntity && negative.body.string.contains("Số tiền phải là số đồng lớn hơn 0"))
            #expect(negative.body.string.contains("Đợt &lt;b&gt;1&lt;/b&gt;"))
            let tooMany = try await officer.post(
                entries, form: ["kind": "thu", "amount": "500.000", "households": "181", "date": Self.today.vietnamese])
            #expect(tooMany.status == .unprocessableEntity && tooMany.body.string.contains("Số hộ đã đóng góp phải từ 1 đến 180"))
            let beforeVote = try await officer.post(
                entries, form: ["kind": "thu", "amount": "500.000", "households": "1", "date": Self.today.adding(days: -31).vietnamese])
            #expect(beforeVote.status == .unprocessableEntity)
            #expect(try await ImplementationEntry.query(on: app.db).count() == 0)

            #expect(
                try await officer.post(
                    entries,
                    form: [
                        "kind": "thu", "amount": "45.000.000", "households": "90", "date": Self.today.adding(days: -20).vietnamese,
                        "purpose": "Đợt 1"
                    ]
                ).status == .seeOther)
            #expect(
                try await officer.post(
                    entries,
                    form: [
                        "kind": "chi", "amount": "40.000.000", "date": Self.today.adding(days: -10).vietnamese,
                        "purpose": "Mua xi măng, đá"
                    ]
                ).status == .seeOther)
            // 10.000.000 more than the 5.000.000 left: refused without a reason, allowed with one.
            let beyond = try await officer.post(
                entries, form: ["kind": "chi", "amount": "15.000.000", "date": Self.today.vietnamese, "purpose": "Thuê nhân công"])
            #expect(beyond.status == .unprocessableEntity)
            #expect(beyond.body.string.contains("vượt số dư đang có (5.000.000 đ)") && beyond.body.string.contains("Thuê nhân công"))
            #expect(
                try await officer.post(
                    entries,
                    form: [
                        "kind": "chi", "amount": "15.000.000", "date": Self.today.vietnamese, "purpose": "Thuê nhân công",
                        "overspend_reason": "Ngân sách phường ứng trước"
                    ]
                ).status == .seeOther)
            let shown = try await officer.get(page).body.string
            #expect(shown.contains("45.000.000 đ (90 lượt hộ)") && shown.contains("55.000.000 đ") && shown.contains("-10.000.000 đ"))
            #expect(shown.contains("chi vượt số dư: Ngân sách phường ứng trước"))
            let stored = try await ImplementationEntry.query(on: app.db).sort(\.$id).all()
            #expect(
                stored.map(\.amount) == [45_000_000, 40_000_000, 15_000_000] && stored[1].overspendReason == nil && stored[2].overspendReason != nil)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "hamlet_vote").filter(\.$action ~~ ["collect", "spend"]).all()
            #expect(audit.count == 3 && audit.allSatisfy { $0.username == "canbo.tuha" })
            #expect(AuditWording.verb("collect") == "ghi khoản thu thực hiện")

            // Published back: a disclosure item of khoản 5, on the public page without an account, naming nobody.
            let published = try await officer.post(page + "/cong-khai-thuc-hien", form: [:])
            #expect(published.status == .seeOther)
            let item = try #require(try await DisclosureItem.query(on: app.db).first())
            #expect(item.categoryCode == "d11k5" && item.$unit.id == tuHa.id && item.startsOn == Self.today.iso)
            #expect(item.title.hasPrefix("Kết quả thực hiện: Đóng góp làm đường bê tông"))
            #expect(try await ImplementationPublication.query(on: app.db).count() == 1)
            var visitor = Browser(app)
            let list = try await visitor.get("/cong-khai/xa/\(tuHa.id!)").body.string
            #expect(list.contains("Kết quả thực hiện: Đóng góp làm đường bê tông"))
            let notice = try await visitor.get("/cong-khai/thong-tin/\(item.id!)").body.string
            #expect(notice.contains("Đã thu: 45.000.000 đ (90 lượt hộ đóng góp).") && notice.contains("Còn lại: -10.000.000 đ."))
            #expect(notice.contains("chi vượt số dư: Ngân sách phường ứng trước") && !notice.contains("canbo.tuha"))
            #expect(try await officer.get(page).body.string.contains("Kết quả thực hiện trên trang công khai"))
        }
    }

    @Test func aRejectedMatterHasNothingToImplementAndNothingToPublish() async throws {
        try await withTestApp { app in
            var (_, vote, officer) = try await Self.setUp(app, passed: false)
            #expect(!vote.passed)
            #expect(!(try await officer.get("/dan-chu/bieu-quyet/\(vote.id!)").body.string.contains("Ghi khoản thu")))
            let refused = try await officer.post(
                "/dan-chu/bieu-quyet/\(vote.id!)/thuc-hien",
                form: [
                    "kind": "thu", "amount": "500.000", "households": "1",
                    "date": Self.today.vietnamese
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await officer.post("/dan-chu/bieu-quyet/\(vote.id!)/cong-khai-thuc-hien", form: [:]).status == .unprocessableEntity)
            #expect(try await ImplementationEntry.query(on: app.db).count() == 0)
            #expect(try await DisclosureItem.query(on: app.db).count() == 0)
        }
    }

    @Test func theAPIReadsRecordsAndPublishesWithStableCodes() async throws {
        try await withTestApp { app in
            let (_, vote, _) = try await Self.setUp(app)
            var client = Browser(app)
            let token = try await client.apiToken(for: "canbo.tuha")
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            func call(_ method: HTTPMethod, _ path: String, _ json: String? = nil) async throws -> (HTTPStatus, String) {
                var result: (HTTPStatus, String) = (.ok, "")
                try await app.testing().test(method, path, headers: headers, body: json.map { ByteBuffer(string: $0) }) {
                    result = ($0.status, $0.body.string)
                }
                return result
            }
            let base = "/api/v1/democracy/votes/\(vote.id!)/implementation"
            let empty = try await call(.POST, base + "/publication")
            #expect(empty.0 == .unprocessableEntity && empty.1.contains("nothing_to_publish"))
            let negative = try await call(.POST, base + "/entries", #"{"kind": "thu", "amount": -5, "households": 3, "date": "\#(Self.today.iso)"}"#)
            #expect(negative.0 == .unprocessableEntity && negative.1.contains("invalid_amount"))
            #expect(
                try await call(.POST, base + "/entries", #"{"kind": "thu", "amount": 2000000, "households": 4, "date": "\#(Self.today.iso)"}"#).0
                    == .created)
            let over = try await call(
                .POST, base + "/entries", #"{"kind": "chi", "amount": 2500000, "date": "\#(Self.today.iso)", "purpose": "Cát"}"#)
            #expect(over.0 == .unprocessableEntity && over.1.contains("overspend_needs_reason"))
            #expect(
                try await call(.POST, base + "/entries", #"{"kind": "chi", "amount": 1500000, "date": "\#(Self.today.iso)", "purpose": "Cát"}"#).0
                    == .created)
            let shown = try await call(.GET, base)
            #expect(shown.0 == .ok && shown.1.contains(#""balance":500000"#) && shown.1.contains(#""household_contributions":4"#))
            let published = try await call(.POST, base + "/publication")
            #expect(published.0 == .created && published.1.contains(#""category":"d11k5""#))
            #expect(try await call(.GET, base).1.contains(#""published_item_ids":["#))
            // Who only reads may not write; another province does not see it.
            var reader = Browser(app)
            let readerToken = try await reader.apiToken(for: "lanhdao")
            var status: HTTPStatus = .ok
            try await app.testing().test(
                .POST, base + "/entries", headers: ["Authorization": "Bearer \(readerToken)", "Content-Type": "application/json"],
                body: ByteBuffer(string: #"{"kind": "thu", "amount": 1, "households": 1, "date": "\#(Self.today.iso)"}"#)
            ) { status = $0.status }
            #expect(status == .forbidden || status == .notFound)
        }
    }

    @Test func theDemoRoadHasCollectionsASpendingAndItsPublishedResult() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            try await DemocracyDemo.load(app)
            let vote = try #require(try await HamletVote.query(on: app.db).filter(\.$matter == HamletMatter.contribution.rawValue).first())
            let entries = try await ImplementationEntry.query(on: app.db).filter(\.$vote.$id == vote.id!).all()
            #expect(entries.filter { $0.kind == "thu" }.count == 2 && entries.filter { $0.kind == "chi" }.count == 1)
            #expect(try await VoteImplementationService.balance(of: vote.id!, on: app.db).balance == 12_200_000)
            let publication = try #require(try await ImplementationPublication.query(on: app.db).first())
            let item = try #require(try await DisclosureItem.find(publication.$item.id, on: app.db))
            #expect(item.categoryCode == "d11k5" && item.content.contains("Còn lại: 12.200.000 đ."))
        }
    }
}
