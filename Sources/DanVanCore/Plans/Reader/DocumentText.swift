/// The working text of a document: the source normalized once, then split into paragraphs.
///
/// Normalization: NFC; non-breaking and other odd spaces become plain spaces; Markdown emphasis,
/// heading marks and table pipes are dropped; cells of a header laid out in columns (runs of
/// three or more spaces) become separate lines; a line broken in mid-sentence is joined to its
/// continuation, even across a footnote block or a page number that a page break put between
/// them. Every position the readers report is a UTF-8 offset into `text`, the paragraphs joined
/// with "\n", so a UI can highlight exactly what was read.
public struct DocumentText: Sendable {
    /// The normalized text.
    public let text: String
    let scalars: Scalars
    /// Each paragraph as a range of `scalars`; paragraphs are separated by one "\n".
    let paragraphs: [Range<Int>]
    private let utf8Prefix: [Int32]

    public init(_ source: String) {
        let lines = DocumentText.lines(of: source)
        let joined = DocumentText.joinBrokenLines(lines)
        var scalars = Scalars()
        scalars.reserveCapacity(source.unicodeScalars.count)
        var paragraphs: [Range<Int>] = []
        paragraphs.reserveCapacity(joined.count)
        for line in joined {
            if !scalars.isEmpty { scalars.append("\n") }
            let start = scalars.count
            scalars.append(contentsOf: line)
            paragraphs.append(start..<scalars.count)
        }
        var prefix = [Int32](repeating: 0, count: scalars.count + 1)
        var total: Int32 = 0
        for (i, c) in scalars.enumerated() {
            prefix[i] = total
            let v = c.value
            total += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        prefix[scalars.count] = total
        self.scalars = scalars
        self.paragraphs = paragraphs
        self.utf8Prefix = prefix
        self.text = scalars.string(0..<scalars.count)
    }

    func string(_ range: Range<Int>) -> String { scalars.string(range) }

    func span(_ range: Range<Int>) -> TextSpan {
        TextSpan(start: Int(utf8Prefix[range.lowerBound]), end: Int(utf8Prefix[range.upperBound]))
    }

    /// Index of the paragraph holding scalar `i`.
    func paragraphIndex(of i: Int) -> Int {
        var lo = 0
        var hi = paragraphs.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if paragraphs[mid].lowerBound <= i { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    // MARK: - Lines

    /// Splits the source into cleaned, non-empty lines.
    static func lines(of source: String) -> [Scalars] {
        var needsNFC = false
        for c in source.unicodeScalars where c.value >= 0x300 && c.value <= 0x36F {
            needsNFC = true
            break
        }
        let text = needsNFC ? VietnameseText.nfc(source) : source
        var lines: [Scalars] = []
        var line = Scalars()
        line.reserveCapacity(256)
        var afterCR = false  // "\r\n" is one line break
        for c in text.unicodeScalars {
            if afterCR && c.value == 0x0A { afterCR = false; continue }
            afterCR = c.value == 0x0D
            switch c.value {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x2028, 0x2029:
                lines.append(contentsOf: cleanLine(line))
                line.removeAll(keepingCapacity: true)
            case 0x09, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                line.append(" ")
            case 0x200B...0x200D, 0xFEFF, 0xAD:
                continue
            case 0x00...0x1F, 0x7F:
                line.append(" ")
            default:
                line.append(c)
            }
        }
        lines.append(contentsOf: cleanLine(line))
        return lines
    }

    /// Drops Markdown marks, collapses spaces, and splits column layouts into cells.
    static func cleanLine(_ raw: Scalars) -> [Scalars] {
        var i = 0
        let n = raw.count
        while i < n && raw[i] == " " { i += 1 }
        if i == n { return [[]] }  // a blank line: kept as an empty marker until lines are joined
        // Markdown heading and quote marks at the line start.
        var j = i
        while j < n && raw[j] == "#" { j += 1 }
        if j > i && j < n && raw[j] == " " { i = j }
        if i < n && raw[i] == ">" && i + 1 < n && raw[i + 1] == " " { i += 2 }
        var cells: [Scalars] = []
        var out = Scalars()
        out.reserveCapacity(n)
        var spaces = 0
        func flushCell() {
            while let last = out.last, last == " " { out.removeLast() }
            if !out.isEmpty, !isDecoration(out) { cells.append(out) }
            out.removeAll(keepingCapacity: true)
        }
        var k = i
        while k < n {
            let c = raw[k]
            if c == " " {
                spaces += 1
                k += 1
                continue
            }
            if c == "|" {
                flushCell()
                spaces = 0
                k += 1
                continue
            }
            if c == "*" || (c == "_" && k + 1 < n && raw[k + 1] == "_") {
                // "* " at the line start is a bullet; other asterisks and "__" are emphasis.
                if c == "*" && out.isEmpty && cells.isEmpty && k + 1 < n && raw[k + 1] == " " {
                    out.append("-")
                    k += 1
                    continue
                }
                k += 1
                while k < n && raw[k] == c { k += 1 }
                continue
            }
            if c == "\\" && k + 1 < n && "*_.#-[]()`".unicodeScalars.contains(raw[k + 1]) {
                k += 1
                continue
            }
            if spaces > 0 {
                if spaces >= 3 && !out.isEmpty {
                    flushCell()
                } else if !out.isEmpty {
                    out.append(" ")
                }
                spaces = 0
            }
            out.append(c)
            k += 1
        }
        flushCell()
        return cells
    }

    /// Lines of rules only ("-----", "___", "***", "* * *").
    static func isDecoration(_ line: Scalars) -> Bool {
        for c in line where Sc.isWordChar(c) { return false }
        return line.count >= 3 || line.allSatisfy { $0 == "-" || $0 == "_" || $0 == "=" || $0 == "*" || $0 == " " || $0 == "~" }
    }

    // MARK: - Joining broken lines

    /// Words after which a sentence cannot end: a line ending with one continues on the next line.
    private static let connectors = PhraseSet([
        "của", "và", "về", "số", "ngày", "với", "các", "những", "theo", "tại", "cho", "trong", "để",
        "tháng", "năm", "hoặc", "là", "được", "có", "đến", "từ", "trên", "giữa", "thuộc",
    ])

    static func isFootnoteLine(_ line: Scalars) -> Bool {
        guard let first = line.first else { return false }
        return Sc.isSuperscriptDigit(first)
    }

    static func isPageNumberLine(_ line: Scalars) -> Bool {
        line.count <= 4 && line.allSatisfy { Sc.isDigit($0) || $0 == "-" || $0 == " " }
    }

    /// True when `line` does not finish a sentence and `next` continues it.
    static func continues(_ line: Scalars, with next: Scalars) -> Bool {
        guard let last = line.last, let first = next.first else { return false }
        if ".;:!?".unicodeScalars.contains(last) { return false }
        // A heading in capitals, or a next line that opens a list item ("a) …"), is not continued.
        if isAllCaps(line) { return false }
        if next.count > 1, Sc.isLetter(first), next[1] == ")" { return false }
        if Sc.isLetter(first) && Sc.isLower(first) { return true }
        if Sc.isLetter(last) {
            // A connector word at the end ("… của", "… và") is never the end of a sentence.
            var j = line.count
            while j > 0 && Sc.isLetter(line[j - 1]) { j -= 1 }
            if j > 0, line.count - j <= 6, line.matchAny(connectors, at: j, line.count)?.1 == line.count,
               Sc.isLetter(first) || Sc.isDigit(first) {
                return !isAllCaps(line)
            }
        }
        return false
    }

    static func isAllCaps(_ line: Scalars) -> Bool {
        var letters = 0
        for c in line where Sc.isLetter(c) {
            if Sc.isLower(c) { return false }
            letters += 1
        }
        return letters > 0
    }

    /// The width of a hard-wrapped text (pdftotext output, e-mail): nil when lines are paragraphs.
    static func wrapWidth(_ lines: [Scalars]) -> Int? {
        guard lines.count >= 20 else { return nil }
        let lengths = lines.map(\.count).sorted()
        let p80 = lengths[lengths.count * 8 / 10]
        guard p80 <= 110 && p80 >= 30 else { return nil }
        return lengths[lengths.count * 95 / 100]
    }

    /// Words that open a paragraph of their own in a plan.
    static let paragraphOpeners = PhraseSet(["Căn cứ", "Trên đây", "Nơi nhận"])

    static func firstWordLength(_ line: Scalars) -> Int {
        var j = 0
        while j < line.count && line[j] != " " { j += 1 }
        return j
    }

    /// "1. ", "II. ", "a) ", "- ", "+ ", "•": the next line opens an item of its own.
    static func startsItem(_ line: Scalars) -> Bool {
        guard let first = line.first else { return false }
        if line.matchEnd(paragraphOpeners, at: 0, line.count) != nil && Sc.isUpper(first) { return true }
        if "-+•–*".unicodeScalars.contains(first) || Sc.isSuperscriptDigit(first) { return true }
        var j = 0
        while j < line.count && (Sc.isDigit(line[j]) || "IVX".unicodeScalars.contains(line[j])) { j += 1 }
        if j > 0 && j < line.count && (line[j] == "." || line[j] == ")") { return true }
        return line.count > 1 && Sc.isLetter(first) && line[1] == ")"
    }

    static func joinBrokenLines(_ all: [Scalars]) -> [Scalars] {
        // Blank lines separate paragraphs in hard-wrapped text; elsewhere a sentence may go on after one.
        var lines: [Scalars] = []
        var blankBefore: [Bool] = []
        lines.reserveCapacity(all.count)
        var blank = false
        for line in all {
            if line.isEmpty { blank = true; continue }
            lines.append(line)
            blankBefore.append(blank)
            blank = false
        }
        let width = wrapWidth(lines)
        var out: [Scalars] = []
        out.reserveCapacity(lines.count)
        var i = 0
        while i < lines.count {
            var current = lines[i]
            var lastLength = current.count  // the last physical line's length, for hard-wrapped text
            var held: [Scalars] = []  // footnotes met while following a broken sentence
            let inFootnote = isFootnoteLine(current)
            i += 1
            while i < lines.count {
                var k = i
                var skipped: [Scalars] = []
                while !inFootnote && k < lines.count && (isFootnoteLine(lines[k]) || isPageNumberLine(lines[k])) && k - i < 12 {
                    if isFootnoteLine(lines[k]) { skipped.append(lines[k]) }
                    k += 1
                }
                guard k < lines.count, !isFootnoteLine(lines[k]) else { break }
                // In hard-wrapped text a line that fills the width continues unless the next opens an item.
                let wrapped = width.map { w in
                    // The line was broken because the next word did not fit (character counts, with slack
                    // for proportional fonts).
                    (lastLength + 1 + firstWordLength(lines[k])) * 100 > w * 90 && !blankBefore[k] && !startsItem(lines[k]) && !isAllCaps(current)
                        && !".;:!?".unicodeScalars.contains(current.last!)
                } ?? false
                guard wrapped || (!inFootnote || !blankBefore[k]) && continues(current, with: lines[k]) else { break }
                current.append(" ")
                current.append(contentsOf: lines[k])
                lastLength = lines[k].count
                held.append(contentsOf: skipped)
                i = k + 1
            }
            out.append(current)
            out.append(contentsOf: held)
        }
        return out
    }
}

/// A place in `DocumentText.text`, as UTF-8 byte offsets (start inclusive, end exclusive).
public struct TextSpan: Hashable, Codable, Sendable {
    public let start: Int
    public let end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
