import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct OperationsTests {
    @Test func healthChecksTheDatabase() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/healthz") { #expect($0.status == .ok) }
        }
    }

    @Test func metricsUsePrometheusTextFormat() async throws {
        // In-memory requests come from no socket ("unknown"); allowing it stands in for a monitoring host.
        try await withTestApp(config: { $0.metricsAllow = ["unknown"] }) { app in
            try await app.testing().test(.GET, "/healthz") { _ in }
            try await app.testing().test(.GET, "/metrics") { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("# TYPE danvan_http_requests_total counter"))
                #expect(response.body.string.contains(#"danvan_http_requests_total{method="GET",status="2xx"}"#))
            }
        }
    }

    @Test func metricsAreRefusedToAddressesNotAllowed() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/metrics") { response in
                #expect(response.status == .forbidden)
                #expect(!response.body.string.contains("danvan_http_requests_total"))
            }
        }
        #expect(try AppConfig.fromEnvironment([:]).metricsAllow == ["127.0.0.1", "::1"])
        #expect(try AppConfig.fromEnvironment(["DANVAN_METRICS_ALLOW": "10.0.0.5, 127.0.0.1"]).metricsAllow == ["10.0.0.5", "127.0.0.1"])
    }

    @Test func subtreeQueriesHaveAPatternIndexOnPostgreSQL() async throws {
        try await withTestApp { app in
            let sql = app.db as! any SQLDatabase
            if sql.dialect.name == "postgresql" {
                let rows = try await sql.raw("SELECT indexname FROM pg_indexes WHERE tablename = 'units' AND indexdef LIKE '%text_pattern_ops%'")
                    .all()
                #expect(rows.count == 1)
            } else {
                let rows = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'units'").all()
                #expect(!rows.isEmpty)  // the ordinary path index; the pattern index is PostgreSQL's
            }
        }
    }

    @Test func configurationNamesEveryBadSetting() throws {
        #expect(throws: ConfigError.self) {
            try AppConfig.fromEnvironment(["DATABASE_URL": "mysql://x", "DANVAN_LOGIN_MAX_FAILURES": "không"])
        }
        do {
            _ = try AppConfig.fromEnvironment(["DATABASE_URL": "mysql://x", "DANVAN_LOGIN_MAX_FAILURES": "không"])
        } catch let error as ConfigError {
            #expect(error.problems.count == 2)
        }
        let config = try AppConfig.fromEnvironment(["DANVAN_MAX_BODY": "512kb", "DANVAN_SECURE_COOKIES": "true"])
        #expect(config.maxBodySize.value == 512 * 1024)
        #expect(config.secureCookies)
    }
}
