/// Số điện thoại, số định danh — the numbers a citizen types, checked as Vietnamese numbers are written.
public enum CitizenNumbers {
    /// A Vietnamese phone number: 10 digits starting with 0, spaces and dots allowed between them ("0905 111 222", "0905.111.222").
    /// Returns the digits, or nil when the text is not one.
    public static func phone(_ text: String) -> String? {
        guard let digits = digits(text), digits.count == 10, digits.hasPrefix("0") else { return nil }
        return digits
    }

    /// A personal ID number: the 12 digits of a CCCD (căn cước công dân) or the 9 of an old CMND, spaces and dots allowed.
    public static func idNumber(_ text: String) -> String? {
        guard let digits = digits(text), digits.count == 12 || digits.count == 9 else { return nil }
        return digits
    }

    private static func digits(_ text: String) -> String? {
        guard text.allSatisfy({ ("0"..."9").contains($0) || $0 == " " || $0 == "." }) else { return nil }
        return text.filter { $0 != " " && $0 != "." }
    }
}
