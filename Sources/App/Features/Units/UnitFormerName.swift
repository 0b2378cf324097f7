import DanVanCore
import Fluent
import Foundation

/// Tên cũ — a predecessor of a unit: an old commune (code and name, with its old district and province) that went
/// wholly or partly into it, from the official conversion table. Used to find a unit by what it used to be called.
final class UnitFormerName: Model, @unchecked Sendable {
    static let schema = "unit_former_names"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "unit_id") var unit: OrgUnit
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "name_key") var nameKey: String
    /// The old district and province: "Quận Ba Đình, Thành phố Hà Nội".
    @Field(key: "place") var place: String
    @Field(key: "place_key") var placeKey: String
    /// Whether the whole old commune went into this unit (else part of it did).
    @Field(key: "whole") var whole: Bool

    init() {}

    init(unitID: Int, code: String, name: String, place: String, whole: Bool) {
        self.$unit.id = unitID
        self.code = code
        self.name = VietnameseText.nfc(name)
        self.nameKey = VietnameseText.searchKey(name)
        self.place = VietnameseText.nfc(place)
        self.placeKey = VietnameseText.searchKey(place)
        self.whole = whole
    }
}
