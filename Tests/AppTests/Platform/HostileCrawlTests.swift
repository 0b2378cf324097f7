import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 12 ("keep testing it", 2) and issue 11 (item 3): records are made with hostile text in their text fields, then
/// every page reachable by links is opened as each role. No hostile markup may reach a page unescaped, in text or in an
/// attribute, and every link and form action must name a registered route.
@Suite struct HostileCrawlTests {
    static let hostile = #""><img src=x onerror=alert(1)><script>alert(2)</script>'&"#

    /// Pieces of the hostile text that only appear when it was not escaped.
    static let leaks = ["<img src=x", "<script>alert", "onerror=alert(1)>"]

    private func seedHostile(_ app: Application) async throws {
        try await Fixtures.seedPetitions(app)
        let actor = Actor.commandLine(at: TestClock.now)
        let town = try await Fixtures.unit("480", on: app)
        _ = try await UnitService.create(
            .init(
                code: "480.HOSTILE", name: "Phòng " + Self.hostile, kind: .office, parentID: town.id,
                activeFrom: nil), actor: actor, on: app.db)
        let officer = try #require(try await User.query(on: app.db).filter(\.$username == "canbo").first())
        officer.fullName = "Cán bộ " + Self.hostile
        try await officer.save(on: app.db)
        var coordinator = Browser(app)
        try await coordinator.login("noivu.huongtra")
        _ = try await coordinator.get("/ke-hoach/moi")
        _ = try await coordinator.post(
            "/ke-hoach/tao",
            form: [
                "issuer": "480", "number": "66/KH-UBND", "issuedOn": "05/01/2026", "year": "2026", "title": "Kế hoạch " + Self.hostile,
                "purposes": Self.hostile, "status": "ban_hanh", "parentPlanID": "",
                "duties[0][include]": "1", "duties[0][written]": "Phòng Nội vụ", "duties[0][units]": "480.PNV",
                "duties[0][duties]": "Nhiệm vụ " + Self.hostile
            ])
        _ = try await Fixtures.petition(
            app, kinds: [.recommendation], unitCode: "480", subject: "Kiến nghị " + Self.hostile,
            citizen: "Công dân " + Self.hostile)
        try await Holiday(day: "2026-12-31", name: "Ngày " + Self.hostile).create(on: app.db)
        let schedule = try await ReportTests.regime(app, issuer: "480", reporters: ["480.PNV"])
        _ = try await ReportRequestGenerator.generate([schedule], year: 2026, on: app.db)
    }

    /// Opens pages by following links from the home page, breadth first, up to `limit` pages.
    private func crawl(_ browser: inout Browser, app: Application, limit: Int) async throws -> (pages: Int, problems: [String]) {
        let routes = app.routes.all
        var queue = ["/tong-quan"]
        var seen: Set<String> = ["/tong-quan"]
        var problems: [String] = []
        var opened = 0
        while !queue.isEmpty && opened < limit {
            let path = queue.removeFirst()
            let response = try await browser.get(path)
            opened += 1
            if response.status.code >= 500 { problems.append("\(path): \(response.status.code)") }
            // Issue 18, item 9: a page never shows a link its reader may not follow.
            if response.status == .forbidden { problems.append("\(path): 403 behind a link that was shown") }
            guard response.headers.contentType?.subType == "html" else { continue }
            let html = response.body.string
            for leak in Self.leaks where html.contains(leak) { problems.append("\(path): unescaped \(leak)") }
            for match in html.matches(of: /(?:href|action)="([^"#]*)/) {
                let target = String(match.output.1).replacingOccurrences(of: "&amp;", with: "&")
                guard target.hasPrefix("/"), !target.hasPrefix("//") else { continue }
                let pathOnly = String(target.split(separator: "?", maxSplits: 1).first ?? "")
                let parts = pathOnly.split(separator: "/").map { $0.removingPercentEncoding ?? String($0) }
                if !routes.contains(where: { MethodNotAllowed.matches($0.path, parts) }) {
                    problems.append("\(path): link to unknown route \(pathOnly)")
                }
                if Browser.isPageLink(target), !seen.contains(target), html.contains("href=\"\(match.output.1)") {
                    seen.insert(target)
                    queue.append(target)
                }
            }
        }
        return (opened, problems)
    }

    @Test func hostileTextIsEscapedOnEveryPageEveryRoleReaches() async throws {
        try await withTestApp { app in
            try await seedHostile(app)
            for username in ["noivu.huongtra", "canbo", "lanhdao", "thanhtra", "admin.hue"] {
                var browser = Browser(app)
                try await browser.login(username)
                let (pages, problems) = try await crawl(&browser, app: app, limit: 120)
                #expect(pages > 15, "\(username) reached only \(pages) pages")
                #expect(problems.isEmpty, "\(username): \(problems.prefix(10))")
            }
        }
    }
}
