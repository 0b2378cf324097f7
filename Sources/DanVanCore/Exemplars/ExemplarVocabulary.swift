/// Mô hình, điển hình "Dân vận khéo": the words of the registry (DOMAIN.md §2).
///
/// A *mô hình* (model) is an effective, replicable way of doing mass mobilisation; an *điển hình* (exemplar) is an
/// exemplary collective or person (Bình Phước, Hướng dẫn nghiệp vụ 22/6/2020). The feature is called "Exemplars" in
/// code because Fluent already means something else by "model".
public enum ExemplarKind: String, Codable, CaseIterable, Sendable {
    /// Mô hình "Dân vận khéo".
    case model = "mo_hinh"
    /// Điển hình "Dân vận khéo": a collective or an individual.
    case exemplar = "dien_hinh"

    public var label: String {
        switch self {
        case .model: return "Mô hình"
        case .exemplar: return "Điển hình"
        }
    }
}

/// Lĩnh vực — the four standard fields (DOMAIN.md §2.2; Vĩnh Long Hướng dẫn 02-HD/BDV 12/9/2017, Đắk Nông 2023).
public enum ExemplarField: String, Codable, CaseIterable, Sendable {
    case economy = "kinh_te"
    case cultureSociety = "van_hoa_xa_hoi"
    case defenceSecurity = "quoc_phong_an_ninh"
    case politicalSystem = "xay_dung_he_thong_chinh_tri"

    public var label: String {
        switch self {
        case .economy: return "Kinh tế"
        case .cultureSociety: return "Văn hóa – xã hội"
        case .defenceSecurity: return "Quốc phòng – an ninh"
        case .politicalSystem: return "Xây dựng hệ thống chính trị"
        }
    }

    /// Sub-topics offices commonly use within each field (DOMAIN.md §2.2); a registration may also type its own.
    public var subTopics: [String] {
        switch self {
        case .economy: return ["Phát triển kinh tế hộ", "Hợp tác xã, tổ hợp tác", "Giảm nghèo", "Giải phóng mặt bằng"]
        case .cultureSociety:
            return ["Nông thôn mới, đô thị văn minh", "Hiến đất làm đường", "An sinh xã hội", "Môi trường", "Giáo dục", "Tự quản cộng đồng"]
        case .defenceSecurity: return ["An ninh trật tự", "Bảo vệ biên giới", "Phòng chống tội phạm"]
        case .politicalSystem: return ["Dân vận chính quyền", "Cải cách hành chính", "Xây dựng Đảng, đoàn thể", "Dân chủ ở cơ sở"]
        }
    }
}

/// Cấp công nhận — the level a model is recognised at, ordered (DOMAIN.md §2.5, §2.6).
public enum RecognitionLevel: String, Codable, CaseIterable, Sendable, Comparable {
    case commune = "xa"
    case district = "huyen"
    case province = "tinh"
    case central = "trung_uong"

    public var rank: Int {
        switch self {
        case .commune: return 1
        case .district: return 2
        case .province: return 3
        case .central: return 4
        }
    }

    public static func < (lhs: RecognitionLevel, rhs: RecognitionLevel) -> Bool { lhs.rank < rhs.rank }

    public var label: String {
        switch self {
        case .commune: return "Cấp xã"
        case .district: return "Cấp huyện"
        case .province: return "Cấp tỉnh"
        case .central: return "Cấp Trung ương"
        }
    }
}

/// Hình thức khen thưởng (DOMAIN.md §2.6: Giấy khen of a commune/district chairman or Ban Dân vận; Bằng khen of the
/// provincial chairman or Ban Dân vận Trung ương; the exact ladder is a provincial regulation, e.g. Quảng Ninh QĐ 06/2021/QĐ-UBND).
public enum CommendationForm: String, Codable, CaseIterable, Sendable {
    case certificate = "giay_khen"
    case diploma = "bang_khen"

    public var label: String {
        switch self {
        case .certificate: return "Giấy khen"
        case .diploma: return "Bằng khen"
        }
    }
}
