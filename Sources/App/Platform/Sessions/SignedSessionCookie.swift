import Crypto
import Fluent
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// An anonymous visitor's session (the form token, a flash message, when a public form was shown) carried in the cookie
/// itself, signed with HMAC-SHA256 so it cannot be forged or altered: nothing is stored for a visitor who never signs in,
/// and the form token it holds is a signed double-submit token.
final class SignedSessionCookie: Sendable {
    /// Every signed cookie value starts with this; a signed-in session's random key never contains a dot.
    static let prefix = "a."
    private let cachedKey = NIOLockedValueBox<SymmetricKey?>(nil)

    private struct Payload: Codable {
        /// The session's data.
        var d: [String: String]
        /// When it was last written, in seconds since 1970: an abandoned cookie expires like an idle session.
        var t: Int
    }

    static func isSigned(_ id: SessionID) -> Bool { id.string.hasPrefix(prefix) }

    func encode(_ data: SessionData, at now: Date, on db: any Database) async throws -> SessionID {
        let payload = try Self.encoder.encode(Payload(d: data.snapshot, t: Int(now.timeIntervalSince1970)))
        let body = Self.base64URL(payload)
        return SessionID(
            string: Self.prefix + body + "."
                + Self.base64URL(Data(HMAC<SHA256>.authenticationCode(for: Data(body.utf8), using: try await key(on: db)))))
    }

    /// The data, or nil when the signature is wrong or the cookie has been idle too long.
    func decode(_ id: SessionID, at now: Date, idleMinutes: Int, on db: any Database) async throws -> SessionData? {
        let parts = id.string.dropFirst(Self.prefix.count).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let body = Self.data(base64URL: String(parts[0])), let mac = Self.data(base64URL: String(parts[1])),
            HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Data(parts[0].utf8), using: try await key(on: db)),
            let payload = try? JSONDecoder().decode(Payload.self, from: body),
            now.timeIntervalSince1970 - Double(payload.t) <= Double(idleMinutes) * 60
        else { return nil }
        return SessionData(initialData: payload.d)
    }

    /// The key made by the `CreateAppSecret` migration, read once per process.
    private func key(on db: any Database) async throws -> SymmetricKey {
        if let key = cachedKey.withLockedValue({ $0 }) { return key }
        guard let secret = try await AppSecret.query(on: db).filter(\.$name == AppSecret.sessionSigning).first(),
            let bytes = Data(base64Encoded: secret.value)
        else {
            throw Abort(.internalServerError, reason: "missing \(AppSecret.sessionSigning): run danvan migrate")
        }
        let key = SymmetricKey(data: bytes)
        cachedKey.withLockedValue { $0 = key }
        return key
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    /// Base64 with the URL- and cookie-safe alphabet, unpadded.
    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    private static func data(base64URL text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
