import Fluent
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct AuthTests {
    @Test func loginOpensTheDashboardInVietnamese() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            let login = try await browser.login("noivu.hue")
            #expect(login.status == .seeOther)
            #expect(login.headers.first(name: .location) == "/tong-quan")
            let dashboard = try await browser.get("/tong-quan")
            #expect(dashboard.status == .ok)
            #expect(dashboard.body.string.contains("Xin chào, Người dùng noivu.hue"))
            #expect(dashboard.body.string.contains(#"<html lang="vi">"#))
        }
    }

    @Test func wrongPasswordIsRefusedWithAVietnameseMessage() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            let response = try await browser.login("noivu.hue", password: "sai-mat-khau-roi")
            #expect(response.status == .unauthorized)
            #expect(response.body.string.contains("Tên đăng nhập hoặc mật khẩu không đúng."))
            #expect(try await browser.get("/tong-quan").status == .seeOther)
        }
    }

    @Test func repeatedFailuresLockTheAccountEvenForTheRightPassword() async throws {
        try await withTestApp(config: { $0.loginMaxFailures = 3 }) { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            for _ in 0..<3 { try await browser.login("canbo", password: "sai-mat-khau-roi") }
            let locked = try await browser.login("canbo")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.body.string.contains("tạm khóa"))
        }
    }

    @Test func manyFailuresFromOneAddressAreThrottled() async throws {
        try await withTestApp(config: { $0.loginMaxPerAddress = 4 }) { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            for name in ["khong-co-1", "khong-co-2", "khong-co-3", "khong-co-4"] { try await browser.login(name, password: "x") }
            let throttled = try await browser.login("noivu.hue")
            #expect(throttled.status == .tooManyRequests)
        }
    }

    @Test func formsWithoutTheTokenAreRefused() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            _ = try await browser.get("/dang-nhap")
            let forged = try await browser.post("/dang-nhap", form: ["username": "noivu.hue", "password": Fixtures.password, "_csrf": "gia-mao"])
            #expect(forged.status == .forbidden)
            #expect(forged.body.string.contains("Phiên làm việc của biểu mẫu đã hết hạn"))
        }
    }

    @Test func loginIssuesANewSessionID() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            _ = try await browser.get("/dang-nhap")
            let before = browser.cookie
            try await browser.login("noivu.hue")
            #expect(before != nil)
            #expect(browser.cookie != before)
        }
    }

    @Test func disabledAccountsCannotSignInAndLoseTheirSession() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var user = Browser(app)
            try await user.login("canbo")
            #expect(try await user.get("/tong-quan").status == .ok)
            let account = try await UserLookup.find("canbo", on: app.db)
            try await UserService.setDisabled(account, true, actor: .commandLine(at: TestClock.now), on: app.db)
            #expect(try await user.get("/tong-quan").status == .seeOther)
            var again = Browser(app)
            #expect(try await again.login("canbo").status == .forbidden)
        }
    }

    @Test func logoutEndsTheSessionAndIsAudited() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            try await browser.login("noivu.hue")
            _ = try await browser.get("/tong-quan")
            #expect(try await browser.post("/dang-xuat", form: [:]).status == .seeOther)
            #expect(try await browser.get("/tong-quan").status == .seeOther)
            let actions = try await AuditEntry.query(on: app.db).filter(\.$entity == "session").all().map(\.action)
            #expect(actions.sorted() == ["login", "logout"])
        }
    }

    @Test func loginRedirectOnlyGoesToLocalPaths() {
        #expect(AuthController.safeNext("/don-vi?q=hue") == "/don-vi?q=hue")
        #expect(AuthController.safeNext("//evil.example") == "/tong-quan")
        #expect(AuthController.safeNext("https://evil.example") == "/tong-quan")
        #expect(AuthController.safeNext(nil) == "/tong-quan")
    }
}

@Suite struct ClientAddressTests {
    @Test func forwardedAddressesCountOnlyFromATrustedProxy() async throws {
        // In-memory requests come from no socket ("unknown"); trusting "unknown" stands in for a proxy on loopback.
        try await withTestApp(config: {
            $0.loginMaxPerAddress = 2
            $0.trustedProxies = ["unknown"]
        }) { app in
            try await Fixtures.seed(app)
            for name in ["khong-co-1", "khong-co-2"] {
                var browser = Browser(app)
                _ = try await browser.get("/dang-nhap")
                _ = try await browser.postForwarded("/dang-nhap", form: ["username": name, "password": "x"], forwardedFor: "203.0.113.7")
            }
            var sameClient = Browser(app)
            _ = try await sameClient.get("/dang-nhap")
            let blocked = try await sameClient.postForwarded(
                "/dang-nhap", form: ["username": "noivu.hue", "password": Fixtures.password], forwardedFor: "203.0.113.7")
            #expect(blocked.status == .tooManyRequests)
            var otherClient = Browser(app)
            _ = try await otherClient.get("/dang-nhap")
            let allowed = try await otherClient.postForwarded(
                "/dang-nhap", form: ["username": "noivu.hue", "password": Fixtures.password], forwardedFor: "198.51.100.4")
            #expect(allowed.status == .seeOther)
        }
    }

    @Test func anUntrustedPeerCannotChooseItsAddress() async throws {
        try await withTestApp(config: { $0.loginMaxPerAddress = 2 }) { app in
            try await Fixtures.seed(app)
            for (index, name) in ["khong-co-1", "khong-co-2"].enumerated() {
                var browser = Browser(app)
                _ = try await browser.get("/dang-nhap")
                _ = try await browser.postForwarded("/dang-nhap", form: ["username": name, "password": "x"], forwardedFor: "10.0.0.\(index)")
            }
            var browser = Browser(app)
            _ = try await browser.get("/dang-nhap")
            let blocked = try await browser.postForwarded(
                "/dang-nhap", form: ["username": "noivu.hue", "password": Fixtures.password], forwardedFor: "10.9.9.9")
            #expect(blocked.status == .tooManyRequests)
        }
    }
}
