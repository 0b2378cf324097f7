import Foundation

/// Writes an `OfficialReport` as a .docx in the layout of Nghị định 30/2020 Phụ lục I.
public enum OfficialReportDocx {
    public static func data(_ report: OfficialReport) throws -> Data {
        try OOXMLPackage.data(parts: OfficialPageSetup.parts(document: documentXML(report)))
    }

    typealias Run = WordMarkup.Run
    typealias Paragraph = WordMarkup.Paragraph

    static func documentXML(_ report: OfficialReport) -> String {
        let body = [header(report), title(report), recipients(report.recipients), content(report.body), closing(report)].joined()
        // Word wants a paragraph, not a table, right before the section properties.
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + "<w:document \(OfficialPageSetup.namespaces)><w:body>\(body)<w:p/>\(OfficialPageSetup.sectionProperties)</w:body></w:document>"
    }

    // Header table: it reaches 1 cm into the left margin so the Quốc hiệu fits on one line.
    static let headerColumns = [OfficialPageSetup.twips(millimetres: 70), OfficialPageSetup.twips(millimetres: 106)]
    private static let cellMargins = 2 * 108

    /// Ô 1–4: cơ quan chủ quản and ban hành beside Quốc hiệu and Tiêu ngữ, then số, ký hiệu beside địa danh, ngày tháng.
    static func header(_ report: OfficialReport) -> String {
        let centred = Paragraph(alignment: .center)
        let issuing = report.issuingBody.uppercased()
        var agency: [String] = []
        if let parent = report.parentBody, !parent.isEmpty {
            agency.append(WordMarkup.paragraph(Run(text: parent.uppercased(), points: 12), centred))
        }
        agency.append(WordMarkup.paragraph(Run(text: issuing, points: 13, bold: true), centred))
        agency.append(shortRule(under: issuing, points: 13, within: headerColumns[0] - cellMargins))

        let nation = [
            WordMarkup.paragraph(Run(text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", points: 12, bold: true), centred),
            WordMarkup.paragraph(Run(text: "Độc lập - Tự do - Hạnh phúc", points: 13, bold: true, underline: true), centred)
        ]
        let dateLine =
            report.date.map { OfficialHeaderLines.dateLine(place: report.place, date: $0) }
            ?? OfficialHeaderLines.blankDateLine(place: report.place, year: report.year)
        let secondRow = Paragraph(alignment: .center, spaceBefore: 120)
        let number = WordMarkup.paragraph(
            Run(text: OfficialHeaderLines.numberLine(number: report.number, symbol: report.symbol.uppercased()), points: 13), secondRow)
        let date = WordMarkup.paragraph(Run(text: dateLine, points: 14, italic: true), secondRow)
        return WordMarkup.table(
            widths: headerColumns,
            rows: [
                [.init(paragraphs: agency), .init(paragraphs: nation)],
                [.init(paragraphs: [number]), .init(paragraphs: [date])]
            ],
            borders: false, indent: -OfficialPageSetup.twips(millimetres: 10))
    }

    /// Ô 5a: the kind ("BÁO CÁO", "QUYẾT ĐỊNH"), the trích yếu below it, a short rule.
    static func title(_ report: OfficialReport) -> String {
        WordMarkup.paragraph(Run(text: report.kindName, bold: true), Paragraph(alignment: .center, spaceBefore: 360, keepWithNext: true))
            + WordMarkup.paragraph(Run(text: report.title, bold: true), Paragraph(alignment: .center, keepWithNext: true))
            + shortRule(under: report.title, points: 14, within: OfficialPageSetup.textWidth)
    }

    /// Ô 9a: one recipient on the "Kính gửi:" line, several as a list below it.
    static func recipients(_ recipients: [String]) -> String {
        let style = Paragraph(alignment: .center, spaceBefore: 240)
        switch recipients.count {
        case 0: return ""
        case 1: return WordMarkup.paragraph(Run(text: "Kính gửi: " + recipients[0]), style)
        default:
            let indent = OfficialPageSetup.twips(millimetres: 40)
            return WordMarkup.paragraph(
                Run(text: "Kính gửi:"), Paragraph(leftIndent: indent - OfficialPageSetup.twips(millimetres: 10), spaceBefore: 240))
                + listed(recipients).map { WordMarkup.paragraph(Run(text: $0), Paragraph(leftIndent: indent)) }.joined()
        }
    }

    /// Ô 6: justified, first line indented 1 cm, 6 pt between paragraphs, line spacing 1.15.
    static func content(_ blocks: [OfficialReport.Block]) -> String {
        let text = Paragraph(alignment: .both, firstLineIndent: OfficialPageSetup.twips(millimetres: 10), spaceBefore: 120, lineSpacing: 276)
        var xml = WordMarkup.paragraph(Run(text: ""), Paragraph(spaceBefore: 120))  // a blank line under the title block
        for block in blocks {
            switch block {
            case .heading(let heading):
                var style = text
                style.keepWithNext = true
                xml += WordMarkup.paragraph(Run(text: heading, bold: true), style)
            case .paragraph(let paragraph):
                xml += WordMarkup.paragraph(Run(text: paragraph), text)
            case .entry(let label, let body):
                // One paragraph: the contributor's lines joined, so a unit's part never reads as several units.
                let joined = body.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }.joined(separator: " ")
                xml += WordMarkup.paragraph([Run(text: "– "), Run(text: label, bold: true), Run(text: ": " + joined)], text)
            case .table(let header, let rows):
                xml += table(header: header, rows: rows)
            }
        }
        return xml
    }

    /// Size 12, bordered, header row bold and repeated on each page, figures right-aligned.
    static func table(header: [String], rows: [[String]]) -> String {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return "" }
        let cell = Paragraph(spaceBefore: 40, spaceAfter: 40)
        func paragraph(_ text: String, bold: Bool, alignment: Paragraph.Alignment) -> String {
            var style = cell
            style.alignment = alignment
            return WordMarkup.paragraph(Run(text: text, points: 12, bold: bold), style)
        }
        let padded = rows.map { $0 + Array(repeating: "", count: columns - $0.count) }
        var cells: [[WordMarkup.Cell]] = []
        if !header.isEmpty {
            let full = header + Array(repeating: "", count: columns - header.count)
            cells.append(full.map { .init(paragraphs: [paragraph($0, bold: true, alignment: .center)], shaded: true) })
        }
        cells += padded.map { row in row.map { .init(paragraphs: [paragraph($0, bold: false, alignment: isFigure($0) ? .right : .left)]) } }
        // Spacing paragraph: two tables in a row would merge into one.
        return WordMarkup.paragraph(Run(text: "", points: 6))
            + WordMarkup.table(
                widths: columnWidths(header: header, rows: padded, columns: columns), rows: cells, borders: true, headerRows: header.isEmpty ? 0 : 1)
    }

