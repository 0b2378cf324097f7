/// One physical line of a source after cleaning (or one cell of it), each character with its
/// UTF-8 offset in the source text.
struct SourceLine: Sendable {
    var scalars = Scalars()
    var origins: [Int32] = []
    /// Where the cell starts in its physical line (0 for a line that starts at the margin).
    var column = 0
    /// How many cells its physical line was split into (1: not split).
    var cells = 1
    /// A page break (form feed) came before this line.
    var afterPageBreak = false

    var isBlank: Bool { scalars.isEmpty }
    /// The column after the line's last character (its length plus its indentation).
    var end: Int { column + scalars.count }

    /// Appends `next` after one space (placed, in the source, just after this line's end); with
    /// no space after a code broken at its hyphen or slash ("33/CT-" / "TTg").
    mutating func join(_ next: SourceLine) {
        if !ParagraphRebuilder.isBrokenCode(scalars) {
            scalars.append(" ")
            origins.append((origins.last ?? 0) + Sc.utf8Length(scalars[scalars.count - 2]))
        }
        scalars.append(contentsOf: next.scalars)
        origins.append(contentsOf: next.origins)
    }
}

/// Rebuilds the paragraphs of a document from its physical lines, whatever the layout: text
/// hard-wrapped at any width (pdftotext with or without -layout, e-mail, web pages), a header
/// laid out in two columns, page numbers and running headers between pages.
///
/// A line is joined to the next where a sentence, a capitalised heading or a title goes on, and
/// kept apart where the next line opens something of its own: a numbered or lettered item
/// ("I.", "1.", "a)", "-", "+"), a header field of Nghị định 30/2020 ("Số:", "<Nơi>, ngày …",
/// "Kính gửi", "Nơi nhận", "TM.", "KT."), "Căn cứ …", "Trên đây …", the type line ("KẾ HOẠCH").
enum ParagraphRebuilder {
    static func rebuild(_ lines: [SourceLine]) -> [SourceLine] {
        join(unfoldColumns(dropPageFurniture(lines)))
    }

    // MARK: - Page furniture

    /// "12", "- 12 -", "Trang 12", "12/30": a page number on a line of its own.
    static func isPageNumberLine(_ line: Scalars) -> Bool {
        guard !line.isEmpty, line.count <= 16 else { return false }
        var i = 0
        if line.count > 6, line.match(trang, at: 0, line.count) != nil { i = 5 }
        var digits = 0
        var other = 0
        while i < line.count {
            let c = line[i]
            if Sc.isDigit(c) { digits += 1 } else if c == "-" || c == " " || c == "/" || c.value == 0x2013 { other += 1 } else { return false }
            i += 1
        }
        return digits >= 1 && digits <= 3 && (other == 0 || line.count <= 12)  // "2024" alone is a year
    }

