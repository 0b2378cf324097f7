/// Small, fast matchers over an array of Unicode scalars.
///
/// The readers scan the normalized text as `[Unicode.Scalar]` rather than with `String` APIs or
/// regular expressions: index arithmetic is O(1) and each comparison is a 32-bit compare, which
/// keeps the reader well above 5 MB/s on one core.
typealias Scalars = [Unicode.Scalar]

enum Sc {
    static let space: Unicode.Scalar = " "
    static let newline: Unicode.Scalar = "\n"

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x30 && c.value <= 0x39
    }

    @inline(__always) static func digitValue(_ c: Unicode.Scalar) -> Int {
        Int(c.value) - 0x30
    }

    /// Letters used in Vietnamese text (Latin with diacritics); other scripts count too.
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if v == 0xD7 || v == 0xF7 { return false }
        if (v >= 0xC0 && v <= 0x24F) || (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x300 && v <= 0x36F) { return true }
        if v >= 0x2070 && v <= 0x209F { return false }  // superscripts and subscripts
        if v >= 0x2000 && v <= 0x2BFF { return false }  // punctuation, symbols, arrows
        return c.properties.isAlphabetic
    }

    @inline(__always) static func isWordChar(_ c: Unicode.Scalar) -> Bool {
        isLetter(c) || isDigit(c)
    }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return c.properties.isUppercase
    }

    @inline(__always) static func isLower(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return c.properties.isLowercase
    }

    @inline(__always) static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(v + 0x20)! : c }
        if v == 0x110 { return "đ" }
        if (v >= 0x1EA0 && v <= 0x1EF9) { return v & 1 == 0 ? Unicode.Scalar(v + 1)! : c }
        if !c.properties.isUppercase { return c }
        return c.properties.lowercaseMapping.unicodeScalars.first ?? c
    }

    @inline(__always) static func upper(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) ? Unicode.Scalar(v - 0x20)! : c }
        if v == 0x111 { return "Đ" }
        if (v >= 0x1EA0 && v <= 0x1EF9) { return v & 1 == 1 ? Unicode.Scalar(v - 1)! : c }
        if !c.properties.isLowercase { return c }
        return c.properties.uppercaseMapping.unicodeScalars.first ?? c
    }

    /// Superscript digits used as footnote markers: ¹ ² ³ ⁰ ⁴ … ⁹.
    @inline(__always) static func isSuperscriptDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0xB9 || v == 0xB2 || v == 0xB3 || (v >= 0x2070 && v <= 0x2079)
    }

    static func isQuote(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x201C, 0x201D, 0x2018, 0x2019, 0xAB, 0xBB: return true
        default: return false
        }
    }

    static func isDash(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c.value == 0x2013 || c.value == 0x2014 || c.value == 0x2212
    }
}

/// A lowercase literal to match case-insensitively; a space in it matches one or more spaces.
struct Phrase: Sendable {
    let scalars: [Unicode.Scalar]
    let text: String

    init(_ text: String) {
        self.text = text
        self.scalars = Array(text.lowercased().unicodeScalars)
    }
}

extension Array where Element == Unicode.Scalar {
    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self[range])
        return String(view)
    }

    @inline(__always) func skipSpaces(_ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end && self[j] == " " { j += 1 }
        return j
    }

    @inline(__always) func skipSpacesBack(_ i: Int, _ start: Int) -> Int {
        var j = i
        while j > start && self[j - 1] == " " { j -= 1 }
        return j
    }

    /// Index just past the run of word characters starting at `i`.
    @inline(__always) func wordEnd(_ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end && Sc.isWordChar(self[j]) { j += 1 }
        return j
    }

    @inline(__always) func isWordStart(_ i: Int, _ start: Int) -> Bool {
        i == start || !Sc.isWordChar(self[i - 1])
    }

    /// Matches `phrase` at `i` case-insensitively; returns the index after it, or nil.
    /// The match must end at a word boundary when the phrase ends with a word character.
    func match(_ phrase: Phrase, at i: Int, _ end: Int) -> Int? {
        var j = i
        let p = phrase.scalars
        var k = 0
        while k < p.count {
            let pc = p[k]
            if pc == " " {
                guard j < end, self[j] == " " else { return nil }
                while j < end && self[j] == " " { j += 1 }
                k += 1
                continue
            }
            guard j < end, Sc.lower(self[j]) == pc else { return nil }
            j += 1
            k += 1
        }
        if let last = p.last, Sc.isWordChar(last), j < end, Sc.isWordChar(self[j]) { return nil }
        return j
    }

    /// Like `match`, but the text must have the same case as written in the phrase's source text.
    func matchExact(_ phrase: Phrase, at i: Int, _ end: Int) -> Int? {
        guard let j = match(phrase, at: i, end) else { return nil }
        return Sc.isLower(self[i]) == Sc.isLower(phrase.text.unicodeScalars.first!) ? j : nil
    }

    func matchAny(_ phrases: [Phrase], at i: Int, _ end: Int) -> (Phrase, Int)? {
        for phrase in phrases {
            if let j = match(phrase, at: i, end) { return (phrase, j) }
        }
        return nil
    }

    /// First index ≥ i where `phrase` matches at a word start, or nil.
    func find(_ phrase: Phrase, from i: Int, _ end: Int) -> Int? {
        guard let first = phrase.scalars.first else { return nil }
        var j = i
        while j < end {
            if Sc.lower(self[j]) == first, isWordStart(j, i), match(phrase, at: j, end) != nil { return j }
            j += 1
        }
        return nil
    }

    /// Reads an unsigned decimal at `i`; returns value and end index.
    @inline(__always) func readNumber(_ i: Int, _ end: Int, maxDigits: Int = 9) -> (Int, Int)? {
        var j = i
        var value = 0
        while j < end && Sc.isDigit(self[j]) && j - i < maxDigits {
            value = value * 10 + Sc.digitValue(self[j])
            j += 1
        }
        if j == i || (j < end && Sc.isDigit(self[j])) { return nil }
        return (value, j)
    }

    func trimmed(_ range: Range<Int>, extra: (Unicode.Scalar) -> Bool = { _ in false }) -> Range<Int> {
        var a = range.lowerBound
        var b = range.upperBound
        while a < b && (self[a] == " " || extra(self[a])) { a += 1 }
        while b > a && (self[b - 1] == " " || extra(self[b - 1])) { b -= 1 }
        return a..<b
    }
}
