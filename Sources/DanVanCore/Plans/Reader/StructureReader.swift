/// Reads the outline: sections numbered with Roman numerals ("I. MỤC ĐÍCH, YÊU CẦU") and the
/// numbered items under them ("1. Phòng Nội vụ:"), each item with the paragraphs that follow it.
enum StructureReader {
    struct Item {
        var number: String
        /// Paragraph indices: the item line and its body.
        var paragraphs: Range<Int>
        /// Scalar index where the item's own text starts (after "1. ").
        var textStart: Int
    }

    struct Section {
        var number: String
        var title: Range<Int>
        var paragraphs: Range<Int>
        var items: [Item]
    }

    struct Outline {
        var sections: [Section]
        /// Index of the first section heading (the header and preamble come before it).
        var bodyStart: Int
    }

    static let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]

    /// "II. NHIỆM VỤ …" → ("II", index of the title start).
    static func romanHeading(_ s: Scalars, _ p: Range<Int>) -> (String, Int)? {
        var j = p.lowerBound
        while j < p.upperBound, "IVXLC".unicodeScalars.contains(s[j]) { j += 1 }
        guard j > p.lowerBound, j - p.lowerBound <= 5, j < p.upperBound, s[j] == "." || s[j] == ")" || s[j] == "-" else { return nil }
        let numeral = s.string(p.lowerBound..<j)
        guard romans.contains(numeral) else { return nil }
        let t = s.skipSpaces(j + 1, p.upperBound)
        guard t < p.upperBound, Sc.isLetter(s[t]) else { return nil }
        return (numeral, t)
    }

    /// "1. …", "2) …" → ("1", index of the text start). "1.1." sub-items are not items.
    static func numberedItem(_ s: Scalars, _ p: Range<Int>) -> (String, Int)? {
        var j = p.lowerBound
        while j < p.upperBound, Sc.isDigit(s[j]) { j += 1 }
        guard j > p.lowerBound, j - p.lowerBound <= 2, j + 1 < p.upperBound, s[j] == "." || s[j] == ")", s[j + 1] == " " else { return nil }
        let t = s.skipSpaces(j + 1, p.upperBound)
        guard t < p.upperBound, Sc.isLetter(s[t]) || Sc.isQuote(s[t]) else { return nil }
        return (s.string(p.lowerBound..<j), t)
    }

    static func read(_ doc: DocumentText) -> Outline {
        let s = doc.scalars
        var sections: [Section] = []
        var bodyStart = doc.paragraphs.count
        var lastRoman = 0
        for (index, p) in doc.paragraphs.enumerated() {
            if let (numeral, t) = romanHeading(s, p) {
                let value = (romans.firstIndex(of: numeral) ?? 0) + 1
                // Sections count up; a stray "I." far down (an appendix) restarts the count.
                if value > lastRoman || value == 1 {
                    if sections.isEmpty { bodyStart = index }
                    if var last = sections.popLast() {
                        last.paragraphs = last.paragraphs.lowerBound..<index
                        sections.append(last)
                    }
                    sections.append(Section(number: numeral, title: s.trimmed(t..<p.upperBound), paragraphs: index..<index + 1, items: []))
                    lastRoman = value
                    continue
                }
            }
        }
        if var last = sections.popLast() {
            last.paragraphs = last.paragraphs.lowerBound..<closingParagraph(doc, from: last.paragraphs.lowerBound)
            sections.append(last)
        }
        for k in sections.indices {
            let range = sections[k].paragraphs
            var items: [Item] = []
            var expected = 1
            for index in (range.lowerBound + 1)..<max(range.lowerBound + 1, range.upperBound) {
                guard let (number, t) = numberedItem(s, doc.paragraphs[index]), let value = Int(number) else { continue }
                guard value == expected || (value == 1 && !items.isEmpty) else { continue }
                if value == 1 && !items.isEmpty { break }  // a nested list restarting at 1
                if var last = items.popLast() {
                    last.paragraphs = last.paragraphs.lowerBound..<index
                    items.append(last)
                }
                items.append(Item(number: number, paragraphs: index..<index + 1, textStart: t))
                expected = value + 1
            }
            if var last = items.popLast() {
                last.paragraphs = last.paragraphs.lowerBound..<range.upperBound
                items.append(last)
            }
            sections[k].items = items
        }
        return Outline(sections: sections, bodyStart: bodyStart)
    }

    /// Where the body ends: "Trên đây là …", "Nơi nhận:" or a signature block.
    static func closingParagraph(_ doc: DocumentText, from start: Int) -> Int {
        let s = doc.scalars
        let closers = ["Trên đây là", "Nơi nhận", "TM.", "KT.", "Tác giả bài viết"].map(Phrase.init)
        for index in start..<doc.paragraphs.count {
            let p = doc.paragraphs[index]
            if closers.contains(where: { s.match($0, at: p.lowerBound, p.upperBound) != nil }) { return index }
        }
        return doc.paragraphs.count
    }

    static func publicSections(_ doc: DocumentText, _ outline: Outline) -> [PlanSection] {
        outline.sections.map { section in
            let first = doc.paragraphs[section.paragraphs.lowerBound]
            let last = doc.paragraphs[max(section.paragraphs.lowerBound, section.paragraphs.upperBound - 1)]
            return PlanSection(
                number: section.number,
                title: doc.string(section.title),
                span: doc.span(first.lowerBound..<last.upperBound),
                tasks: section.items.map { item in
                    let a = item.textStart
                    let b = doc.paragraphs[item.paragraphs.upperBound - 1].upperBound
                    var text = doc.string(a..<doc.paragraphs[item.paragraphs.lowerBound].upperBound)
                    for index in (item.paragraphs.lowerBound + 1)..<item.paragraphs.upperBound {
                        text += "\n" + doc.string(doc.paragraphs[index])
                    }
                    return PlanTask(number: item.number, text: text, span: doc.span(a..<b))
                })
        }
    }
}
