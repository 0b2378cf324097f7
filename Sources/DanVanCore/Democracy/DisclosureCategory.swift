/// How often a category of information must be publicised, so the coordinator sees what a commune has not published.
public enum DisclosureFrequency: String, CaseIterable, Sendable, Codable {
    /// Each quarter (Điều 11 khoản 2: budget execution "theo quý, 06 tháng, hằng năm").
    case quarterly = "hang_quy"
    /// Once a year.
    case yearly = "hang_nam"
    /// Posted permanently and updated on change (Điều 13: items 4 and 13); a commune must always have one posted.
    case permanent = "thuong_xuyen"
    /// Whenever there is a decision or document; no period can be "missing".
    case onEvent = "khi_phat_sinh"

    public var label: String {
        switch self {
        case .quarterly: return "Hằng quý"
        case .yearly: return "Hằng năm"
        case .permanent: return "Niêm yết thường xuyên"
        case .onEvent: return "Khi có quyết định, văn bản"
        }
    }
}

/// Where an item is made public (Điều 12 khoản 1, Điều 13).
public enum DisclosureForm: String, CaseIterable, Sendable, Codable {
    case noticeBoard = "niem_yet"
    case website = "trang_thong_tin"
    case loudspeaker = "truyen_thanh"
    case hamletHeads = "truong_thon"
    case meeting = "hoi_nghi"
    case socialNetwork = "mang_xa_hoi"

    public var label: String {
        switch self {
        case .noticeBoard: return "Niêm yết tại trụ sở UBND xã và điểm sinh hoạt cộng đồng"
        case .website: return "Đăng trên trang thông tin điện tử của xã"
        case .loudspeaker: return "Phát trên hệ thống truyền thanh của xã"
        case .hamletHeads: return "Gửi Trưởng thôn, Tổ trưởng tổ dân phố để thông tin đến Nhân dân"
        case .meeting: return "Thông báo tại hội nghị, cuộc họp"
        case .socialNetwork: return "Mạng viễn thông, mạng xã hội hợp pháp"
        }
    }
}

/// One category of what a commune must publicise (Luật 10/2022/QH15, Điều 11), with the article it comes from, its
/// minimum posting period and how often it must be published. The list is data: provinces may edit it (stored in
/// `disclosure_categories`); these are the defaults read from the law.
public struct DisclosureCategory: Sendable, Equatable, Codable {
    /// Stable key, "d11k2" for Điều 11 khoản 2.
    public var code: String
    public var title: String
    /// "Luật 10/2022/QH15, Điều 11 khoản 2".
    public var article: String
    /// Minimum consecutive days of posting; nil when the category is posted permanently.
    public var minimumPostingDays: Int?
    public var frequency: DisclosureFrequency
    /// Điều 13 khoản 3: also broadcast on the loudspeakers.
    public var loudspeaker: Bool
    /// Who must publish: a commune ("xa") or an agency ("co_quan", Chương III).
    public var scope: String
    public var sortOrder: Int

    public init(
        code: String, title: String, article: String, minimumPostingDays: Int?, frequency: DisclosureFrequency,
        loudspeaker: Bool = false, scope: String = "xa", sortOrder: Int
    ) {
        self.code = code
        self.title = title
        self.article = article
        self.minimumPostingDays = minimumPostingDays
        self.frequency = frequency
        self.loudspeaker = loudspeaker
        self.scope = scope
        self.sortOrder = sortOrder
    }

    public var isPermanent: Bool { minimumPostingDays == nil }

    /// Điều 11's 14 items (DOMAIN.md §6.6), posting periods from Điều 13 (items 4 and 13 permanently, the others at
    /// least `minimumPostingDays`), and the quarterly list of what was publicised (Điều 13). The frequencies of items that
    /// the law does not put on a calendar are "when there is a decision"; items 1, 5, 6 and 9 are yearly by nature.
    public static func lawDefaults(settings: DemocracySettings = .defaults) -> [DisclosureCategory] {
        let days = settings.days(.minimumPostingDays)
        let law = "Luật 10/2022/QH15, Điều 11 khoản "
        func item(_ number: Int, _ title: String, _ frequency: DisclosureFrequency, permanent: Bool = false) -> DisclosureCategory {
            DisclosureCategory(
                code: "d11k\(number)", title: title, article: law + String(number),
                minimumPostingDays: permanent ? nil : days, frequency: frequency,
                loudspeaker: (7...12).contains(number), sortOrder: number)
        }
        return [
            item(1, "Kế hoạch phát triển kinh tế - xã hội hằng năm và kết quả thực hiện", .yearly),
            item(2, "Dự toán, tình hình thực hiện dự toán ngân sách (quý, 6 tháng, năm), quyết toán ngân sách", .quarterly),
            item(3, "Dự án, công trình đầu tư và tiến độ; thu hồi đất, bồi thường, tái định cư; quỹ đất; quy hoạch xây dựng", .onEvent),
            item(4, "Quy chế thực hiện dân chủ ở xã; nhiệm vụ, quyền hạn của cán bộ, công chức xã; quy tắc ứng xử", .permanent, permanent: true),
            item(5, "Quỹ, chương trình và các khoản huy động đóng góp của Nhân dân", .yearly),
            item(6, "Tài sản công của xã", .yearly),
            item(7, "Chính sách hỗ trợ, trợ cấp, tín dụng: tiêu chuẩn, đối tượng thụ hưởng và kết quả", .onEvent),
            item(8, "Hỗ trợ của Nhà nước sau thiên tai, dịch bệnh; quyên góp, ủng hộ tự nguyện", .onEvent),
            item(9, "Gọi công dân nhập ngũ, thực hiện nghĩa vụ công an: số lượng, tiêu chuẩn, danh sách", .yearly),
            item(10, "Kết quả thanh tra, kiểm tra, xử lý tham nhũng, tiêu cực của cán bộ xã; lấy phiếu tín nhiệm", .onEvent),
            item(11, "Kế hoạch lấy ý kiến Nhân dân và kết quả", .onEvent),
            item(12, "Phí, lệ phí do xã thu", .onEvent),
            item(13, "Thủ tục hành chính do xã giải quyết", .permanent, permanent: true),
            item(14, "Thông tin khác theo quy định của pháp luật, quy chế", .onEvent),
            DisclosureCategory(
                code: "d13dm", title: "Danh mục thông tin đã công khai (hình thức, thời điểm)", article: "Luật 10/2022/QH15, Điều 13",
                minimumPostingDays: days, frequency: .quarterly, sortOrder: 15)
        ]
    }
}
