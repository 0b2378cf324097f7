import Fluent
import Testing
import Vapor
import VaporTesting

@testable import App

/// Wrong passwords sent all at once must be counted like wrong passwords sent one by one.
@Suite struct LoginBurstTests {
    @Test func thirtyParallelWrongPasswordsLockTheAccount() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let statuses = try await burst(app, count: 30) { _ in ["username": "canbo", "password": "sai-mat-khau-roi"] }
            let checked = statuses.filter { $0 == .unauthorized }.count
            #expect(checked < app.config.loginMaxFailures, "no more wrong passwords checked than the limit allows")
            let account = try await UserLookup.find("canbo", on: app.db)
            #expect(account.lockedUntil.map { $0 > TestClock.now } == true)
            var owner = Browser(app)
            #expect(try await owner.login("canbo").status == .tooManyRequests)
        }
    }

    @Test func thirtyParallelAttemptsFromOneAddressRespectItsLimit() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let statuses = try await burst(app, count: 30) { ["username": "khong-co-\($0)", "password": "x"] }
            #expect(statuses.filter { $0 != .tooManyRequests }.count <= app.config.loginMaxPerAddress)
        }
    }

    /// Opens the login page in `count` browsers, then posts all their forms at the same moment.
    private func burst(_ app: Application, count: Int, form: @escaping @Sendable (Int) -> [String: String]) async throws -> [HTTPStatus] {
        var browsers: [Browser] = []
        for _ in 0..<count {
            var browser = Browser(app)
            _ = try await browser.get("/dang-nhap")
            browsers.append(browser)
        }
        return try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
            for (index, prepared) in browsers.enumerated() {
                group.addTask {
                    var browser = prepared
                    return try await browser.post("/dang-nhap", form: form(index)).status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }
}
