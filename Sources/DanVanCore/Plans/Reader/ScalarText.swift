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

    /// Bytes of `c` in UTF-8.
    @inline(__always) static func utf8Length(_ c: Unicode.Scalar) -> Int32 {
        let v = c.value
        return v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }

    @inline(__always) static func digitValue(_ c: Unicode.Scalar) -> Int {
        Int(c.value) - 0x30
    }

    /// Letters used in Vietnamese text (Latin with diacritics); other scripts count too.
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if v < CaseTable.size { return CaseTable.shared.flags[Int(v)] & CaseTable.letter != 0 }
        if (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x300 && v <= 0x36F) { return true }
        if v >= 0x2000 && v <= 0x2BFF { return false }  // punctuation, super/subscripts, symbols, arrows
        return c.properties.isAlphabetic
    }

    @inline(__always) static func isWordChar(_ c: Unicode.Scalar) -> Bool {
        isLetter(c) || isDigit(c)
    }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v < CaseTable.size { return CaseTable.shared.flags[Int(v)] & CaseTable.upper != 0 }
        if v >= 0x1EA0 && v <= 0x1EFF || v >= 0x1E00 && v <= 0x1E95 { return v & 1 == 0 }
        if v >= 0x2000 && v <= 0x2BFF { return false }
        return c.properties.isUppercase
    }

    @inline(__always) static func isLower(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v < CaseTable.size { return CaseTable.shared.flags[Int(v)] & CaseTable.lower != 0 }
        if v >= 0x1EA0 && v <= 0x1EFF || v >= 0x1E00 && v <= 0x1E95 { return v & 1 == 1 }
        if v >= 0x2000 && v <= 0x2BFF { return false }
        return c.properties.isLowercase
    }

    @inline(__always) static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(v + 0x20)! : c }
        if v < CaseTable.size { return Unicode.Scalar(CaseTable.shared.lower[Int(v)])! }
        if v >= 0x1EA0 && v <= 0x1EFF || v >= 0x1E00 && v <= 0x1E95 { return v & 1 == 0 ? Unicode.Scalar(v + 1)! : c }
        if v >= 0x2000 && v <= 0x2BFF { return c }
        if !c.properties.isUppercase { return c }
        return c.properties.lowercaseMapping.unicodeScalars.first ?? c
    }

    @inline(__always) static func upper(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) ? Unicode.Scalar(v - 0x20)! : c }
        if v == 0x111 { return "Đ" }
        if v >= 0x1EA0 && v <= 0x1EFF || v >= 0x1E00 && v <= 0x1E95 { return v & 1 == 1 ? Unicode.Scalar(v - 1)! : c }
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

/// Case flags and lowercase mappings for U+0000…U+036F, computed once from the Unicode
/// properties (which are slow to query per character).
struct CaseTable: Sendable {
    static let size: UInt32 = 0x370
    static let letter: UInt8 = 1, upper: UInt8 = 2, lower: UInt8 = 4
    static let shared = CaseTable()
    let flags: [UInt8]
    let lower: [UInt32]

