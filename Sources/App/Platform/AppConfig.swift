import Foundation
import Vapor
import Views

/// Every setting DanVan reads, from the environment, checked once at start-up.
public struct AppConfig: Sendable {
    /// Folder for the SQLite file and uploaded files (`DANVAN_DATA_DIR`, default `./var`).
    public var dataDirectory: String
    /// `postgres://user:pass@host:port/db`; unset means the SQLite file in the data folder.
    public var databaseURL: String?
    /// Largest request body accepted, in bytes (`DANVAN_MAX_BODY`, e.g. `2mb`; default 2 MB).
    public var maxBodySize: ByteCount
    /// Failed logins in a row before an account is locked (`DANVAN_LOGIN_MAX_FAILURES`, default 5).
    public var loginMaxFailures: Int
    /// How long a locked account stays locked, in minutes (`DANVAN_LOCKOUT_MINUTES`, default 15).
    public var lockoutMinutes: Int
    /// Failed logins from one address within the lock-out window before it is throttled (`DANVAN_LOGIN_MAX_PER_IP`, default 20).
    public var loginMaxPerAddress: Int
    /// Mark the session cookie Secure (`DANVAN_SECURE_COOKIES=true` behind HTTPS).
    public var secureCookies: Bool
    /// Run pending migrations when the server starts (`DANVAN_AUTO_MIGRATE`, default true).
    public var autoMigrate: Bool
    /// `json` for one JSON object per log line, anything else for Vapor's text logs (`DANVAN_LOG_FORMAT`).
    public var logFormat: String
    /// Addresses of reverse proxies whose `X-Forwarded-For` is believed (`DANVAN_TRUSTED_PROXIES`, comma-separated).
    public var trustedProxies: Set<String>
    /// Path of the system's sendmail (`DANVAN_SENDMAIL`, e.g. /usr/sbin/sendmail); unset means reminders stay in-app.
    public var sendmailPath: String?
    /// The From header of reminder e-mails (`DANVAN_MAIL_FROM`).
    public var mailFrom: String
    /// The address people open DanVan at (`DANVAN_PUBLIC_URL`), for links in e-mails and calendar feeds.
    public var publicURL: String?
    /// The contact line citizens' pages show under the People's Committee's name (`DANVAN_PUBLIC_CONTACT`, optional).
    public var publicContact: String? = nil
    /// Minutes without a request after which a signed-in session ends (`DANVAN_SESSION_IDLE_MINUTES`, default 120).
    public var sessionIdleMinutes: Int
    /// Hours after sign-in after which a session ends however busy it is (`DANVAN_SESSION_MAX_HOURS`, default 12).
    public var sessionMaxHours: Int
    /// Client addresses that may read `/metrics` (`DANVAN_METRICS_ALLOW`, comma-separated; default loopback only).
    public var metricsAllow: Set<String>

    public init(
        dataDirectory: String = "var",
        databaseURL: String? = nil,
        maxBodySize: ByteCount = "2mb",
        loginMaxFailures: Int = 5,
        lockoutMinutes: Int = 15,
        loginMaxPerAddress: Int = 20,
        secureCookies: Bool = false,
        autoMigrate: Bool = true,
        logFormat: String = "text",
        trustedProxies: Set<String> = [],
        sendmailPath: String? = nil,
        mailFrom: String = "DanVan <danvan@localhost>",
        publicURL: String? = nil,
        metricsAllow: Set<String> = ["127.0.0.1", "::1"],
        sessionIdleMinutes: Int = 120,
        sessionMaxHours: Int = 12
    ) {
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
        self.maxBodySize = maxBodySize
        self.loginMaxFailures = loginMaxFailures
        self.lockoutMinutes = lockoutMinutes
        self.loginMaxPerAddress = loginMaxPerAddress
        self.secureCookies = secureCookies
        self.autoMigrate = autoMigrate
        self.logFormat = logFormat
        self.trustedProxies = trustedProxies
        self.sendmailPath = sendmailPath
        self.mailFrom = mailFrom
        self.publicURL = publicURL
        self.metricsAllow = metricsAllow
        self.sessionIdleMinutes = sessionIdleMinutes
        self.sessionMaxHours = sessionMaxHours
    }

