import Foundation

/// Vietnamese text helpers: normalization and accent folding used for search keys.
public enum VietnameseText {
    /// NFC form: the composed form every stored string uses, so "ệ" typed as e+◌̂+◌̣ equals the precomposed one.
    public static func nfc(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    /// Lowercase, diacritics removed, đ→d: "Thừa Thiên Huế" → "thua thien hue".
    public static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                scalars.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
            } else if let folded = FoldTable.shared.map[value] {
                if folded != 0 { scalars.append(Unicode.Scalar(folded)!) }
            } else {
                scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(scalars)
    }

    /// The key stored beside a name for accent-insensitive search: folded, with runs of white space collapsed.
    public static func searchKey(_ text: String) -> String {
        fold(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// At most `maxCharacters` characters of `text`, cut after the last whole word and ended with "…" when cut.
    /// Characters are grapheme clusters, so a letter and its tone marks are never split.
    public static func excerpt(_ text: String, maxCharacters: Int) -> String {
        guard text.count > maxCharacters else { return text }
        let head = text.prefix(maxCharacters)
        let cut = head.lastIndex(where: \.isWhitespace).map { head[..<$0] } ?? head
        return cut.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) + "…"
    }
}

/// Scalar → folded ASCII letter for the Latin blocks Vietnamese uses; 0 marks a combining mark to drop.
private struct FoldTable: Sendable {
    static let shared = FoldTable()
    let map: [UInt32: UInt32]

    private init() {
        var map: [UInt32: UInt32] = [:]
        for value in UInt32(0x0300)...0x036F { map[value] = 0 }
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first!
                let lower = base.properties.lowercaseMapping.unicodeScalars.first!
                if lower.value < 0x80 { map[value] = lower.value }
            }
        }
        map[0x0110] = 0x64  // Đ
        map[0x0111] = 0x64  // đ
        self.map = map
    }
}
