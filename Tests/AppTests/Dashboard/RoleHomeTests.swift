import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 18, item 4: each role's home answers its question, and every counter opens exactly the list it counts.
@Suite struct RoleHomeTests {
    /// A plan of Hương Trà with one overdue and one due-soon task for its Phòng Nội vụ, a monthly report regime whose
    /// past months nobody sent, and an overdue complaint at the town.
    private func scenario(_ app: Application) async throws {
        try await Fixtures.seedPetitions(app)
        var coordinator = Browser(app)
        try await coordinator.login("noivu.huongtra")
        _ = try await coordinator.get("/ke-hoach/moi")
        _ = try await coordinator.post(
            "/ke-hoach/tao",
            form: [
                "issuer": "480", "number": "21/KH-UBND", "issuedOn": "05/01/2026", "year": "2026", "title": "Kế hoạch thử trang chủ",
                "purposes": "", "status": "ban_hanh", "parentPlanID": "",
                "duties[0][include]": "1", "duties[0][written]": "Phòng Nội vụ", "duties[0][units]": "480.PNV",
                "duties[0][duties]": "Việc quá hạn\nViệc sắp đến hạn"
            ])
        for assignment in try await TaskAssignment.query(on: app.db).with(\.$task).all() {
            assignment.dueOn = TestClock.today.adding(days: assignment.task.text == "Việc quá hạn" ? -5 : 5).iso
            try await assignment.save(on: app.db)
        }
        let schedule = try await ReportTests.regime(app, issuer: "480", reporters: ["480.PNV"])
        _ = try await ReportRequestGenerator.generate([schedule], year: TestClock.today.year, on: app.db)
        _ = try await Fixtures.petition(app, kinds: [.complaint], unitCode: "480", daysAgo: 200)
    }

    /// The tiles of a home page: label → (count, link).
    private func tiles(_ html: String) -> [String: (count: Int, url: String)] {
        var found: [String: (Int, String)] = [:]
        for match in html.matches(of: /<span class="tile-value">([0-9.]+)<\/span><a href="([^"]+)">([^<]+)<\/a>/) {
            found[String(match.output.3)] = (
                Int(match.output.1.replacingOccurrences(of: ".", with: "")) ?? -1,
                String(match.output.2).replacingOccurrences(of: "&amp;", with: "&")
            )
        }
        return found
    }

    @Test func theOfficerSeesTheUnitsTasksAndReportsAndEachCountIsItsList() async throws {
        try await withTestApp { app in
            try await scenario(app)
            var officer = Browser(app)
            try await officer.login("canbo")
            let home = try await officer.get("/tong-quan").body.string
            #expect(home.contains("Việc của đơn vị tôi"))
            let shown = tiles(home)
            let overdue = try #require(shown["Nhiệm vụ quá hạn"])
            #expect(overdue.count == 1)
            let list = try await officer.get(overdue.url).body.string
            #expect(list.contains("Việc quá hạn") && !list.contains("Việc sắp đến hạn"))
            #expect(shown["Nhiệm vụ đến hạn trong 14 ngày"]?.count == 1)
            let missing = try #require(shown["Báo cáo của đơn vị quá hạn chưa nộp"])
            let expected = try await ReportRequest.query(on: app.db).filter(\.$dueOn < TestClock.today.iso).count()
            #expect(missing.count == expected)
            let page = try await officer.get(missing.url).body.string
            let own = try #require(page.firstMatch(of: /Báo cáo của đơn vị<\/h2>(.*?)<h2>/.dotMatchesNewlines())?.output.1)
            #expect(own.components(separatedBy: "<tr").count - 2 == min(expected, 50))
        }
    }

    @Test func theLeaderSeesWhichUnitsAreBehind() async throws {
        try await withTestApp { app in
            try await scenario(app)
            var leader = Browser(app)
            try await leader.login("lanhdao")
            let home = try await leader.get("/tong-quan").body.string
            #expect(home.contains("Đơn vị nào đang chậm?") && home.contains("Đơn vị trực thuộc, chậm nhất trước"))
            // The Phòng Nội vụ is the unit behind: its overdue task links to the work list narrowed to it.
            #expect(home.contains(">Phòng Nội vụ</a>"))
            let link = try #require(home.firstMatch(of: /href="(\/viec-can-lam\?loai=phan-cong&amp;han=qua-han&amp;don-vi=480\.PNV)">1</)?.output.1)
            let list = try await leader.get(String(link).replacingOccurrences(of: "&amp;", with: "&")).body.string
            #expect(list.contains("Việc quá hạn") && !list.contains("Việc sắp đến hạn"))
        }
    }

    @Test func theCoordinatorAndTheInspectorSeeWhatNeedsThem() async throws {
        try await withTestApp { app in
            try await scenario(app)
            var coordinator = Browser(app)
            try await coordinator.login("noivu.huongtra")
            let home = try await coordinator.get("/tong-quan").body.string
            #expect(home.contains("Việc cần tôi xử lý"))
            let shown = tiles(home)
            #expect(shown["Báo cáo chờ tôi duyệt"]?.url == "/bao-cao#cho-duyet")
            #expect(shown["Nhiệm vụ quá hạn"]?.count == 1)
            var inspector = Browser(app)
            try await inspector.login("thanhtra")
            let inspectorHome = try await inspector.get("/tong-quan").body.string
            let overdue = try #require(tiles(inspectorHome)["Đơn quá hạn giải quyết"])
            #expect(overdue.count == 1)
            #expect(try await inspector.get(overdue.url).body.string.contains("Đề nghị xem xét việc cấp đất"))
        }
    }
}
