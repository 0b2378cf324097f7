/// Đơn thư — one step a person takes on a petition, each posted to its own address.
public enum PetitionAction: String, CaseIterable, Sendable {
    case classify = "phan-loai"
    case accept = "thu-ly"
    case decide = "xu-ly"
    case start = "bat-dau"
    case extend = "gia-han"
    case resolve = "giai-quyet"
    case close = "ket-thuc"
    case grantIdentity = "cho-xem-danh-tinh"
}
