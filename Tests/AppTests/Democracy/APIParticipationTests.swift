import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// The API of items 2–5 (issue 17, item 8): the commune's decision on a vote, consultation opinions and the answer, the
/// boards' members and recommendations with the answers, satisfaction results; stable codes on bad input; audited.
@Suite struct APIParticipationTests {
    static var today: CivilDate { TestClock.today }

    struct Client {
        let app: Application
        let headers: HTTPHeaders
        func call(_ method: HTTPMethod, _ path: String, _ json: String? = nil) async throws -> (HTTPStatus, String) {
            var result: (HTTPStatus, String) = (.ok, "")
            try await app.testing().test(method, path, headers: headers, body: json.map { ByteBuffer(string: $0) }) {
                result = ($0.status, $0.body.string)
            }
            return result
        }
    }

    static func client(_ app: Application, _ username: String = "canbo.tuha") async throws -> Client {
        var browser = Browser(app)
        let token = try await browser.apiToken(for: username)
        return Client(app: app, headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"])
    }

    @Test func boardMembersAreListedAddedAndRelieved() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let tuHa = try await Fixtures.unit("19900", on: app)
            let api = try await Self.client(app)
            let base = "/api/v1/democracy/communes/\(tuHa.id!)/board-members"
            let empty = try await api.call(.GET, base)
            #expect(empty.0 == .ok && empty.1.contains(#""total":0"#) && empty.1.contains("Ban chưa có Trưởng ban."))
            let bad = try await api.call(
                .POST, base,
                #"""
                {"board": "ban_thanh_tra_nhan_dan", "full_name": "Nguyễn Văn A", "role": "truong_ban", "elected_at": "Hội nghị", "term_from":\#
                 "\#(Self.today.iso)", "term_until": "\#(Self.today.iso)"}
                """#
            )
            #expect(bad.0 == .unprocessableEntity && bad.1.contains(#""code":"invalid_term""#))
            let noBoard = try await api.call(
                .POST, base,
                #"""
                {"board": "x", "full_name": "A", "role": "truong_ban", "elected_at": "H", "term_from": "\#(Self.today.iso)", "term_until":\#
                 "\#(Self.today.adding(days: 900).iso)"}
                """#
            )
            #expect(noBoard.0 == .unprocessableEntity && noBoard.1.contains(#""code":"invalid_board""#))
            let added = try await api.call(
                .POST, base,
                #"""
                {"board": "ban_thanh_tra_nhan_dan", "full_name": "Nguyễn Văn A", "role": "truong_ban", "elected_at": "Hội nghị Ban Thường trực",\#
                 "term_from": "\#(Self.today.adding(days: -10).iso)", "term_until": "\#(Self.today.adding(days: 900).iso)"}
                """#
            )
            #expect(added.0 == .created && added.1.contains(#""serving":true"#))
            let member = try #require(try await BoardMember.query(on: app.db).first())
            let listed = try await api.call(.GET, base)
            #expect(listed.1.contains("Nguyễn Văn A") && !listed.1.contains("Ban chưa có Trưởng ban."))
            let ended = try await api.call(.POST, base + "/end", #"{"member_id": \#(member.id!), "ended_on": "\#(Self.today.iso)"}"#)
            #expect(ended.0 == .ok && ended.1.contains(#""ended_on":"\#(Self.today.iso)""#))
            let unknown = try await api.call(.POST, base + "/end", #"{"member_id": 999999, "ended_on": "\#(Self.today.iso)"}"#)
            #expect(unknown.0 == .unprocessableEntity && unknown.1.contains("invalid_member"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == "board_member").count() == 2)
            // Who only reads may not add.
            let reader = try await Self.client(app, "lanhdao")
            #expect(try await reader.call(.POST, base, #"{"board": "ban_thanh_tra_nhan_dan"}"#).0 == .forbidden)
        }
    }

    @Test func recommendationsAreRecordedAndAnswered() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let tuHa = try await Fixtures.unit("19900", on: app)
            let api = try await Self.client(app)
            let bad = try await api.call(
                .POST, "/api/v1/democracy/communes/\(tuHa.id!)/recommendations",
                #"{"board": "ban_thanh_tra_nhan_dan", "received_on": "31/02/2026", "content": "x"}"#)
            #expect(bad.0 == .unprocessableEntity && bad.1.contains(#""code":"invalid_date""#))
            let made = try await api.call(
                .POST, "/api/v1/democracy/communes/\(tuHa.id!)/recommendations",
                #"{"board": "ban_thanh_tra_nhan_dan", "received_on": "\#(Self.today.iso)", "content": "Đề nghị công khai bảng kê chi"}"#)
            #expect(made.0 == .created && made.1.contains(#""due_on":""#))
            let recommendation = try #require(try await InspectionRecommendation.query(on: app.db).first())
            let path = "/api/v1/democracy/recommendations/\(recommendation.id!)"
            #expect(try await api.call(.GET, path).1.contains("Đề nghị công khai bảng kê chi"))
            #expect(try await api.call(.POST, path + "/answer", #"{"answer": "  "}"#).1.contains("missing_answer"))
            let answered = try await api.call(.POST, path + "/answer", #"{"answer": "Đã niêm yết bảng kê"}"#)
            #expect(answered.0 == .ok && answered.1.contains(#""answered_on":"\#(Self.today.iso)""#))
            #expect(try await api.call(.POST, path + "/answer", #"{"answer": "Lần hai"}"#).1.contains("already_answered"))
        }
    }

    @Test func consultationOpinionsAreEnteredListedAndAnswered() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let tuHa = try await Fixtures.unit("19900", on: app)
            let settings = try await DemocracyService.settings(on: app.db)
            let consultation = try await DemocracyService.openConsultation(
                .init(
                    unitID: tuHa.id, subject: "Dự thảo quy chế dân chủ", draft: "20 điều", forms: ["hoi_nghi"],
                    startsOn: Self.today.adding(days: -3).vietnamese,
                    endsOn: ConsultationRules.earliestEnd(start: Self.today.adding(days: -3), settings: settings).vietnamese),
                actor: .commandLine(at: TestClock.now), scopePath: "/", on: app.db)
            let api = try await Self.client(app)
            let base = "/api/v1/democracy/consultations/\(consultation.id!)"
            #expect(try await api.call(.GET, base).1.contains(#""opinions":0"#))
            let publicSource = try await api.call(
                .POST, base + "/opinions", #"{"source": "cong_dan", "content": "Ý kiến", "received_on": "\#(Self.today.iso)"}"#)
            #expect(publicSource.0 == .unprocessableEntity && publicSource.1.contains("invalid_source"))
            let added = try await api.call(
                .POST, base + "/opinions",
                #"{"source": "hop", "content": "Bổ sung lịch tiếp công dân", "author_name": "Hội nghị tổ 2", "received_on": "\#(Self.today.iso)"}"#)
            #expect(added.0 == .created && added.1.contains(#""entered_by":"canbo.tuha""#))
            let listed = try await api.call(.GET, base + "/opinions")
            #expect(listed.0 == .ok && listed.1.contains("Bổ sung lịch tiếp công dân") && listed.1.contains(#""total":1"#))
            let answered = try await api.call(.POST, base + "/answer", #"{"answer": "Đã bổ sung Điều 9"}"#)
            #expect(answered.0 == .ok && answered.1.contains("Đã bổ sung Điều 9") && answered.1.contains(#""opinions":1"#))
            let late = try await api.call(.POST, base + "/opinions", #"{"source": "hop", "content": "Muộn", "received_on": "\#(Self.today.iso)"}"#)
            #expect(late.0 == .unprocessableEntity && late.1.contains("consultation_answered"))
        }
    }

    @Test func aVoteIsDecidedOnceAndSatisfactionIsSummed() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            try await DemocracyDemo.load(app)
            let api = try await Self.client(app, "noivu.huongtra")
            let open = try #require(try await HamletVote.query(on: app.db).filter(\.$communeDecision == nil).first())
            let decided = try await api.call(
                .POST, "/api/v1/democracy/votes/\(open.id!)/decision", #"{"decision": "Công nhận, QĐ 3/QĐ-UBND", "decided_on": "\#(Self.today.iso)"}"#
            )
            #expect(decided.0 == .ok && decided.1.contains("Công nhận, QĐ 3/QĐ-UBND"))
            let again = try await api.call(
                .POST, "/api/v1/democracy/votes/\(open.id!)/decision", #"{"decision": "Khác", "decided_on": "\#(Self.today.iso)"}"#)
            #expect(again.0 == .unprocessableEntity && again.1.contains("already_decided"))
            let commune = try #require(try await SatisfactionRating.query(on: app.db).first()).$unit.id
            let results = try await api.call(.GET, "/api/v1/democracy/communes/\(commune)/satisfaction")
            // The demo's five ratings: 5, 4, 5, 3, 2 — three satisfied, one routed to the commune as a phản ánh.
            #expect(
                results.0 == .ok && results.1.contains(#""count":5"#) && results.1.contains(#""satisfied":3"#) && results.1.contains(#""rate":60"#))
            #expect(results.1.contains(#""routed_to_petitions":1"#) && results.1.contains(#""key":"Đăng ký khai sinh""#))
        }
    }
}
