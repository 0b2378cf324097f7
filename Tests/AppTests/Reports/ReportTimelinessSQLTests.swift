import DanVanCore
import Fluent
import SQLKit
import Testing
import VaporTesting

@testable import App

/// The SQL form of DanVanCore's `ReportTimeliness` counts every request as the core rule classifies it, on both databases.
@Suite struct ReportTimelinessSQLTests {
    struct Sums: Decodable, Equatable {
        let onTime: Int
        let late: Int
        let returned: Int
        let missing: Int
    }

    @Test func theCountsInSQLAgreeWithTheCoreRule() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let schedule = try await ReminderFixtures.schedule(on: app)
            let today = ReminderFixtures.today
            // Every combination a request can be in: (status, days from today to its due date, first sent, late).
            let cases: [(ReportStatus, Int, Int?, Bool?)] = [
                (.accepted, -10, -10, false), (.accepted, -10, -3, true), (.submitted, -1, -1, false), (.submitted, -5, 0, true),
                (.returned, -8, -9, false), (.returned, -8, -2, true), (.pending, -1, nil, nil), (.pending, -30, nil, nil),
                (.draft, -2, nil, nil), (.pending, 0, nil, nil), (.draft, 3, nil, nil), (.pending, 20, nil, nil),
                (.submitted, 5, 0, false)
            ]
            var expected = [ReportTimeliness: Int]()
            for (index, (status, due, sent, late)) in cases.enumerated() {
                let request = try await ReminderFixtures.request(
                    "480", receiver: "46", daysFromToday: due, status: status, schedule: schedule, on: app)
                request.periodKey = "case-\(index)"
                request.submittedOn = sent.map { today.adding(days: $0).iso }
                request.late = late
                try await request.save(on: app.db)
                let standing = ReportTimeliness.of(
                    status: status, dueOn: today.adding(days: due), firstSentOn: sent.map { today.adding(days: $0) }, late: late ?? false,
                    today: today)
                expected[standing, default: 0] += 1
            }
            let sql = app.db as! any SQLDatabase
            let counted = try await sql.raw(
                "SELECT \(ReportTimelinessSQL.sums(today: today.iso)) FROM report_requests WHERE schedule_id = \(bind: schedule)"
            ).first(decoding: Sums.self)
            #expect(
                counted
                    == Sums(
                        onTime: expected[.onTime] ?? 0, late: expected[.late] ?? 0, returned: expected[.returned] ?? 0,
                        missing: expected[.missing] ?? 0))
            #expect(expected[.onTime] == 3 && expected[.late] == 2 && expected[.returned] == 2 && expected[.missing] == 3)
            let dueSoon = try await ReportRequest.query(on: app.db).filter(\.$schedule.$id == schedule)
                .filter(.sql(embed: ReportTimelinessSQL.dueSoon(today: today))).count()
            #expect(dueSoon == expected[.dueSoon])
        }
    }
}
