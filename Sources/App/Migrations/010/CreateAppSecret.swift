import Crypto
import Fluent
import Foundation
import SQLKit

/// Secrets every server process shares, made once at random: the key that signs anonymous visitors' session cookies.
///
/// Frozen (issue 11, item 2): the row is written by SQLKit under the name the session store reads
/// ("session_signing_key", `AppSecret.sessionSigning` when frozen), not through the live model.
struct CreateAppSecret: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("app_secrets")
            .field(.id, .int, .identifier(auto: true))
            .field("name", .string, .required)
            .field("value", .string, .required)
            .unique(on: "name")
            .create()
        let key = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
        try await (database as! any SQLDatabase).insert(into: "app_secrets").columns("name", "value")
            .values(SQLBind("session_signing_key"), SQLBind(key)).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("app_secrets").delete()
    }
}
