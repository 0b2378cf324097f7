/// Báo cáo — a report laid out as Nghị định 30/2020 Phụ lục I requires (mẫu 1.4, văn bản có tên loại).
public struct OfficialReport: Sendable, Equatable {
    /// A piece of the body (nội dung).
    public enum Block: Sendable, Equatable {
        case heading(String)
        case paragraph(String)
        /// One contributor's part under a section: "– <label in bold>: text", one paragraph.
        case entry(label: String, text: String)
        case table(header: [String], rows: [[String]])
    }

    /// Quyền hạn, chức vụ, họ tên người ký.
    public struct Signature: Sendable, Equatable {
        /// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH": one line each.
        public var lines: [String]
        /// Empty leaves a dotted line, under the space to sign, for the name to be written by hand.
        public var name: String

        public init(lines: [String], name: String) {
            self.lines = lines
            self.name = name
        }
    }

    /// Cơ quan chủ quản, e.g. "UBND TỈNH THỪA THIÊN HUẾ".
    public var parentBody: String?
    /// Cơ quan ban hành, e.g. "UBND THỊ XÃ HƯƠNG TRÀ".
    public var issuingBody: String
    /// Nil leaves the number for the văn thư to fill in when the report is registered.
    public var number: String?
    /// Ký hiệu, e.g. "BC-UBND".
    public var symbol: String
    /// Địa danh, e.g. "Hương Trà".
    public var place: String
    /// Nil leaves day and month blank; `year` is then printed.
    public var date: CivilDate?
    public var year: Int
    /// Tên loại văn bản printed above the trích yếu: "BÁO CÁO", "QUYẾT ĐỊNH".
    public var kindName: String = "BÁO CÁO"
    /// Trích yếu.
    public var title: String
    /// "Kính gửi:" recipients; may be empty.
    public var recipients: [String]
    public var body: [Block]
    public var signature: Signature
    /// "Nơi nhận:" entries; "Lưu: VT." is added when the last entry is not a "Lưu" entry.
    public var distribution: [String]

    public init(
        parentBody: String? = nil, issuingBody: String, number: String? = nil, symbol: String, place: String,
        date: CivilDate? = nil, year: Int, title: String, recipients: [String] = [], body: [Block],
        signature: Signature, distribution: [String]
    ) {
        self.parentBody = parentBody
        self.issuingBody = issuingBody
        self.number = number
        self.symbol = symbol
        self.place = place
        self.date = date
        self.year = year
        self.title = title
        self.recipients = recipients
        self.body = body
        self.signature = signature
        self.distribution = distribution
    }
}
