import Foundation

/// Tổ chức thực hiện — following what a hamlet decided (Luật 10/2022/QH15, Điều 15 khoản 1–2 and Điều 23: the commune
/// organises the implementation; the collection, spending and management of the people's contributions are made public,
/// Điều 11 khoản 5): the contributions collected and what was spent, a running balance, published back to residents.
public enum ImplementationEntryKind: String, CaseIterable, Sendable, Codable {
    /// Thu: contributions collected from households.
    case collected = "thu"
    /// Chi: money spent on the works.
    case spent = "chi"

    public var label: String {
        switch self {
        case .collected: return "Thu"
        case .spent: return "Chi"
        }
    }
}

public enum VoteImplementationRules {
    /// The disclosure category the follow-up is published under: Điều 11 khoản 5, "các khoản huy động Nhân dân đóng góp".
    public static let disclosureCategory = "d11k5"
    /// Used when a province retired khoản 5 for its communes: khoản 14, "thông tin khác".
    public static let fallbackCategory = "d11k14"
    /// The largest amount one entry may carry, in đồng (a thousand billion): a typo guard, not a legal figure.
    public static let maximumAmount = 1_000_000_000_000

    /// One entry as typed, already parsed.
    public struct Entry: Sendable, Equatable {
        public var kind: ImplementationEntryKind
        /// Integer đồng.
        public var amount: Int
        /// Households that paid in this collection (thu only).
        public var households: Int?
        public var date: CivilDate
        /// What the money was spent on (chi), or a note on the collection.
        public var purpose: String
        /// Why spending goes beyond what was collected (an advance from the commune budget, a loan, …).
        public var overspendReason: String

        public init(
            kind: ImplementationEntryKind, amount: Int, households: Int? = nil, date: CivilDate, purpose: String = "", overspendReason: String = ""
        ) {
            self.kind = kind
            self.amount = amount
            self.households = households
            self.date = date
            self.purpose = purpose
            self.overspendReason = overspendReason
        }
    }

    /// The running totals of the entries.
    public struct Balance: Sendable, Equatable {
        public var collected = 0
        public var spent = 0
        /// Sum of the households of each collection (a household paying in two instalments counts twice: "lượt hộ").
        public var householdContributions = 0
        public var balance: Int { collected - spent }

        public init(collected: Int = 0, spent: Int = 0, householdContributions: Int = 0) {
            self.collected = collected
            self.spent = spent
            self.householdContributions = householdContributions
        }

        public mutating func add(_ entry: Entry) {
            switch entry.kind {
            case .collected:
                collected += entry.amount
                householdContributions += entry.households ?? 0
            case .spent: spent += entry.amount
            }
        }

        public static func of(_ entries: [Entry]) -> Balance {
            var balance = Balance()
            for entry in entries { balance.add(entry) }
            return balance
        }
    }

    /// What is wrong with an entry, by field, with a stable code and a Vietnamese message.
    public struct Problem: Sendable, Equatable {
        public let field: String
        public let code: String
        public let message: String

        public init(field: String, code: String, message: String) {
            self.field = field
            self.code = code
            self.message = message
        }
    }

    /// The rules of an entry on a vote held on `heldOn` with `eligible` households, given the balance before it:
    /// - only a matter the hamlet passed is implemented (`vote_not_passed`);
    /// - an amount is a whole number of đồng above zero (`invalid_amount`): a refund is a spending entry, never a negative one;
    /// - a collection names the households that paid, from 1 to the hamlet's households (`invalid_households`);
    /// - the date is between the vote and today (`invalid_date`);
    /// - a spending names its purpose (`missing_purpose`);
    /// - spending more than the balance is allowed — works are often advanced by the commune budget — but only with a
    ///   reason, kept with the entry and published with the result (`overspend_needs_reason`).
    public static func problems(_ entry: Entry, passed: Bool, heldOn: CivilDate, eligible: Int, before: Balance, today: CivilDate) -> [Problem] {
        var problems: [Problem] = []
        if !passed {
            problems.append(
                .init(
                    field: "kind", code: "vote_not_passed",
                    message: "Nội dung này không được thông qua nên không có việc tổ chức thực hiện để ghi."))
        }
        if entry.amount <= 0 || entry.amount > maximumAmount {
            problems.append(
                .init(
                    field: "amount", code: "invalid_amount",
                    message: "Số tiền phải là số đồng lớn hơn 0, ví dụ 12.500.000; khoản hoàn trả ghi là một khoản chi."))
        }
        if entry.kind == .collected {
            if let households = entry.households, (1...max(eligible, 1)).contains(households) {
            } else {
                problems.append(
                    .init(
                        field: "households", code: "invalid_households",
                        message: "Số hộ đã đóng góp phải từ 1 đến \(eligible) (tổng số hộ của thôn, tổ dân phố)."))
            }
        }
        if entry.date < heldOn || entry.date > today {
            problems.append(
                .init(
                    field: "date", code: "invalid_date",
                    message: "Ngày phải từ ngày biểu quyết (\(heldOn.vietnamese)) đến hôm nay (\(today.vietnamese))."))
        }
        if entry.purpose.count > 1000 { problems.append(.init(field: "purpose", code: "too_long", message: "Nội dung tối đa 1.000 ký tự.")) }
        if entry.kind == .spent {
            if entry.purpose.isEmpty {
                problems.append(.init(field: "purpose", code: "missing_purpose", message: "Vui lòng ghi khoản chi dùng vào việc gì."))
            }
            if let message = overspendWarning(entry, before: before), entry.overspendReason.isEmpty {
                problems.append(.init(field: "overspend_reason", code: "overspend_needs_reason", message: message))
            }
        }
        if entry.overspendReason.count > 1000 {
            problems.append(.init(field: "overspend_reason", code: "too_long", message: "Lý do tối đa 1.000 ký tự."))
        }
        return problems
    }

