import Crypto
import Fluent
import Foundation

/// Secrets every server process shares, made once at random: the key that signs anonymous visitors' session cookies.
struct CreateAppSecret: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AppSecret.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("name", .string, .required)
            .field("value", .string, .required)
            .unique(on: "name")
            .create()
        let key = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
        try await AppSecret(name: AppSecret.sessionSigning, value: key).create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AppSecret.schema).delete()
    }
}
