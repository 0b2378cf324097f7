import Testing
import Vapor

@testable import App

/// The form token seen before signing in must not work after: it could have been read or planted before.
@Suite struct CSRFRotationTests {
    @Test func theFormTokenChangesAtLogin() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            _ = try await browser.get("/dang-nhap")
            let before = try #require(browser.csrf)
            try await browser.login("noivu.hue")
            _ = try await browser.get("/tai-khoan")
            #expect(browser.csrf != nil && browser.csrf != before)
            let stale = try await browser.post("/tai-khoan/khoa-api", form: ["name": "cu", "_csrf": before])
            #expect(stale.status == .forbidden)
        }
    }
}