    /// Reads the environment; throws naming every malformed setting at once.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AppConfig {
        var config = AppConfig()
        var problems: [String] = []
        func integer(_ key: String, into keyPath: WritableKeyPath<AppConfig, Int>) {
            guard let text = environment[key] else { return }
            if let value = Int(text), value > 0 {
                config[keyPath: keyPath] = value
            } else {
                problems.append(L10n.Platform.canMotSoNguyenDuong(key, text))
            }
        }
        func boolean(_ key: String, into keyPath: WritableKeyPath<AppConfig, Bool>) {
            guard let text = environment[key]?.lowercased() else { return }
            switch text {
            case "1", "true", "yes", "on": config[keyPath: keyPath] = true
            case "0", "false", "no", "off": config[keyPath: keyPath] = false
            default: problems.append(L10n.Platform.canTrueHoacFalse(environment[key]!, key))
            }
        }
        if let dir = environment["DANVAN_DATA_DIR"], !dir.isEmpty { config.dataDirectory = dir }
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                config.databaseURL = url
            } else {
                problems.append(L10n.Platform.databaseUrlPhaiBatDauBang)
            }
        }
        if let body = environment["DANVAN_MAX_BODY"] {
            let parsed = ByteCount(stringLiteral: body)
            if parsed.value > 0 { config.maxBodySize = parsed } else { problems.append(L10n.Platform.danvanMaxBodyViDu2mb(body)) }
        }
        integer("DANVAN_LOGIN_MAX_FAILURES", into: \.loginMaxFailures)
        integer("DANVAN_LOCKOUT_MINUTES", into: \.lockoutMinutes)
        integer("DANVAN_LOGIN_MAX_PER_IP", into: \.loginMaxPerAddress)
        integer("DANVAN_SESSION_IDLE_MINUTES", into: \.sessionIdleMinutes)
        integer("DANVAN_SESSION_MAX_HOURS", into: \.sessionMaxHours)
        boolean("DANVAN_SECURE_COOKIES", into: \.secureCookies)
        boolean("DANVAN_AUTO_MIGRATE", into: \.autoMigrate)
        if let format = environment["DANVAN_LOG_FORMAT"] { config.logFormat = format }
        func addresses(_ text: String) -> Set<String> {
            Set(text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        if let proxies = environment["DANVAN_TRUSTED_PROXIES"] { config.trustedProxies = addresses(proxies) }
        if let allowed = environment["DANVAN_METRICS_ALLOW"] { config.metricsAllow = addresses(allowed) }
        if let sendmail = environment["DANVAN_SENDMAIL"], !sendmail.isEmpty {
            if sendmail.hasPrefix("/") {
                config.sendmailPath = sendmail
            } else {
                problems.append(L10n.Platform.danvanSendmailCanDuongDanTuyet(sendmail))
            }
        }
        if let from = environment["DANVAN_MAIL_FROM"], !from.isEmpty {
            if from.contains("@"), !from.contains("\n"), !from.contains("\r") {
                config.mailFrom = from
            } else {
                problems.append(L10n.Platform.danvanMailFromCanMotDia(from))
            }
        }
        if let url = environment["DANVAN_PUBLIC_URL"], !url.isEmpty {
            if url.hasPrefix("http://") || url.hasPrefix("https://") {
                config.publicURL = String(url.reversed().drop { $0 == "/" }.reversed())
            } else {
                problems.append(L10n.Platform.danvanPublicUrlCanBatDau(url))
            }
        }
        if let contact = environment["DANVAN_PUBLIC_CONTACT"]?.trimmingCharacters(in: .whitespaces), !contact.isEmpty {
            config.publicContact = contact
        }
        guard problems.isEmpty else { throw ConfigError(problems: problems) }
        return config
    }

    /// The SQLite file used when no DATABASE_URL is set.
    public var sqlitePath: String { dataDirectory + "/danvan.sqlite" }
}

/// Start-up refused because of malformed settings.
public struct ConfigError: Error, CustomStringConvertible {
    public let problems: [String]
    public var description: String { L10n.Platform.cauHinhKhongHopLeN + problems.joined(separator: "\n- ") }
}

extension Application {
    private struct ConfigKey: StorageKey { typealias Value = AppConfig }

    /// The settings this application was configured with.
    public var config: AppConfig {
        get { storage[ConfigKey.self] ?? AppConfig() }
        set { storage[ConfigKey.self] = newValue }
    }
}