    private init() {
        var flags = [UInt8](repeating: 0, count: Int(CaseTable.size))
        var lower = [UInt32](repeating: 0, count: Int(CaseTable.size))
        for v in 0..<CaseTable.size {
            let c = Unicode.Scalar(v)!
            let p = c.properties
            var f: UInt8 = 0
            if (v >= 0x300 && v <= 0x36F) || (p.isAlphabetic && v != 0xD7 && v != 0xF7 && v != 0xAA && v != 0xBA) { f |= CaseTable.letter }
            if p.isUppercase { f |= CaseTable.upper }
            if p.isLowercase { f |= CaseTable.lower }
            flags[Int(v)] = f
            let mapped = p.isUppercase ? (p.lowercaseMapping.unicodeScalars.first ?? c) : c
            lower[Int(v)] = mapped.value
        }
        self.flags = flags
        self.lower = lower
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

/// Phrases with a filter on their first letters, so most positions are rejected with one test.
/// The phrases' scalars are also kept in one flat buffer: matching walks it without touching
/// reference counts, which dominated the profile when iterating `[Phrase]`.
struct PhraseSet: Sendable {
    let phrases: [Phrase]
    let mask: UInt64
    private let flat: [Unicode.Scalar]
    private let bounds: [Int]

    init(_ texts: [String]) {
        phrases = texts.map(Phrase.init)
        var mask: UInt64 = 0
        var flat: [Unicode.Scalar] = []
        var bounds = [0]
        for p in phrases {
            mask |= 1 << UInt64(p.scalars[0].value & 63)
            flat += p.scalars
            bounds.append(flat.count)
        }
        self.mask = mask
        self.flat = flat
        self.bounds = bounds
    }

    @inline(__always) func mayStart(_ c: Unicode.Scalar) -> Bool {
        mask & (1 << UInt64(Sc.lower(c).value & 63)) != 0
    }

    /// Index of the first phrase matching `text` at `i`, and the end of the match.
    func firstMatch(_ text: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, _ end: Int) -> (Int, Int)? {
        flat.withUnsafeBufferPointer { p in
            bounds.withUnsafeBufferPointer { b in
                for k in 0..<(b.count - 1) {
                    if let j = matchScalars(text, at: i, end, p, b[k], b[k + 1]) { return (k, j) }
                }
                return nil
            }
        }
    }
}

/// Case-insensitive match of `p[pa..<pb]` (lowercase) at `text[i]`; a space matches a run of spaces;
/// a phrase ending with a word character must end at a word boundary.
@inline(__always)
func matchScalars(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, _ end: Int,
    _ p: UnsafeBufferPointer<Unicode.Scalar>, _ pa: Int, _ pb: Int
) -> Int? {
    var j = i
    var k = pa
    while k < pb {
        let pc = p[k]
        if pc == " " {
            guard j < end, text[j] == " " else { return nil }
            while j < end && text[j] == " " { j += 1 }
            k += 1
            continue
        }
        guard j < end, Sc.lower(text[j]) == pc else { return nil }
        j += 1
        k += 1
    }
    if pb > pa, Sc.isWordChar(p[pb - 1]), j < end, Sc.isWordChar(text[j]) { return nil }
    return j
}

extension Array where Element == Unicode.Scalar {
    @inline(__always) func matchAny(_ set: PhraseSet, at i: Int, _ end: Int) -> (Phrase, Int)? {
        guard i < end, set.mayStart(self[i]) else { return nil }
        guard let (k, j) = withUnsafeBufferPointer({ set.firstMatch($0, at: i, end) }) else { return nil }
        return (set.phrases[k], j)
    }

    /// First index in `range` where a phrase of `set` starts a word, or nil.
    func matchAnyPosition(_ set: PhraseSet, in range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while i < range.upperBound {
            if isWordStart(i, range.lowerBound), matchEnd(set, at: i, range.upperBound) != nil { return i }
            i += 1
        }
        return nil
    }

    /// Like `matchAny` without the phrase: the end of the first match.
    @inline(__always) func matchEnd(_ set: PhraseSet, at i: Int, _ end: Int) -> Int? {
        guard i < end, set.mayStart(self[i]) else { return nil }
        return withUnsafeBufferPointer({ set.firstMatch($0, at: i, end) })?.1
    }

    /// The scalars of `range` as a String, encoded by hand (appending to a UnicodeScalarView is slow).
    func string(_ range: Range<Int>) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(range.count * 2)
        for k in range {
            let v = self[k].value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | (v >> 6)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                bytes.append(UInt8(0xE0 | (v >> 12)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                bytes.append(UInt8(0xF0 | (v >> 18)))
                bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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

    func matchAny(_ phrases: [Phrase], at i: Int, _ end: Int) -> (Phrase, Int)? {
        for phrase in phrases {
            if let j = match(phrase, at: i, end) { return (phrase, j) }
        }
        return nil
    }

    /// First index ≥ i where `phrase` matches at a word start, or nil.
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
