/// The working text of a document: the source normalized once, then rebuilt into paragraphs.
///
/// Normalization: NFC; non-breaking and other odd spaces become plain spaces; Markdown emphasis,
/// heading marks and table pipes are dropped; cells of a header laid out in columns (runs of
/// three or more spaces) become separate lines. `ParagraphRebuilder` then joins lines broken
/// in mid-sentence and drops page furniture. Every position the readers report is a UTF-8
/// offset into `text`, the paragraphs joined with "\n", so a UI can highlight exactly what was
/// read; `sourceMap` turns such a position into one in `sourceText`, the text as it came in.
public struct DocumentText: Sendable {
    /// The normalized text.
    public let text: String
    /// The source text the paragraphs were rebuilt from (NFC when the source had decomposed marks).
    public let sourceText: String
    /// Offsets in `text` → offsets in `sourceText`.
    public let sourceMap: SourceMap
    let scalars: Scalars
    /// Each paragraph as a range of `scalars`; paragraphs are separated by one "\n".
    let paragraphs: [Range<Int>]
    private let utf8Prefix: [Int32]

    public init(_ source: String) {
        let (sourceText, lines) = DocumentText.lines(of: source)
        let rebuilt = ParagraphRebuilder.rebuild(lines)
        var scalars = Scalars()
        scalars.reserveCapacity(source.unicodeScalars.count)
        var origins: [Int32] = []
        origins.reserveCapacity(source.unicodeScalars.count)
        var paragraphs: [Range<Int>] = []
        paragraphs.reserveCapacity(rebuilt.count)
        for line in rebuilt {
            if !scalars.isEmpty {
                scalars.append("\n")
                origins.append(origins.last.map { $0 + 1 } ?? 0)
            }
            let start = scalars.count
            scalars.append(contentsOf: line.scalars)
            origins.append(contentsOf: line.origins)
            paragraphs.append(start..<scalars.count)
        }
        var prefix = [Int32](repeating: 0, count: scalars.count + 1)
        var total: Int32 = 0
        for (i, c) in scalars.enumerated() {
            prefix[i] = total
            total += Sc.utf8Length(c)
        }
        prefix[scalars.count] = total
        self.scalars = scalars
        self.paragraphs = paragraphs
        self.utf8Prefix = prefix
        self.text = scalars.string(0..<scalars.count)
        self.sourceText = sourceText
        self.sourceMap = SourceMap(scalars: scalars, utf8Prefix: prefix, origins: origins)
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

    /// Splits the source into cleaned lines (an empty line marks a blank one), each character
    /// with its UTF-8 offset in the returned source text.
    static func lines(of source: String) -> (String, [SourceLine]) {
        var needsNFC = false
        for c in source.unicodeScalars where c.value >= 0x300 && c.value <= 0x36F {
            needsNFC = true
            break
        }
        let text = needsNFC ? VietnameseText.nfc(source) : source
        var lines: [SourceLine] = []
        var line = SourceLine()
        line.scalars.reserveCapacity(256)
        line.origins.reserveCapacity(256)
        var afterCR = false  // "\r\n" is one line break
        var pageBreak = false
        var offset: Int32 = 0
        func endLine() {
            line.afterPageBreak = pageBreak
            let cells = cleanLine(line)
            if cells.contains(where: { !$0.scalars.isEmpty }) { pageBreak = false }
            lines.append(contentsOf: cells)
            line.scalars.removeAll(keepingCapacity: true)
            line.origins.removeAll(keepingCapacity: true)
        }
        for c in text.unicodeScalars {
            defer { offset += Sc.utf8Length(c) }
            if afterCR && c.value == 0x0A {
                afterCR = false
                continue
            }
            afterCR = c.value == 0x0D
            switch c.value {
            case 0x0C:  // a form feed: pdftotext's page break
                endLine()
                pageBreak = true
            case 0x0A, 0x0B, 0x0D, 0x2028, 0x2029:
                endLine()
            case 0x09, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x00...0x1F, 0x7F:
                line.scalars.append(" ")
                line.origins.append(offset)
            case 0x200B...0x200D, 0xFEFF, 0xAD:
                continue
            default:
                line.scalars.append(c)
                line.origins.append(offset)
            }
        }
        endLine()
        return (text, lines)
    }

    /// Drops Markdown marks, collapses spaces, and splits column layouts into cells.
    static func cleanLine(_ raw: SourceLine) -> [SourceLine] {
        let r = raw.scalars
        var i = 0
        let n = r.count
        while i < n && r[i] == " " { i += 1 }
        if i == n { return [SourceLine()] }  // a blank line: kept as an empty marker until lines are joined
        let indent = i
        // Markdown heading and quote marks at the line start.
        var j = i
        while j < n && r[j] == "#" { j += 1 }
        if j > i && j < n && r[j] == " " { i = j }
        if i < n && r[i] == ">" && i + 1 < n && r[i + 1] == " " { i += 2 }
        var cells: [SourceLine] = []
        var out = SourceLine()
        out.scalars.reserveCapacity(n)
        out.origins.reserveCapacity(n)
        var spaces = 0
        var cellStart = indent
        func flushCell() {
            while let last = out.scalars.last, last == " " {
                out.scalars.removeLast()
                out.origins.removeLast()
            }
            if !out.scalars.isEmpty, !isDecoration(out.scalars) {
                out.column = cellStart
                cells.append(out)
            }
            out.scalars.removeAll(keepingCapacity: true)
            out.origins.removeAll(keepingCapacity: true)
        }
        var k = i
        while k < n {
            let c = r[k]
            if c == " " {
                spaces += 1
                k += 1
                continue
            }
            if c == "|" {
                flushCell()
                spaces = 0
                k += 1
                cellStart = k
                continue
            }
            if c == "*" || (c == "_" && k + 1 < n && r[k + 1] == "_") {
                // "* " at the line start is a bullet; other asterisks and "__" are emphasis.
                if c == "*" && out.scalars.isEmpty && cells.isEmpty && k + 1 < n && r[k + 1] == " " {
                    out.scalars.append("-")
                    out.origins.append(raw.origins[k])
                    k += 1
                    continue
                }
                k += 1
                while k < n && r[k] == c { k += 1 }
                continue
            }
            if c == "\\" && k + 1 < n && "*_.#-[]()`".unicodeScalars.contains(r[k + 1]) {
                k += 1
                continue
            }
            if spaces > 0 {
                if spaces >= 3 && !out.scalars.isEmpty {
                    flushCell()
                    cellStart = k
                } else if !out.scalars.isEmpty {
                    out.scalars.append(" ")
                    out.origins.append(raw.origins[k - 1])
                }
                spaces = 0
            }
            out.scalars.append(c)
            out.origins.append(raw.origins[k])
            k += 1
        }
        flushCell()
        if cells.count > 1 {
            for index in cells.indices { cells[index].cells = cells.count }
        }
        if let first = cells.indices.first { cells[first].afterPageBreak = raw.afterPageBreak }
        return cells
    }

    /// Lines of rules only ("-----", "___", "***", "* * *").
    static func isDecoration(_ line: Scalars) -> Bool {
        for c in line where Sc.isWordChar(c) { return false }
        return line.count >= 3 || line.allSatisfy { $0 == "-" || $0 == "_" || $0 == "=" || $0 == "*" || $0 == " " || $0 == "~" }
    }

    static func isFootnoteLine(_ line: Scalars) -> Bool {
        guard let first = line.first else { return false }
        return Sc.isSuperscriptDigit(first)
    }

    static func isAllCaps(_ line: Scalars) -> Bool {
        var letters = 0
        for c in line where Sc.isLetter(c) {
            if Sc.isLower(c) { return false }
            letters += 1
        }
        return letters > 0
    }
}

/// Positions in a `DocumentText`'s normalized text mapped back to its source text: runs of
/// characters copied unchanged, each stored once as (offset in text, offset in source).
public struct SourceMap: Sendable, Equatable {
    private var textOffsets: [Int32] = [0]
    private var sourceOffsets: [Int32] = [0]

