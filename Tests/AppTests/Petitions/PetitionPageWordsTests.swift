import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 18, item 3: a petition's page names its time-limit rules and the people who acted, not stored ids and usernames.
@Suite struct PetitionPageWordsTests {
    @Test func theRuleSetAndTheHistoryReadInWords() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let petition = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "480")
            var inspector = Browser(app)
            try await inspector.login("thanhtra")
            let base = "/don-thu/\(petition.id!)"
            _ = try await inspector.get(base)
            _ = try await inspector.post(base + "/phan-loai", form: ["kinds[]": "khieu_nai", "field": "dat_dai", "competence": "true", "unit": "480"])
            _ = try await inspector.post(base + "/thu-ly", form: ["date": TestClock.today.vietnamese])
            let page = try await inspector.get(base).body.string
            let stored = try #require(try await Petition.find(petition.id!, on: app.db)).profileID
            #expect(!stored.isEmpty && !page.contains(stored))
            #expect(page.contains("Thời hạn đơn khiếu nại, lần đầu"))
            // Who acted: the inspector by name, the command line as what it is.
            #expect(page.contains("<td>Người dùng thanhtra</td>"))
            #expect(page.contains("<td>Quản trị viên (dòng lệnh)</td>"))
            #expect(!page.contains("<td>thanhtra</td>") && !page.contains("cli:"))
        }
    }
}
