import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// Wires the application together; the only place that does.
public func configure(_ app: Application, config: AppConfig) async throws {
    app.config = config
    try configureDatabase(app, config: config)
    app.useClockStamps()
    app.migrations.add(DanVanMigrations.all)

    app.routes.defaultMaxBodySize = config.maxBodySize
    let signedCookies = SignedSessionCookie()
    app.sessions.use { _ in UnchangedSessionSkip(base: DanVanSessionDriver(cookies: signedCookies)) }
    app.sessions.configuration.cookieName = "danvan_session"
    app.sessions.configuration.cookieFactory = { id in
        .init(string: id.string, expires: nil, maxAge: nil, path: "/", isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }
    if app.environment == .testing { app.passwords.use(.bcrypt(cost: 4)) }

    ContentConfiguration.global.use(encoder: JSONCoding.encoder, for: .json)
    ContentConfiguration.global.use(decoder: JSONCoding.decoder, for: .json)

    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(RequestMetricsMiddleware())
    app.middleware.use(DanVanErrorMiddleware())
    app.middleware.use(NULRefusalMiddleware())
    try routes(app)
    registerCommands(app)

    if config.autoMigrate && app.environment != .testing {
        app.lifecycle.use(AutoMigrateOnServe())
    }
}

/// Reads the configuration from the environment, then configures.
public func configure(_ app: Application) async throws {
    try await configure(app, config: AppConfig.fromEnvironment())
}

private func configureDatabase(_ app: Application, config: AppConfig) throws {
    if let url = config.databaseURL {
        var configuration = try SQLPostgresConfiguration(url: url)
        configuration.searchPath = nil
        app.databases.use(.postgres(configuration: configuration), as: .psql)
    } else {
        try FileManager.default.createDirectory(atPath: config.dataDirectory, withIntermediateDirectories: true)
        let sqlite = DatabaseConfigurationFactory.sqlite(.file(config.sqlitePath), connectionPoolTimeout: .seconds(60), sqlLogLevel: .trace)
        app.databases.use(SQLiteSingleConnection(base: sqlite.make()), as: .sqlite)
        app.lifecycle.use(SQLiteConnectionSettings())
    }
}

/// Write-ahead logging, stored in the file once set: readers no longer wait for a writer, nor a writer for readers,
/// which the default rollback journal makes them do for the whole database.
///
/// The page cache and the memory map are settings of the connection, and the process keeps one
/// (`SQLiteSingleConnection`): SQLite's default 2 MB cache made the national registry and grid pages read the same
/// pages again through `pread` on every request (7 % of their CPU in a profile).
private struct SQLiteConnectionSettings: LifecycleHandler {
    func willBootAsync(_ app: Application) async throws {
        let sql = app.db as! any SQLDatabase
        try await sql.raw("PRAGMA journal_mode = WAL").run()
        try await sql.raw("PRAGMA cache_size = -65536").run()
        try await sql.raw("PRAGMA mmap_size = 268435456").run()
    }
}

/// Runs pending migrations when `serve` starts, so the embedded default needs no extra step.
private struct AutoMigrateOnServe: LifecycleHandler {
    func willBootAsync(_ app: Application) async throws {
        guard CommandLine.arguments.dropFirst().first.map({ $0 == "serve" || $0 == "demo" }) ?? true else { return }
        try await app.autoMigrate()
    }
}
