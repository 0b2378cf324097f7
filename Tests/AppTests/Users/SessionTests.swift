import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Sessions end when idle, at an absolute age, and with the account's password; anonymous visitors store nothing.
@Suite struct SessionTests {
    /// Rows store the key's SHA-256 as lowercase hex: a change of spelling would end every session already stored.
    @Test func theStoredDigestIsLowercaseHexSHA256() {
        #expect(SessionRow.digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SessionRow.digest("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func anonymousVisitorsStoreNoSessionButCanStillSignIn() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            for _ in 0..<3 {
                var visitor = Browser(app)
                _ = try await visitor.get("/dang-nhap")
                _ = try await visitor.get("/dang-nhap")
            }
            #expect(try await SessionRow.query(on: app.db).count() == 0)
            #expect(try await SessionRecord.query(on: app.db).count() == 0)
            var browser = Browser(app)
            #expect(try await browser.login("noivu.hue").status == .seeOther)
            #expect(try await browser.get("/tong-quan").status == .ok)
            #expect(try await SessionRow.query(on: app.db).count() == 1)
        }
    }

    @Test func anAlteredAnonymousCookieIsWorthless() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            let page = try await browser.get("/dang-nhap")
            let cookie = try #require(page.headers.setCookie?["danvan_session"]?.string)
            let token = try #require(browser.csrf)
            let forged = SessionID(string: String(cookie.dropLast(2)) + (cookie.hasSuffix("AA") ? "BB" : "AA"))
            let signer = SignedSessionCookie()
            #expect(try await signer.decode(SessionID(string: cookie), at: TestClock.now, idleMinutes: 120, on: app.db)?["csrf"] == token)
            #expect(try await signer.decode(forged, at: TestClock.now, idleMinutes: 120, on: app.db) == nil)
            #expect(
                try await signer.decode(SessionID(string: cookie), at: TestClock.now.addingTimeInterval(121 * 60), idleMinutes: 120, on: app.db)
                    == nil)
            var headers = HTTPHeaders()
            headers.add(name: .cookie, value: "danvan_session=\(forged.string)")
            headers.contentType = .urlEncodedForm
            let body = "username=noivu.hue&password=\(Fixtures.password)&_csrf=\(token.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)"
            try await app.testing().test(.POST, "/dang-nhap", headers: headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test func idleAndOldSessionsExpire() async throws {
        try await withTestApp(config: {
            $0.sessionIdleMinutes = 30
            $0.sessionMaxHours = 8
        }) { app in
            try await Fixtures.seed(app)
            var idle = Browser(app)
            var old = Browser(app)
            try await idle.login("noivu.hue")
            try await old.login("canbo")
            let rows = try await SessionRow.query(on: app.db).all()
            #expect(rows.count == 2)
            for row in rows {
                if row.userID == (try await UserLookup.find("noivu.hue", on: app.db)).id {
                    row.lastSeenAt = TestClock.now.addingTimeInterval(-31 * 60)
                } else {
                    row.createdAt = TestClock.now.addingTimeInterval(-8 * 3600 - 60)
                }
                try await row.save(on: app.db)
            }
            #expect(try await idle.get("/tong-quan").status == .seeOther)
            #expect(try await old.get("/tong-quan").status == .seeOther)
            #expect(try await SessionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func aPasswordChangeEndsTheOtherSessionsAndAResetOrDisableEndsAll() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var here = Browser(app)
            var elsewhere = Browser(app)
            try await here.login("canbo")
            try await elsewhere.login("canbo")
            _ = try await here.get("/tai-khoan")
            _ = try await here.post("/tai-khoan/mat-khau", form: ["current": Fixtures.password, "password": "mat-khau-moi-2026-dai"])
            #expect(try await here.get("/tong-quan").status == .ok)
            #expect(try await elsewhere.get("/tong-quan").status == .seeOther)

            let account = try await UserLookup.find("canbo", on: app.db)
            try await UserService.resetPassword(
                account, to: "mat-khau-quan-tri-dat", actor: .commandLine(at: TestClock.now), hasher: app.password.async, on: app.db)
            #expect(try await here.get("/tong-quan").status == .seeOther)

            var again = Browser(app)
            try await again.login("canbo", password: "mat-khau-quan-tri-dat")
            #expect(try await SessionRow.query(on: app.db).count() == 1)
            try await UserService.setDisabled(account, true, actor: .commandLine(at: TestClock.now), on: app.db)
            #expect(try await SessionRow.query(on: app.db).count() == 0)
        }
    }

    @Test func theCleanupCommandDeletesOnlyExpiredSessions() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let user = try await UserLookup.find("canbo", on: app.db)
            let now = TestClock.now
            let fresh = SessionRow(key: "con-han", userID: user.id!, data: "{}", at: now)
            let idle = SessionRow(key: "het-han-cho", userID: user.id!, data: "{}", at: now.addingTimeInterval(-3 * 3600))
            let old = SessionRow(key: "qua-cu", userID: user.id!, data: "{}", at: now.addingTimeInterval(-13 * 3600))
            old.lastSeenAt = now
            for row in [fresh, idle, old] { try await row.create(on: app.db) }
            // Through the command table, as cron calls it.
            let console = CapturingConsole()
            var context = CommandContext(console: console, input: CommandInput(arguments: ["danvan", "sessions", "cleanup"]))
            context.application = app
            try await app.asyncCommands.group().run(using: &context)
            #expect(console.text.contains("Đã xóa 2 phiên"))
            #expect(try await SessionRow.query(on: app.db).all().map(\.keyHash) == [SessionRow.digest("con-han")])
        }
    }
}
