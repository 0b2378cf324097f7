import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import App

/// Which database this test run uses: SQLite by default, PostgreSQL when DANVAN_TEST_DATABASE_URL names a server.
enum TestDatabase {
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["DANVAN_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// Runs `body` with a fresh application on a fresh, migrated database of its own, then removes the database.
func withTestApp(config: (inout AppConfig) -> Void = { _ in }, _ body: (Application) async throws -> Void) async throws {
    guard TestDatabase.postgresURL != nil else { return try await runTestApp(config: config, body) }
    // Swift Testing starts every test at once; each application opens a pool per event loop, and together they passed
    // the server's max_connections ("too many clients"). A few at a time is as fast on two cores.
    await PostgresGate.shared.enter()
    do {
        try await runTestApp(config: config, body)
    } catch {
        await PostgresGate.shared.leave()
        throw error
    }
    await PostgresGate.shared.leave()
}

private func runTestApp(config: (inout AppConfig) -> Void, _ body: (Application) async throws -> Void) async throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-test-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    var settings = AppConfig(dataDirectory: scratch)
    var databaseName: String?
    if let serverURL = TestDatabase.postgresURL {
        let name = "dv_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        // CREATE DATABASE copies template1 and fails while another test's CREATE holds it: try again a few times.
        for attempt in 1...5 {
            do {
                try await PostgresAdmin.run(serverURL, "CREATE DATABASE \(name)")
                break
            } catch  where attempt < 5 {
                try await Task.sleep(for: .milliseconds(200 * attempt))
            }
        }
        databaseName = String(name)
        settings.databaseURL = PostgresAdmin.url(serverURL, database: String(name))
    }
    config(&settings)
    let app = try await Application.make(.testing)
    app.clock = TestClock.clock
    do {
        try await configure(app, config: settings)
        try await app.autoMigrate()
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        try? await dropDatabase(databaseName)
        throw error
    }
    try await app.asyncShutdown()
    try await dropDatabase(databaseName)
    try? FileManager.default.removeItem(atPath: scratch)
}

/// At most `width` test applications on the PostgreSQL server at once; the others wait their turn in order.
actor PostgresGate {
    static let shared = PostgresGate(width: 16)

    private let width: Int
    private var inside = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(width: Int) { self.width = width }

    func enter() async {
        if inside < width {
            inside += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the place straight to the next in line, so `inside` never drops below what is really running.
    func leave() {
        if waiting.isEmpty {
            inside -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}

private func dropDatabase(_ name: String?) async throws {
    guard let name, let serverURL = TestDatabase.postgresURL else { return }
    try await PostgresAdmin.run(serverURL, "DROP DATABASE IF EXISTS \(name)")
}

/// Statements that must run outside any test database (CREATE/DROP DATABASE).
enum PostgresAdmin {
    static func run(_ serverURL: String, _ statement: String) async throws {
        let app = try await Application.make(.testing)
        do {
            app.databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: serverURL)), as: .psql)
            try await (app.db as! any SQLDatabase).raw(SQLQueryString(statement)).run()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// The server URL with its database name replaced.
    static func url(_ serverURL: String, database: String) -> String {
        var components = URLComponents(string: serverURL)!
        components.path = "/" + database
        return components.string!
    }
}
