import Fluent

/// A secret shared by every server process (made by a migration), read by name.
final class AppSecret: Model, @unchecked Sendable {
    static let schema = "app_secrets"
    static let sessionSigning = "session_signing_key"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "name") var name: String
    @Field(key: "value") var value: String

    init() {}

    init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
