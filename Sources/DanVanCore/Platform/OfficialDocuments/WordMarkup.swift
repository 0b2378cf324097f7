/// WordprocessingML fragments (paragraphs, runs, tables) as strings. Lengths are in twips
/// (1/20 pt, 1440 per inch); every text is escaped and put in NFC form here.
enum WordMarkup {
    struct Run {
        var text: String
        var points = 14
        var bold = false
        var italic = false
        var underline = false
    }

    struct Paragraph {
        enum Alignment: String { case left, center, right, both }
        var alignment = Alignment.left
        var firstLineIndent = 0
        var leftIndent = 0
        var rightIndent = 0
        var spaceBefore = 0
        var spaceAfter = 0
        /// 240 is single line spacing.
        var lineSpacing = 240
        var keepWithNext = false
    }

    static func paragraph(_ runs: [Run], _ style: Paragraph = Paragraph()) -> String {
        "<w:p>" + properties(style) + runs.map(run).joined() + "</w:p>"
    }

    static func paragraph(_ run: Run, _ style: Paragraph = Paragraph()) -> String {
        paragraph([run], style)
    }

    /// A short centred horizontal rule, drawn as the bottom border of an almost empty paragraph
    /// indented from both sides.
    static func rule(length: Int, within available: Int) -> String {
        let side = max(0, (available - length) / 2)
        return #"<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>"#
            + #"<w:spacing w:before="0" w:after="0" w:line="100" w:lineRule="exact"/><w:ind w:left="\#(side)" w:right="\#(side)"/>"#
            + #"<w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>"#
    }

    /// Roughly how wide a line of Times New Roman is, for rules drawn under text.
    static func estimatedWidth(_ text: String, points: Int, bold: Bool) -> Int {
        let ems = text.reduce(0.0) { width, character in
            width + (character == " " ? 0.25 : character.isUppercase ? 0.68 : 0.47)
        }
        return Int(ems * Double(points * 20) * (bold ? 1.05 : 1))
    }

    struct Cell {
        var paragraphs: [String]
        var shaded = false
    }

    /// A table with fixed column widths; `borders` false gives the invisible layout tables of
    /// the header and signature blocks. `headerRows` repeat on every page.
    static func table(widths: [Int], rows: [[Cell]], borders: Bool, indent: Int = 0, headerRows: Int = 0) -> String {
        let line = borders ? #"w:val="single" w:sz="4" w:space="0" w:color="000000""# : #"w:val="nil""#
        let edges = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(line)/>" }.joined()
        var xml =
            #"<w:tbl><w:tblPr><w:tblW w:w="\#(widths.reduce(0, +))" w:type="dxa"/><w:tblInd w:w="\#(indent)" w:type="dxa"/>"#
            + "<w:tblBorders>\(edges)</w:tblBorders>" + #"<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>"#
            + widths.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined() + "</w:tblGrid>"
        for (index, row) in rows.enumerated() {
            xml += "<w:tr>" + (index < headerRows ? "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>")
            for (column, cell) in row.enumerated() {
                let width = column < widths.count ? widths[column] : 0
                let shading = cell.shaded ? #"<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>"# : ""
                // A cell must end with a paragraph.
                let content = cell.paragraphs.isEmpty ? "<w:p/>" : cell.paragraphs.joined()
                xml += #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/>\#(shading)</w:tcPr>\#(content)</w:tc>"#
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    private static func properties(_ style: Paragraph) -> String {
        var xml = "<w:pPr>"
        if style.keepWithNext { xml += "<w:keepNext/>" }
        xml += #"<w:spacing w:before="\#(style.spaceBefore)" w:after="\#(style.spaceAfter)" w:line="\#(style.lineSpacing)" w:lineRule="auto"/>"#
        xml += #"<w:ind w:left="\#(style.leftIndent)" w:right="\#(style.rightIndent)" w:firstLine="\#(style.firstLineIndent)"/>"#
        return xml + #"<w:jc w:val="\#(style.alignment.rawValue)"/></w:pPr>"#
    }

    private static func run(_ run: Run) -> String {
        var props = ""
        if run.bold { props += "<w:b/><w:bCs/>" }
        if run.italic { props += "<w:i/><w:iCs/>" }
        props += #"<w:sz w:val="\#(run.points * 2)"/><w:szCs w:val="\#(run.points * 2)"/>"#
        if run.underline { props += #"<w:u w:val="single"/>"# }  // the schema wants it after the size
        // A line break inside the text becomes a break inside the paragraph.
        let lines = VietnameseText.nfc(run.text).split(separator: "\n", omittingEmptySubsequences: false)
        let text = lines.map { #"<w:t xml:space="preserve">\#(OOXMLPackage.escape(String($0)))</w:t>"# }.joined(separator: "<w:br/>")
        return "<w:r><w:rPr>\(props)</w:rPr>\(text)</w:r>"
    }
}
