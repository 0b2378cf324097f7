import Foundation

/// Repairs the confusions tesseract makes on Vietnamese administrative text, which the rules downstream cannot undo.
///
/// - Đ read as the Icelandic eth (Ð U+00D0, ð U+00F0), often doubled ("QĐÐ/TW"): Vietnamese has no eth and no "ĐĐ".
/// - Heading numbers. Nghị định 30/2020 documents number their parts I, II, III… and the items in a part 1, 2, 3…,
///   in order; tesseract reads a Roman numeral's strokes loosely ("IL.", "HI.", "II." for III.) and a digit as a letter
///   ("o." for 5.). A line that starts with such a number (followed by ". " or "- " and a capital) gets the number the
///   order calls for: the next Roman numeral for a Roman-looking token, the next item for a misread digit.
enum OcrCorrections {
    static func apply(_ text: String) -> String {
        var fixed = text.replacingOccurrences(of: "\u{00D0}", with: "\u{0110}").replacingOccurrences(of: "\u{00F0}", with: "\u{0111}")
        while fixed.contains("ĐĐ") { fixed = fixed.replacingOccurrences(of: "ĐĐ", with: "Đ") }
        while fixed.contains("đđ") { fixed = fixed.replacingOccurrences(of: "đđ", with: "đ") }
        var part = 0
        var item = 0
        var lines: [String] = []
        for line in fixed.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(line)
            if let heading = HeadingNumber(line) {
                switch heading.kind {
                case .roman:
                    part += 1
                    item = 0
                    if part <= romanNumerals.count { line = heading.replacingNumber(with: romanNumerals[part - 1]) }
                case .arabic(let value):
                    item = value
                case .misreadDigit:
                    item += 1
                    line = heading.replacingNumber(with: String(item))
                }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    static let romanNumerals = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
        "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"
    ]

    /// The number that opens a heading line: "II. NHIỆM VỤ", "3. Phòng Nội vụ", "o. Phòng Tư pháp".
    struct HeadingNumber {
        enum Kind: Equatable {
            /// Strokes of a Roman numeral, read right or not: I, V, X, and the I-like H, L, l, 1, |.
            case roman
            case arabic(Int)
            /// A one-letter token in place of a digit (o, O for 0 or 5, S for 5, B for 8).
            case misreadDigit
        }

        let kind: Kind
        private let indent: Substring
        private let rest: Substring

        init?(_ line: String) {
            let indent = line.prefix { $0 == " " }
            let body = line.dropFirst(indent.count)
            let token = body.prefix { $0.isLetter || $0.isNumber || $0 == "|" }
            let after = body.dropFirst(token.count)
            guard !token.isEmpty, token.count <= 5, after.hasPrefix(". ") || after.hasPrefix("- "),
                let next = after.dropFirst(2).first, next.isUppercase
            else { return nil }
            if let value = Int(token), token.count <= 2 {
                kind = .arabic(value)
            } else if token.allSatisfy({ "IVXHLl1|".contains($0) }), token.contains(where: { "IVXHL".contains($0) }) {
                kind = .roman
            } else if token.count == 1, "oOSB".contains(token) {
                kind = .misreadDigit
            } else {
                return nil
            }
            self.indent = indent
            self.rest = after
        }

        func replacingNumber(with number: String) -> String { String(indent) + number + String(rest) }
    }
}