    /// "12", "1.234", "95,5", "87%": right-aligned so the digits line up.
    static func isFigure(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.contains(where: \.isNumber) && trimmed.allSatisfy { $0.isASCII && ($0.isNumber || ".,%+-".contains($0)) }
    }

    /// Columns share the text width in proportion to their longest cell, each at least 1.5 cm.
    static func columnWidths(header: [String], rows: [[String]], columns: Int) -> [Int] {
        let longest = (0..<columns).map { column in
            ([header] + rows).map { column < $0.count ? min($0[column].count, 60) : 0 }.max().map { max($0, 4) } ?? 4
        }
        let minimum = OfficialPageSetup.twips(millimetres: 15)
        let total = longest.reduce(0, +)
        let spare = OfficialPageSetup.textWidth - minimum * columns
        guard spare > 0 else { return Array(repeating: OfficialPageSetup.textWidth / columns, count: columns) }
        return longest.map { minimum + spare * $0 / total }
    }

    /// Ô 7 and 9b: "Nơi nhận:" on the left beside quyền hạn, chức vụ, space to sign and the name on the right.
    static func closing(_ report: OfficialReport) -> String {
        let left = OfficialPageSetup.twips(millimetres: 75)
        var received = [WordMarkup.paragraph(Run(text: "Nơi nhận:", points: 12, bold: true, italic: true))]
        received += listed(distribution(report.distribution)).map { WordMarkup.paragraph(Run(text: $0, points: 11)) }

        let centred = Paragraph(alignment: .center)
        var signature = report.signature.lines.map { WordMarkup.paragraph(Run(text: $0.uppercased(), bold: true), centred) }
        // About 3 cm for the signature and the seal.
        signature += Array(repeating: WordMarkup.paragraph(Run(text: "")), count: 4)
        let name = report.signature.name.trimmingCharacters(in: .whitespaces)
        signature.append(
            name.isEmpty
                ? WordMarkup.paragraph(Run(text: String(repeating: ".", count: 30)), centred)
                : WordMarkup.paragraph(Run(text: name, bold: true), centred))

        return WordMarkup.paragraph(Run(text: ""), Paragraph(spaceBefore: 240))
            + WordMarkup.table(
                widths: [left, OfficialPageSetup.textWidth - left],
                rows: [[.init(paragraphs: received), .init(paragraphs: signature)]], borders: false)
    }

    /// The caller's entries, ending with "Lưu: VT." unless the caller already says where the copy is kept.
    static func distribution(_ entries: [String]) -> [String] {
        let kept = entries.last.map { stripped($0).hasPrefix("Lưu") } ?? false
        return kept ? entries : entries + ["Lưu: VT"]
    }

    /// "- A;" for each entry, the last one "- Z.".
    static func listed(_ entries: [String]) -> [String] {
        let items = entries.map(stripped)
        return items.enumerated().map { index, item in "- " + item + (index == items.count - 1 ? "." : ";") }
    }

    private static func stripped(_ entry: String) -> String {
        var text = entry.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("-") { text.removeFirst() }
        while let last = text.last, ";.,".contains(last) { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// A rule about 40 % of the text's length (the decree asks for a third to a half).
    private static func shortRule(under text: String, points: Int, within available: Int) -> String {
        WordMarkup.rule(length: min(WordMarkup.estimatedWidth(text, points: points, bold: true), available) * 2 / 5, within: available)
    }
}