    /// Drops page numbers, and running headers or footers: a short line at the edge of a page
    /// that repeats (digits aside) on several pages. Blank lines around a page break are dropped
    /// too, so a sentence broken by the page joins up again.
    static func dropPageFurniture(_ lines: [SourceLine]) -> [SourceLine] {
        var edges: [Int] = []  // indices of the first and last text lines of each page
        var pages = 1
        var lastText: Int? = nil
        for (index, line) in lines.enumerated() where !line.isBlank {
            if line.afterPageBreak {
                pages += 1
                if let lastText { edges.append(lastText) }
                edges.append(index)
            }
            lastText = index
        }
        var drop = Set<Int>()
        if pages >= 3 {
            var counts: [[Unicode.Scalar]: Int] = [:]
            func key(_ line: Scalars) -> [Unicode.Scalar] { line.map { Sc.isDigit($0) ? "#" : Sc.lower($0) } }
            for index in edges where lines[index].scalars.count <= 100 { counts[key(lines[index].scalars), default: 0] += 1 }
            for index in edges where lines[index].scalars.count <= 100 && counts[key(lines[index].scalars), default: 0] >= max(2, (pages - 1) / 2) {
                drop.insert(index)
            }
        }
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count)
        var pendingBreak = false
        for (index, line) in lines.enumerated() {
            if line.afterPageBreak || (!line.isBlank && index > 0 && pendingBreak) {
                // The page break: blank lines kept just before it are not a paragraph break.
                while out.last?.isBlank == true { out.removeLast() }
                pendingBreak = false
            }
            if drop.contains(index) || (!line.isBlank && isPageNumberLine(line.scalars)) {
                while out.last?.isBlank == true { out.removeLast() }
                pendingBreak = true
                continue
            }
            if line.isBlank && pendingBreak { continue }
            pendingBreak = false
            out.append(line)
        }
        return out
    }

    // MARK: - Two-column header

    /// A header laid out in two columns (issuer and number left, motto and date right) is read
    /// as the left column, then the right one; pdftotext -layout gives it row by row.
    static func unfoldColumns(_ lines: [SourceLine]) -> [SourceLine] {
        var end = 0
        var split: Int? = nil
        var seenText = 0
        while end < lines.count && seenText < 30 {
            let line = lines[end]
            if !line.isBlank {
                if line.scalars.count > 100 || isTypeLine(line.scalars) || StructureReader.romanHeading(line.scalars, 0..<line.scalars.count) != nil {
                    break
                }
                if line.cells >= 2, line.column >= 20 { split = min(split ?? line.column, line.column) }
                seenText += 1
            }
            end += 1
        }
        guard let split else { return lines }
        var left: [SourceLine] = []
        var right: [SourceLine] = []
        for line in lines[..<end] where !line.isBlank {
            if line.column >= split - 4 { right.append(line) } else { left.append(line) }
        }
        return left + [SourceLine()] + right + [SourceLine()] + lines[end...]
    }

    // MARK: - Joining

    /// Words after which a sentence cannot end: a line ending with one continues on the next line.
    static let connectors = PhraseSet([
        "của", "và", "về", "số", "ngày", "với", "các", "những", "theo", "tại", "cho", "trong", "để",
        "tháng", "năm", "hoặc", "là", "được", "có", "đến", "từ", "trên", "giữa", "thuộc"
    ])

    /// Words that open a paragraph of their own in a plan.
    static let paragraphOpeners = PhraseSet(["Căn cứ", "Trên đây", "Nơi nhận", "Kính gửi", "Đồng kính gửi", "TM.", "KT.", "TL.", "TUQ.", "Q."])
    static let mottoStarts = PhraseSet(["cộng hòa xã hội", "cộng hoà xã hội", "độc lập - tự do", "độc lập – tự do", "đảng cộng sản việt nam"])
    static let so = Phrase("số")
    static let ngay = Phrase("ngày")
    static let trang = Phrase("trang")

    static func isTypeLine(_ line: Scalars) -> Bool {
        line.count <= 40 && DocumentText.isAllCaps(line) && DocumentType.from(name: line.string(0..<line.count)) != nil
    }

    /// "1. ", "II. ", "a) ", "- ", "+ ", "•", a footnote, or a header field: the line opens
    /// something of its own and never continues the line before.
    static func opensParagraph(_ line: Scalars) -> Bool {
        guard let first = line.first else { return false }
        if Sc.isUpper(first) {
            if line.matchEnd(paragraphOpeners, at: 0, line.count) != nil { return true }
            if line.matchAny(mottoStarts, at: 0, line.count) != nil { return true }
            // "Số: 12/KH-UBND", "Số 12-KH/…"
            if let j = line.match(so, at: 0, line.count), j < line.count,
                line[j] == ":" || (line[j] == " " && j + 1 < line.count && Sc.isDigit(line[j + 1]))
            {
                return true
            }
            if isPlaceDateLine(line) || isTypeLine(line) { return true }
        }
        if "-+•–*▪●◦".unicodeScalars.contains(first) || Sc.isSuperscriptDigit(first) { return true }
        // "1. ", "1.2. ", "3) ", and not "2024." or "10.000".
        var j = 0
        while j < line.count && j < 3 && Sc.isDigit(line[j]) { j += 1 }
        if j > 0 && j < line.count && (line[j] == "." || line[j] == ")") {
            return j + 1 == line.count || line[j + 1] == " "
                || (Sc.isDigit(line[j + 1]) && j + 2 < line.count && (line[j + 2] == "." || line[j + 2] == " "))
        }
        // "II. NHIỆM VỤ", "IV. Kinh phí": a Roman numeral, a full stop and a capital ("XII) và …" goes on a sentence).
        j = 0
        while j < line.count && j < 5 && "IVXL".unicodeScalars.contains(line[j]) { j += 1 }
        if j > 0 && j + 2 < line.count && line[j] == "." && line[j + 1] == " " && Sc.isUpper(line[j + 2]) { return true }
        return line.count > 1 && Sc.isLetter(first) && Sc.isLower(first) && line[1] == ")"
    }

    /// "Hương Trà, ngày 05 tháng 02 năm 2024": the place and date field.
    static func isPlaceDateLine(_ line: Scalars) -> Bool {
        guard line.count <= 90, let comma = line.prefix(45).firstIndex(of: ",") else { return false }
        return line.match(ngay, at: line.skipSpaces(comma + 1, line.count), line.count) != nil
    }

    /// True when `line` does not finish a sentence and `next` continues it.
    static func continues(_ line: Scalars, with next: Scalars) -> Bool {
        guard let last = line.last, let first = next.first else { return false }
        if ".;:!?".unicodeScalars.contains(last) { return false }
        // A heading in capitals is continued only by capitals (below); "a) …" is its own item.
        if DocumentText.isAllCaps(line) { return false }
        if opensParagraph(next) { return isDashContinuation(line, next) }
        if Sc.isLetter(first) && Sc.isLower(first) { return true }
        if isDashContinuation(line, next) { return true }
        if Sc.isLetter(last) {
            // A connector word at the end ("… của", "… và") is never the end of a sentence.
            var j = line.count
            while j > 0 && Sc.isLetter(line[j - 1]) { j -= 1 }
            if j > 0, line.count - j <= 6, line.matchAny(connectors, at: j, line.count)?.1 == line.count,
                Sc.isLetter(first) || Sc.isDigit(first) || Sc.isQuote(first) || first == "("
            {
                return true
            }
        }
        return false
    }

    /// "… các tổ chức chính trị" / "- xã hội tỉnh": a hyphen that starts a line after a word,
    /// followed by a lowercase word, joins a compound ("chính trị - xã hội", "kinh tế - xã hội");
    /// a list item starts with a capital or follows a line that ended its sentence.
    static func isDashContinuation(_ line: Scalars, _ next: Scalars) -> Bool {
        // "Kết luận số 120" / "-KL/TW": a document number broken at its hyphen.
        if next.count > 1, Sc.isDash(next[0]), Sc.isLetter(next[1]), let last = line.last, Sc.isDigit(last) { return true }
        // "giai đoạn 2017" / "- 2021;": a range of years broken before its dash.
        if next.count > 6, Sc.isDash(next[0]), next[1] == " ", next[2...5].allSatisfy(Sc.isDigit), !Sc.isDigit(next[6]), line.count >= 4,
            line[(line.count - 4)...].allSatisfy(Sc.isDigit), line.count == 4 || line[line.count - 5] == " "
        {
            return true
        }
        guard next.count > 2, Sc.isDash(next[0]), next[1] == " ", Sc.isLetter(next[2]), Sc.isLower(next[2]),
            let last = line.last, Sc.isWordChar(last)
        else { return false }
        return true
    }

    /// A heading or title in capitals broken over lines ("III. TỔ CHỨC" / "THỰC HIỆN").
    static func continuesCapitals(_ line: Scalars, with next: Scalars, afterTypeLine: Bool) -> Bool {
        guard DocumentText.isAllCaps(line), DocumentText.isAllCaps(next), !opensParagraph(next),
            line.count + next.count <= 200, let last = line.last, !".;:!?".unicodeScalars.contains(last)
        else { return false }
        return afterTypeLine || StructureReader.romanHeading(line, 0..<line.count) != nil || isBrokenMotto(line, next)
    }

    /// "CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": the national motto broken in a narrow header
    /// cell. Left apart, its first word would read as one more line of the issuer's name.
    static func isBrokenMotto(_ line: Scalars, _ next: Scalars) -> Bool {
        guard line.count < 16, line.matchAny(mottoStarts, at: 0, line.count) == nil else { return false }
        let joined = line + [" "] + next
        return joined.matchAny(mottoStarts, at: 0, joined.count) != nil
    }

    /// The width of a full line in hard-wrapped text (pdftotext output, e-mail): nil when lines
    /// are paragraphs. Most lines of a wrapped paragraph are full, so the 80th percentile is the
    /// width; longer lines (footnotes in a smaller font) do not raise it.
    static func wrapWidth(_ lines: [SourceLine]) -> Int? {
        let lengths = lines.filter { !$0.isBlank }.map(\.end).sorted()
        guard lengths.count >= 20 else { return nil }
        let p80 = lengths[lengths.count * 8 / 10]
        guard p80 <= 110 && p80 >= 30 else { return nil }
        return p80
    }

    /// The left margin of body lines in a laid-out text (pdftotext -layout): the most common
    /// indentation. A paragraph's first line is indented beyond it (Nghị định 30/2020: 1–1,27 cm).
    static func bodyIndent(_ lines: [SourceLine]) -> Int {
        var counts: [Int: Int] = [:]
        for line in lines where !line.isBlank && line.cells == 1 { counts[line.column, default: 0] += 1 }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0
    }

    /// "33/CT-", "34/2007/PL-": a line ending inside a code broken at a hyphen or slash.
    static func isBrokenCode(_ line: Scalars) -> Bool {
        guard line.count >= 2, let last = line.last, Sc.isDash(last) || last == "/" else { return false }
        let before = line[line.count - 2]
        guard Sc.isWordChar(before) else { return false }
        // A code has a digit, a slash or a capital in its last word ("TW", "CT-"), a word
        // joined by a hyphen in running text ("chính trị-") does not.
        var j = line.count - 1
        while j > 0 && line[j - 1] != " " { j -= 1 }
        return line[j..<(line.count - 1)].contains { Sc.isDigit($0) || $0 == "/" || Sc.isUpper($0) }
    }

    static func firstWordLength(_ line: Scalars) -> Int {
        var j = 0
        while j < line.count && line[j] != " " { j += 1 }
        return j
    }

    static func isFootnoteOrPageNumber(_ line: Scalars) -> Bool {
        DocumentText.isFootnoteLine(line) || isPageNumberLine(line)
    }

    /// Hard-wrapped text: the line was broken because the next word did not fit (character
    /// counts, with slack for proportional fonts). A sentence end is a paragraph end, but ";" and
    /// "," are not: "Thủ trưởng các cơ quan, đơn vị;" / "Chủ tịch Ủy ban nhân dân các xã …".
    static func wrapContinues(_ line: Scalars, _ lastLength: Int, _ next: Scalars, width: Int, indented: Bool = false) -> Bool {
        if opensParagraph(next) && !isDashContinuation(line, next) { return false }
        if isBrokenCode(line), let first = next.first, Sc.isWordChar(first) { return true }
        let fits = (lastLength + 1 + firstWordLength(next)) * 100 <= width * 88
        return !fits && !indented && !".:!?".unicodeScalars.contains(line.last!) || continues(line, with: next)
    }

    static func join(_ all: [SourceLine]) -> [SourceLine] {
        // Blank lines separate paragraphs in hard-wrapped text; elsewhere a sentence may go on after one.
        var lines: [SourceLine] = []
        var blankBefore: [Bool] = []
        lines.reserveCapacity(all.count)
        var blank = false
        for line in all {
            if line.isBlank {
                blank = true
                continue
            }
            lines.append(line)
            blankBefore.append(blank)
            blank = false
        }
        let width = wrapWidth(lines)
        let indent = bodyIndent(lines)
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count)
        var afterTypeLine = false  // inside the title block under "KẾ HOẠCH"
        var i = 0
        while i < lines.count {
            var current = lines[i]
            // The last physical line's end column, for hard-wrapped text. A paragraph's first line
            // starts indented (Nghị định 30/2020: 1–1,27 cm, about 8 characters), even where the
            // text lost the indentation (pdftotext -raw).
            var lastLength = max(current.end, current.scalars.count + 8)
            var held: [SourceLine] = []  // footnotes met while following a broken sentence
            let inFootnote = DocumentText.isFootnoteLine(current.scalars)
            let isType = isTypeLine(current.scalars)
            i += 1
            while i < lines.count, !isType {
                var k = i
                var skipped: [SourceLine] = []
                while !inFootnote && k < lines.count && isFootnoteOrPageNumber(lines[k].scalars) && k - i < 40 {
                    guard DocumentText.isFootnoteLine(lines[k].scalars) else {
                        k += 1
                        continue
                    }
                    // A footnote, with the lines it was wrapped over.
                    var note = lines[k]
                    var noteLast = note.end
                    k += 1
                    while let w = width, k < lines.count, !blankBefore[k], !isFootnoteOrPageNumber(lines[k].scalars),
                        wrapContinues(note.scalars, noteLast, lines[k].scalars, width: w)
                    {
                        note.join(lines[k])
                        noteLast = lines[k].end
                        k += 1
                    }
                    skipped.append(note)
                }
                guard k < lines.count, !DocumentText.isFootnoteLine(lines[k].scalars) else { break }
                let next = lines[k].scalars
                let cur = current.scalars
                // Blank lines around a footnote block come from the page layout, not from the text.
                let blank = blankBefore[k] && k == i
                var joins = false
                if continuesCapitals(cur, with: next, afterTypeLine: afterTypeLine) && (!blank || afterTypeLine) {
                    joins = true
                } else if let w = width, !blank, !afterTypeLine, !DocumentText.isAllCaps(cur), current.cells == 1 {
                    // (The title under the type line is centred: its length says nothing of a wrap.)
                    joins = wrapContinues(cur, lastLength, next, width: w, indented: lines[k].column >= indent + 3 && lines[k].cells == 1)
                } else {
                    joins = (!inFootnote || !blank) && continues(cur, with: next)
                }
                guard joins else { break }
                current.join(lines[k])
                lastLength = lines[k].end
                held.append(contentsOf: skipped)
                i = k + 1
            }
            // The title block runs from the type line to the first paragraph that is not in capitals.
            afterTypeLine = isType || (afterTypeLine && DocumentText.isAllCaps(current.scalars) && out.count < 80)
            out.append(current)
            out.append(contentsOf: held)
        }
        return out
    }
}
