/// The list of what must be publicised is data (Luật 10/2022/QH15, Điều 11 for communes; Chương III for agencies): a province
/// adds its own categories, edits them, and retires those no longer required. A category already used by a published item
/// is never deleted — only retired, so the items keep their category and the history reads the same.
public enum DisclosureCategoryRules {
    /// Who publishes under a category: communes (Chương II) or agencies (Chương III).
    public static let scopes: [(code: String, label: String)] = [
        ("xa", "Xã, phường công khai (Luật 10/2022/QH15, Chương II)"),
        ("co_quan", "Cơ quan, đơn vị công khai trong nội bộ (Luật 10/2022/QH15, Chương III)")
    ]

    public static func scopeLabel(_ code: String) -> String { scopes.first { $0.code == code }?.label ?? code }

    /// A category as typed in the form or the API.
    public struct Draft: Sendable, Equatable {
        public var code = ""
        public var title = ""
        public var article = ""
        /// Empty: posted permanently.
        public var minimumPostingDays = ""
        public var frequency = DisclosureFrequency.onEvent.rawValue
        public var loudspeaker = false
        public var scope = "xa"
        public var sortOrder = ""

        public init(
            code: String = "", title: String = "", article: String = "", minimumPostingDays: String = "",
            frequency: String = DisclosureFrequency.onEvent.rawValue, loudspeaker: Bool = false, scope: String = "xa", sortOrder: String = ""
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
    }

    public typealias Problems = [String: (code: String, message: String)]

    /// Checks a category; `takenCodes` are the codes already in the list (a new category needs a code of its own).
    public static func check(_ draft: Draft, takenCodes: Set<String>, isNew: Bool) -> (Problems, DisclosureCategory?) {
        var problems: Problems = [:]
        let code = draft.code.trimmingCharacters(in: .whitespaces).lowercased()
        if isNew {
            if code.count < 2 || code.count > 20 || !code.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) {
                problems["code"] = ("invalid_code", "Mã gồm 2–20 chữ cái không dấu, chữ số hoặc dấu gạch dưới, ví dụ: tinh_dat_dai.")
            } else if takenCodes.contains(code) {
                problems["code"] = ("category_code_taken", "Mã \(code) đã có trong danh mục; chọn mã khác.")
            }
        }
        let title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty || title.count > 500 { problems["title"] = ("missing_title", "Vui lòng nhập tên loại thông tin (tối đa 500 ký tự).") }
        let article = draft.article.trimmingCharacters(in: .whitespacesAndNewlines)
        if article.isEmpty || article.count > 300 {
            problems["article"] = ("missing_article", "Vui lòng ghi căn cứ: điều, khoản, văn bản quy định phải công khai (tối đa 300 ký tự).")
        }
        var days: Int?
        let typedDays = draft.minimumPostingDays.trimmingCharacters(in: .whitespaces)
        if !typedDays.isEmpty {
            if let value = Int(typedDays), (1...3650).contains(value) {
                days = value
            } else {
                problems["minimum_posting_days"] = (
                    "invalid_days", "Thời gian niêm yết tối thiểu là số ngày từ 1 đến 3.650, hoặc để trống nếu niêm yết thường xuyên."
                )
            }
        }
        let frequency = DisclosureFrequency(rawValue: draft.frequency)
        if frequency == nil { problems["frequency"] = ("invalid_frequency", "Vui lòng chọn tần suất công khai.") }
        if !scopes.contains(where: { $0.code == draft.scope }) {
            problems["scope"] = ("invalid_scope", "Vui lòng chọn danh mục của xã hay của cơ quan.")
        }
        var order = 100
        let typedOrder = draft.sortOrder.trimmingCharacters(in: .whitespaces)
        if !typedOrder.isEmpty {
            if let value = Int(typedOrder), (0...10000).contains(value) {
                order = value
            } else {
                problems["sort_order"] = ("invalid_order", "Thứ tự là số từ 0 đến 10.000.")
            }
        }
        guard problems.isEmpty, let frequency else { return (problems, nil) }
        return (
            [:],
            DisclosureCategory(
                code: code, title: title, article: article, minimumPostingDays: days, frequency: frequency,
                loudspeaker: draft.loudspeaker, scope: draft.scope, sortOrder: order)
        )
    }

    /// A category used by published items is retired, never deleted.
    public static func deleteProblem(itemsUsing: Int) -> (code: String, message: String)? {
        guard itemsUsing > 0 else { return nil }
        return ("category_in_use", "Đã có \(itemsUsing) thông tin công khai thuộc loại này: chỉ có thể ngừng sử dụng, không thể xóa.")
    }

    /// The units whose categories apply under `path` ("/1/5/77/"): the unit itself and its ancestors.
    public static func owners(underPath path: String) -> [Int] {
        path.split(separator: "/").compactMap { Int($0) }
    }
}
