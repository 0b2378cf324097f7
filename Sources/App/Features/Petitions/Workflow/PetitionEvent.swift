import DanVanCore
import Fluent
import Foundation

/// Diễn biến xử lý đơn — one step in a petition's history: who moved it, from which status to which, and why.
final class PetitionEvent: Model, @unchecked Sendable {
    static let schema = "petition_events"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "petition_id") var petition: Petition
    @Field(key: "at") var at: Date
    @Field(key: "on_date") var onDate: String
    @Field(key: "username") var username: String
    @OptionalField(key: "from_status") var fromStatus: String?
    @Field(key: "to_status") var toStatus: String
    @Field(key: "note") var note: String

    init() {}

    init(petitionID: Int, onDate: CivilDate, actor: Actor, from: PetitionStatus?, to: PetitionStatus, note: String) {
        self.$petition.id = petitionID
        self.at = actor.at
        self.onDate = onDate.iso
        self.username = actor.username
        self.fromStatus = from?.rawValue
        self.toStatus = to.rawValue
        self.note = note
    }
}
