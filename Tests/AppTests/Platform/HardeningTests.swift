import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 12's live dangers: script through a stored title (F1) and one request that killed the process (F2).
@Suite struct HardeningTests {
    static let hostile = #"Kế hoạch "><script>alert(1)</script><img src=x onerror=alert(2)> & 'x'"#

    @Test func aHostilePlanTitleIsEscapedOnEveryPageThatShowsItAndScriptIsForbidden() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let unit = try await Fixtures.unit("480.PNV", on: app)
            let plan = Plan(
                unitID: unit.id!, number: "7/KH-PNV", year: 2026, issuedOn: "2026-01-05", title: Self.hostile,
                purposes: Self.hostile, status: .issued)
            try await plan.create(on: app.db)
            for username in ["noivu.huongtra", "lanhdao", "admin.hue", "canbo"] {
                var browser = Browser(app)
                _ = try await browser.login(username)
                for path in ["/ke-hoach/\(plan.id!)", "/ke-hoach/\(plan.id!)/cay", "/ke-hoach", "/tong-quan", "/viec-can-lam"] {
                    let response = try await browser.get(path)
                    let html = response.body.string
                    #expect(response.status.code < 500, "\(path) as \(username)")
                    let scriptEscaped = !html.contains("<script>alert") && !html.contains("<img src=x")
                    #expect(scriptEscaped, "\(path) as \(username): hostile markup reached the page unescaped")
                    #expect(response.headers.first(name: "Content-Security-Policy")?.contains("script-src 'self'") == true)
                    #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                }
            }
        }
    }

    /// Every page without a path parameter, with every paging and year parameter at the extremes: no trap, no 500.
    @Test func extremeNumbersInTheQueryNeverCrash() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let paths = app.routes.all.filter { route in
                route.method == .GET && !route.path.contains { if case .parameter = $0 { true } else { false } }
                    && !route.path.contains(.catchall)
            }.map { "/" + $0.path.map(\.description).joined(separator: "/") }
            #expect(paths.count > 30)
            for value in ["9223372036854775807", "-9223372036854775808", "99999999999999999999", "0"] {
                let query = ["trang", "so", "page", "per", "nam", "year", "trang_duyet", "trang_che_do"].map { "\($0)=\(value)" }
                    .joined(separator: "&")
                for username in ["noivu.hue", "admin.hue"] {
                    var browser = Browser(app)
                    _ = try await browser.login(username)
                    for path in paths where path != "/dang-xuat" {
                        let status = try await browser.get(path + "?" + query).status
                        #expect(status.code < 500, "\(path)?\(query) as \(username): \(status)")
                    }
                }
            }
        }
    }
}
