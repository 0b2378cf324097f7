import Foundation

/// Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
/// letters compared first, tones (none, huyền, hỏi, ngã, sắc, nặng) only to break ties.
public enum VietnameseCollation {
    private static let alphabet: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"
    ]
    /// Combining tone marks in their collation order (after "no tone").
    private static let tones: [UInt32] = [0x0300, 0x0309, 0x0303, 0x0301, 0x0323]
    private static let letterRank: [String: Int] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0) })

    /// An ASCII key whose byte order is Vietnamese order; safe to store and sort on in any database collation.
    public static func sortKey(_ text: String) -> String {
        var primary = ""
        var secondary = ""
        for character in VietnameseText.nfc(text).lowercased() {
            let decomposed = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
            var tone = 0
            var letterScalars = String.UnicodeScalarView()
            for scalar in decomposed {
                if let index = tones.firstIndex(of: scalar.value) { tone = index + 1 } else { letterScalars.append(scalar) }
            }
            let letter = String(letterScalars).precomposedStringWithCanonicalMapping
            primary += weight(of: letter)
            if tone > 0 || letterRank[letter] != nil { secondary += String(tone) }
        }
        return primary + "0" + secondary
    }

    /// Two base-36 digits per character: digits and white space before letters, letters in alphabet order.
    private static func weight(of letter: String) -> String {
        let rank: Int
        if let letterIndex = letterRank[letter] {
            rank = 200 + letterIndex
        } else if let scalar = letter.unicodeScalars.first, letter.unicodeScalars.count == 1 {
            if scalar.properties.isWhitespace {
                rank = 1
            } else if let digit = Int(String(letter)) {
                rank = 10 + digit
            } else {
                rank = 2 + Int(scalar.value % 7)
            }  // punctuation: grouped before digits
        } else {
            rank = 1000
        }
        let digits = String(rank, radix: 36)
        return String(repeating: "0", count: max(0, 2 - digits.count)) + digits
    }

    /// Sorts strings in Vietnamese order.
    public static func sorted(_ names: [String]) -> [String] {
        names.map { ($0, sortKey($0)) }.sorted { $0.1 < $1.1 }.map(\.0)
    }
}
