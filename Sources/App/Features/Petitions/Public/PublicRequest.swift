import Fluent
import Foundation

/// A request from the public side (form sent, code looked up), kept briefly to limit how often one address may ask.
final class PublicRequest: Model, @unchecked Sendable {
    static let schema = "public_requests"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "kind") var kind: String
    @Field(key: "address") var address: String
    @Field(key: "at") var at: Date

    init() {}

    init(kind: String, address: String, at: Date) {
        self.kind = kind
        self.address = address
        self.at = at
    }
}
