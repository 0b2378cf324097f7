/// Kế hoạch — what the reader found in one plan document.
///
/// Encodes to the shape of the gold files (`number`, `issuer`, `place`, `date`, `title`,
/// `legal_refs`, `named_laws`, `units`, `deadlines`, `reports`) plus `document_type`,
/// `sections` and `spans`. Every `span` is a UTF-8 range of `text` (the normalized text).
public struct PlanDocument: Sendable {
    public var file: String?
    /// Số, ký hiệu: "389/KH-UBND", "65-KH/BDVTU"; nil when blank ("Số: /KH-VPUBND") or absent.
    public var number: Located<String>?
    /// Viết tắt tên loại per Nghị định 30/2020 Phụ lục III: "KH", "BC", "QĐ" …
    public var documentType: DocumentType?
    public var issuer: Located<String>?
    public var place: Located<String>?
    public var date: Located<CivilDate>?
    /// The year the plan is about or was issued in, used for dates written without a year.
    public var year: Int?
    /// Trích yếu: the subject line under the document type.
    public var title: Located<String>?
    public var legalReferences: [LegalReference] = []
    public var namedLaws: [Located<String>] = []
    public var sections: [PlanSection] = []
    /// Units and roles named in "Tổ chức thực hiện", each with its duties.
    public var assignments: [Assignment] = []
    public var deadlines: [Deadline] = []
    public var reports: [ReportObligation] = []
    /// The normalized text every span points into.
    public var text: String = ""
    /// The text as it came in (decoded, NFC), before paragraphs were rebuilt.
    public var sourceText: String = ""
    /// Maps positions in `text` to positions in `sourceText`.
    public var sourceMap = SourceMap()
    /// The text was recognised from scanned pages (OCR): every item needs a person's check against the original.
    public var recognisedFromImages = false

    public init() {}

    public var units: [String] { assignments.map(\.unit) }

    /// Where `span` (a range of `text`) sits in `sourceText`, the text before paragraphs were rebuilt.
    public func sourceSpan(_ span: TextSpan) -> TextSpan { sourceMap.sourceSpan(span) }
}

/// A value and where it was read.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var span: TextSpan

    public init(_ value: Value, span: TextSpan) {
        self.value = value
        self.span = span
    }
}

extension Located: Equatable where Value: Equatable {}

/// A document type of Nghị định 30/2020 Phụ lục III (and party documents of HD 36-HD/VPTW).
public struct DocumentType: Hashable, Codable, Sendable {
    /// "KH"
    public let code: String
    /// "Kế hoạch"
    public let name: String

    public static let all: [DocumentType] = [
        .init(code: "NQ", name: "Nghị quyết"), .init(code: "QĐ", name: "Quyết định"), .init(code: "CT", name: "Chỉ thị"),
        .init(code: "QC", name: "Quy chế"), .init(code: "QyĐ", name: "Quy định"), .init(code: "TC", name: "Thông cáo"),
        .init(code: "TB", name: "Thông báo"), .init(code: "HD", name: "Hướng dẫn"), .init(code: "CTr", name: "Chương trình"),
        .init(code: "KH", name: "Kế hoạch"), .init(code: "PA", name: "Phương án"), .init(code: "ĐA", name: "Đề án"),
        .init(code: "DA", name: "Dự án"), .init(code: "BC", name: "Báo cáo"), .init(code: "BB", name: "Biên bản"),
        .init(code: "TTr", name: "Tờ trình"), .init(code: "HĐ", name: "Hợp đồng"), .init(code: "CĐ", name: "Công điện"),
        .init(code: "BGN", name: "Bản ghi nhớ"), .init(code: "BTT", name: "Bản thỏa thuận"), .init(code: "GUQ", name: "Giấy ủy quyền"),
        .init(code: "GM", name: "Giấy mời"), .init(code: "GGT", name: "Giấy giới thiệu"), .init(code: "KL", name: "Kết luận")
    ]

    public static func from(code: String) -> DocumentType? {
        all.first { $0.code.lowercased() == code.lowercased() }
    }

    public static func from(name: String) -> DocumentType? {
        guard name.unicodeScalars.count <= 24 else { return nil }
        let key = VietnameseText.searchKey(name)
        return byKey[key]
    }

    private static let byKey: [String: DocumentType] = Dictionary(
        all.map { (VietnameseText.searchKey($0.name), $0) }, uniquingKeysWith: { a, _ in a })
}

/// Căn cứ — a document the plan cites.
public struct LegalReference: Sendable, Equatable {
    /// Every word before "số" (or before the number), as written: "Chỉ thị", "Chương trình phối hợp".
    public var type: String
    /// Spaces around "-" and "/" removed, footnote markers dropped: "120-KL/TW".
    public var number: String
    public var date: CivilDate?
    /// The body after "của", up to the subject: "Thủ tướng Chính phủ"; nil when no "của" follows.
    public var issuer: String?
    /// The first mention.
    public var span: TextSpan
    /// Every mention.
    public var mentions: [TextSpan]
}

public struct PlanSection: Sendable, Equatable {
    /// "I", "II" …
    public var number: String
    public var title: String
    public var span: TextSpan
    public var tasks: [PlanTask]
}

/// A numbered item of a section with its text (the item line and the paragraphs under it).
public struct PlanTask: Sendable, Equatable {
    public var number: String
    public var text: String
    public var span: TextSpan
}

/// A unit or role named in "Tổ chức thực hiện" and what it must do.
public struct Assignment: Sendable, Equatable {
    public var unit: String
    public var duties: [String]
    public var span: TextSpan
    /// Bodies the unit works with ("phối hợp với …"), as written.
    public var cooperating: [String] = []
}

/// A one-off dated deadline.
public struct Deadline: Sendable, Equatable {
    public var what: String
    public var date: CivilDate
    /// True when the text gave no year and it was taken from the plan.
    public var yearInferred: Bool
    public var to: String?
    public var by: [String]
    public var span: TextSpan
}

public enum ReportPeriod: String, Codable, Sendable, CaseIterable {
    case monthly, quarterly, semiannual, annual, adhoc
}

/// When a periodic report is due, as data.
public enum DueRule: Sendable, Equatable, Hashable {
    /// "ngày 15 hằng tháng"
    case dayOfMonth(Int)
    /// "trước 20 tháng cuối quý": day 20 of the quarter's `monthOfQuarter`-th month (1…3).
    case dayOfQuarterMonth(day: Int, monthOfQuarter: Int)
    /// "(20/5)", "trước 30/6/2024": a day of the year.
    case dayOfYear(month: Int, day: Int)
}

/// A reporting obligation: period, due rule, who reports and to whom.
public struct ReportObligation: Sendable, Equatable {
    public var period: ReportPeriod
    /// The date expression as written, without "trước" or "chậm nhất trong".
    public var due: String?
    public var dueRule: DueRule?
    public var by: [String]
    public var to: String?
    public var span: TextSpan
}
