import DanVanCore
import Foundation
import Testing
import VaporTesting

@testable import App

/// Issue 11 (item 7): every page a Nội vụ officer reaches from the overview is recorded as HTML, so a change to a page shows
/// as a reviewed diff of `PageSnapshots/`. Re-record with `DANVAN_RECORD_SNAPSHOTS=1 swift test --filter PageSnapshotTests`.
///
/// The fixtures date their records from the test clock and PostgreSQL may order ties differently, so the pages are only
/// comparable on SQLite at the recorded day: on any other day or database the test says it was skipped.
@Suite struct PageSnapshotTests {
    static let recordedOn = CivilDate(year: 2026, month: 11, day: 20)!
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("PageSnapshots")
    static var recording: Bool { ProcessInfo.processInfo.environment["DANVAN_RECORD_SNAPSHOTS"] == "1" }

    @Test(
        .enabled(
            if: TestDatabase.postgresURL == nil && TestClock.today == recordedOn,
            "snapshots are recorded on SQLite on 20/11/2026"))
    func everyPageMatchesItsRecordedHTML() async throws {
        try await withTestApp { app in
            try await Fixtures.seedPetitions(app)
            let schedule = try await ReportTests.regime(app, issuer: "480", reporters: ["480.PNV"])
            _ = try await ReportRequestGenerator.generate([schedule], year: 2026, on: app.db)
            var browser = Browser(app)
            try await browser.login("noivu.huongtra")
            let pages = try await Self.crawl(&browser, limit: 60)
            #expect(pages.count > 20, "only \(pages.count) pages reached")
            if Self.recording {
                try? FileManager.default.removeItem(at: Self.directory)
                try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            }
            var changed: [String] = []
            for (path, html) in pages {
                let file = Self.directory.appendingPathComponent(Self.fileName(path))
                if Self.recording {
                    try html.write(to: file, atomically: true, encoding: .utf8)
                } else if (try? String(contentsOf: file, encoding: .utf8)) != html {
                    changed.append(path)
                }
            }
            #expect(changed.isEmpty, "pages differ from PageSnapshots/ (review, then re-record): \(changed.prefix(10))")
        }
    }

    /// The pages reached by following links breadth first from the overview: path → the page's <main>, normalised.
    static func crawl(_ browser: inout Browser, limit: Int) async throws -> [(String, String)] {
        var queue = ["/tong-quan"]
        var seen: Set<String> = ["/tong-quan"]
        var pages: [(String, String)] = []
        while !queue.isEmpty && pages.count < limit {
            let path = queue.removeFirst()
            let response = try await browser.get(path)
            guard response.status == .ok, response.headers.contentType?.subType == "html" else { continue }
            let html = response.body.string
            pages.append((path, normalised(html)))
            for match in html.matches(of: /href="(\/[^"#]*)"/) {
                let target = String(match.output.1).replacingOccurrences(of: "&amp;", with: "&")
                if Browser.isPageLink(target), seen.insert(target).inserted { queue.append(target) }
            }
        }
        return pages
    }

    /// The page's <main> with what differs between runs replaced: the CSRF token, and times of day, because Fluent's
    /// `@Timestamp` fields (a record's "Ngày tạo") are stamped from the system clock, not the app's.
    static func normalised(_ html: String) -> String {
        let main =
            html.firstRange(of: "<main").flatMap { start in
                html.range(of: "</main>", range: start.lowerBound..<html.endIndex).map { String(html[start.lowerBound..<$0.upperBound]) }
            } ?? html
        return main.replacing(/name="_csrf" value="[^"]*"/, with: #"name="_csrf" value="…""#)
            .replacing(/\d\d\/\d\d\/\d{4} \d\d:\d\d/, with: "dd/MM/yyyy HH:mm")
            .replacing(/></, with: ">\n<") + "\n"
    }

    static func fileName(_ path: String) -> String {
        let slug = path.dropFirst().map { $0.isLetter || $0.isNumber || $0 == "-" ? String($0) : "_" }.joined()
        return (slug.isEmpty ? "index" : slug) + ".html"
    }
}
