import Fluent
import Testing
import Vapor
import VaporTesting

@testable import App

/// The login form must not tell a stranger which usernames exist or which accounts are disabled.
@Suite struct LoginEnumerationTests {
    @Test func unknownNamesAndRealAccountsAnswerAlikeUntilAndAfterTheLock() async throws {
        try await withTestApp(config: { $0.loginMaxFailures = 3 }) { app in
            try await Fixtures.seed(app)
            for round in 1...4 {
                let real = try await wrongLogin(app, "canbo")
                let unknown = try await wrongLogin(app, "khong-ai-co-ten-nay")
                #expect(real.status == unknown.status, "round \(round)")
                #expect(real.message == unknown.message, "round \(round)")
            }
        }
    }

    @Test func aDisabledAccountWithAWrongPasswordLooksLikeAnyOther() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            try await UserService.setDisabled(
                try await UserLookup.find("canbo", on: app.db), true, actor: .commandLine(at: TestClock.now), on: app.db)
            let disabled = try await wrongLogin(app, "canbo")
            let unknown = try await wrongLogin(app, "khong-ai-co-ten-nay")
            #expect(disabled.status == .unauthorized)
            #expect(disabled.status == unknown.status && disabled.message == unknown.message)
        }
    }

    private func wrongLogin(_ app: Application, _ username: String) async throws -> (status: HTTPStatus, message: String?) {
        var browser = Browser(app)
        let response = try await browser.login(username, password: "sai-mat-khau-roi")
        let html = response.body.string
        let message = html.range(of: #"Tên đăng nhập hoặc mật khẩu không đúng\.|Tài khoản [^<]*"#, options: .regularExpression).map {
            String(html[$0])
        }
        return (response.status, message)
    }
}