    public init() {}

    init(scalars: Scalars, utf8Prefix: [Int32], origins: [Int32]) {
        textOffsets = []
        sourceOffsets = []
        var expected: Int32 = -1
        for i in scalars.indices {
            let origin = origins[i]
            if origin != expected {
                textOffsets.append(utf8Prefix[i])
                sourceOffsets.append(origin)
            }
            expected = origin + Sc.utf8Length(scalars[i])
        }
        if textOffsets.isEmpty {
            textOffsets = [0]
            sourceOffsets = [0]
        }
    }

    /// The source offset of a UTF-8 offset in the normalized text.
    public func sourceOffset(_ offset: Int) -> Int {
        let target = Int32(clamping: offset)
        let run = self.run(containing: target)
        return Int(sourceOffsets[run] + (target - textOffsets[run]))
    }

    private func run(containing target: Int32) -> Int {
        var lo = 0
        var hi = textOffsets.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if textOffsets[mid] <= target { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// A span of the normalized text as a span of the source text.
    public func sourceSpan(_ span: TextSpan) -> TextSpan {
        let start = sourceOffset(span.start)
        guard span.end > span.start else { return TextSpan(start: start, end: start) }
        // The end is measured in the run of the span's last byte, so it closes that character.
        let last = Int32(clamping: span.end - 1)
        let run = self.run(containing: last)
        let end = Int(sourceOffsets[run] + (last + 1 - textOffsets[run]))
        return TextSpan(start: start, end: max(start, end))
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
