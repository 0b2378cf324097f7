import Testing
import Vapor
import VaporTesting

@testable import App

/// After signing in, `next` may only lead to a page of this site.
@Suite struct LoginRedirectTests {
    static let hostile = [
        "//evil.example", "https://evil.example", "/\t/evil.example/", "/%09/evil.example/", "/\\evil.example",
        "/%5Cevil.example", "/%2F/evil.example", "/%2f%2fevil.example", "/\r\n/evil.example", "/%0d%0a/evil.example",
        "/\u{0}/evil.example", "evil.example", "javascript:alert(1)", " //evil.example", "/\u{2028}/evil.example"
    ]

    @Test(arguments: hostile) func hostileNextLeadsToTheDashboard(next: String) {
        #expect(AuthController.safeNext(next) == "/tong-quan")
    }

    @Test func localPathsAreKept() {
        #expect(AuthController.safeNext("/don-vi?q=hue") == "/don-vi?q=hue")
        #expect(AuthController.safeNext("/don-thu?q=Hu%E1%BA%BF&trang=2") == "/don-thu?q=Hu%E1%BA%BF&trang=2")
    }

    @Test func theRedirectAfterLoginStaysOnTheSite() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            _ = try await browser.get("/dang-nhap?next=/%2509/evil.example/")
            let response = try await browser.post(
                "/dang-nhap", form: ["username": "noivu.hue", "password": Fixtures.password, "next": "/\t/evil.example/"])
            #expect(response.headers.first(name: .location) == "/tong-quan")
        }
    }
}