    /// The warning when a spending goes beyond what is left; nil when it does not.
    public static func overspendWarning(_ entry: Entry, before: Balance) -> String? {
        guard entry.kind == .spent, entry.amount > before.balance else { return nil }
        return "Khoản chi \(dong(entry.amount)) vượt số dư đang có (\(dong(before.balance))). Được ghi khi có lý do "
            + "(ví dụ: ngân sách xã ứng trước); lý do được công khai cùng kết quả."
    }

    /// "1.234.567 đ"; "-250.000 đ" for a balance below zero.
    public static func dong(_ amount: Int) -> String {
        var digits = String(amount.magnitude)
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        return (amount < 0 ? "-" : "") + digits + grouped + " đ"
    }

    /// "12.500.000", "12500000", "12 500 000" and "12.500.000 đ" are the same number of đồng; nil when it is not one.
    public static func amount(_ text: String) -> Int? {
        var typed = text.trimmingCharacters(in: .whitespaces)
        for suffix in ["đồng", "đ", "VNĐ", "vnđ", "VND"] where typed.hasSuffix(suffix) { typed = String(typed.dropLast(suffix.count)) }
        let digits = typed.filter { $0 != "." && $0 != " " && $0 != "," }
        guard !digits.isEmpty, digits.count <= 15 else { return nil }
        if digits.hasPrefix("-"), digits.dropFirst().allSatisfy(\.isNumber), !digits.dropFirst().isEmpty { return Int(digits) }
        guard digits.allSatisfy(\.isNumber) else { return nil }
        return Int(digits)
    }

    /// The title of the published follow-up.
    public static func publicTitle(subject: String, hamlet: String) -> String {
        String(("Kết quả thực hiện: " + subject + " (" + hamlet + ")").prefix(500))
    }

    /// The text published back to residents: the decision, the totals, then each entry in date order. No names.
    public static func publicText(subject: String, hamlet: String, decision: String?, entries: [Entry], today: CivilDate) -> String {
        let balance = Balance.of(entries)
        var lines = ["Nội dung " + hamlet + " đã biểu quyết thông qua: " + subject + "."]
        if let decision, !decision.isEmpty { lines.append("Quyết định của Ủy ban nhân dân xã: " + decision + ".") }
        lines.append("Tình hình thực hiện đến ngày \(today.vietnamese):")
        lines.append("- Đã thu: \(dong(balance.collected)) (\(balance.householdContributions) lượt hộ đóng góp).")
        lines.append("- Đã chi: \(dong(balance.spent)).")
        lines.append("- Còn lại: \(dong(balance.balance)).")
        let sorted = entries.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        if !sorted.isEmpty { lines.append("Chi tiết các khoản thu, chi:") }
        for entry in sorted {
            var line = "- \(entry.date.vietnamese): \(entry.kind == .collected ? "thu" : "chi") \(dong(entry.amount))"
            if let households = entry.households, entry.kind == .collected { line += " từ \(households) hộ" }
            if !entry.purpose.isEmpty { line += " — " + entry.purpose }
            if !entry.overspendReason.isEmpty { line += " (chi vượt số dư: " + entry.overspendReason + ")" }
            lines.append(line + ".")
        }
        lines.append("Mọi ý kiến về việc thu, chi xin gửi Ban Thanh tra nhân dân hoặc Ủy ban nhân dân xã.")
        return lines.joined(separator: "\n")
    }
}
