import Foundation

/// Bảng tính .xlsx — one sheet of text and numbers, the smallest Office Open XML package spreadsheet programs open,
/// ready to hand in: columns as wide as their content, a bold, filled header row that stays in view when scrolling,
/// integers with thousands separators and ratios as percentages.
public enum XLSXWriter {
    public enum Cell: Sendable, Equatable {
        case text(String)
        /// Shown with thousands separators (`#,##0`).
        case number(Int)
        /// Rounded to 2 decimals; NaN and infinity, which a cell cannot hold, leave the cell empty.
        /// Whole values are shown as integers, others with two decimals, both with thousands separators.
        case decimal(Double)
        /// A ratio in percentage points (87.5 means 87,5 %), stored as the fraction Excel formats as a percentage.
        case percent(Double)
    }

    /// Style indexes in `styles.xml` (cellXfs).
    enum Style: Int {
        case plain = 0, header, integer, decimal, percent, title
    }

    /// `headerRow` (0-based) is styled and frozen with the rows above it; rows above it (a title) are bold.
    public static func workbook(sheetName: String, rows: [[Cell]], headerRow: Int? = 0) throws -> Data {
        try OOXMLPackage.data(parts: [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbookXML(sheetName)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", stylesXML),
            ("xl/worksheets/sheet1.xml", sheetXML(rows, headerRow: headerRow))
        ])
    }

    static func sheetXML(_ rows: [[Cell]], headerRow: Int? = nil) -> String {
        var xml =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        if let headerRow, headerRow >= 0, headerRow < rows.count {
            let top = "A" + String(headerRow + 2)
            xml +=
                #"""
                <sheetViews><sheetView workbookViewId="0"><pane ySplit="\#(headerRow + 1)" topLeftCell="\#(top)" activePane="bottomLeft"\#
                 state="frozen"/>
                """#
                + #"<selection pane="bottomLeft" activeCell="\#(top)" sqref="\#(top)"/></sheetView></sheetViews>"#
        }
        let widths = columnWidths(rows, from: headerRow ?? 0)
        if !widths.isEmpty {
            xml +=
                "<cols>"
                + widths.enumerated().map { index, width in
                    #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
                }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        for (r, row) in rows.enumerated() {
            xml += #"<row r="\#(r + 1)">"#
            var rowStyle: Style?
            if let headerRow { rowStyle = r == headerRow ? .header : r < headerRow ? .title : nil }
            for (c, cell) in row.enumerated() {
                let ref = columnName(c) + String(r + 1)
                switch cell {
                case .text(let text):
                    xml += #"<c r="\#(ref)"\#(styled(rowStyle)) t="inlineStr"><is><t xml:space="preserve">\#(OOXMLPackage.escape(text))</t></is></c>"#
                case .number(let value): xml += #"<c r="\#(ref)"\#(styled(rowStyle ?? .integer))><v>\#(value)</v></c>"#
                case .decimal(let value):
                    if let text = decimalText(value) {
                        let style: Style = text.contains(".") ? .decimal : .integer
                        xml += #"<c r="\#(ref)"\#(styled(rowStyle ?? style))><v>\#(text)</v></c>"#
                    } else {
                        xml += #"<c r="\#(ref)"\#(styled(rowStyle))/>"#
                    }
                case .percent(let value):
                    if let text = fractionText(value) {
                        xml += #"<c r="\#(ref)"\#(styled(rowStyle ?? .percent))><v>\#(text)</v></c>"#
                    } else {
                        xml += #"<c r="\#(ref)"\#(styled(rowStyle))/>"#
                    }
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    private static func styled(_ style: Style?) -> String {
        guard let style, style != .plain else { return "" }
        return #" s="\#(style.rawValue)""#
    }

    /// Percentage points as a fraction, to 4 decimals (87.46 % → "0.8746").
    static func fractionText(_ points: Double) -> String? {
        guard points.isFinite else { return nil }
        var text = String(format: "%.4f", (points * 100).rounded() / 10_000)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// Column widths in characters, fitted to the longest value shown from the header row down (a title above it
    /// may overflow into empty cells), at least 8 and at most 60 (longer text wraps by hand in Excel).
    static func columnWidths(_ rows: [[Cell]], from headerRow: Int) -> [Int] {
        var widths: [Int] = []
        for row in rows.dropFirst(max(0, min(headerRow, rows.count))) {
            for (c, cell) in row.enumerated() {
                if widths.count <= c { widths.append(8) }
                widths[c] = max(widths[c], min(60, displayLength(cell) + 2))
            }
        }
        return widths
    }

    /// How many characters the cell shows: the longest line of a text, a number with its separators.
    static func displayLength(_ cell: Cell) -> Int {
        switch cell {
        case .text(let text): return text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
        case .number(let value): return grouped(String(value.magnitude)) + (value < 0 ? 1 : 0)
        case .decimal(let value):
            guard let text = decimalText(value) else { return 0 }
            let parts = text.split(separator: ".")
            let whole = String(parts[0].drop { $0 == "-" })
            return grouped(whole) + (text.hasPrefix("-") ? 1 : 0) + (parts.count > 1 ? 3 : 0)
        case .percent(let value): return value.isFinite ? String(format: "%.2f", value).count + 1 : 0
        }
    }

    private static func grouped(_ digits: String) -> Int { digits.count + (digits.count - 1) / 3 }

    /// Excel's rules for a sheet name: at most 31 characters, none of [ ] : * ? / \\, not starting or ending with an
    /// apostrophe, not empty. Diacritics are kept (composed, so each letter counts once).
    public static func sheetName(_ name: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var cleaned = String(name.precomposedStringWithCanonicalMapping.map { forbidden.contains($0) ? "-" : $0 })
        cleaned = cleaned.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "'")))
        while cleaned.utf16.count > 31 { cleaned.removeLast() }
        cleaned = cleaned.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "'")))
        return cleaned.isEmpty ? "Trang 1" : cleaned
    }

    /// "12.5", "0.33", "1500000": the file format wants "." whatever the reader's locale, and no exponent.
    static func decimalText(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        var text = String(format: "%.2f", (value * 100).rounded() / 100)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// 0 → A, 25 → Z, 26 → AA.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var n = index + 1
        while n > 0 {
            let remainder = (n - 1) % 26
            name = String(UnicodeScalar(65 + remainder)!) + name
            n = (n - 1) / 26
        }
        return name
    }

    private static let contentTypes =
        #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types\#
         xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels"\#
         ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml"\#
         ContentType="application/xml"/><Override PartName="/xl/workbook.xml"\#
         ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml"\#
         ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/worksheets/sheet1.xml"\#
         ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
        """#

    private static let rootRelationships =
        #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships\#
         xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1"\#
         Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """#

    private static let workbookRelationships =
        #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships\#
         xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1"\#
         Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship\#
         Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
        """#

    private static func workbookXML(_ sheetName: String) -> String {
        #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"\#
         xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet\#
         name="\#(OOXMLPackage.escape(XLSXWriter.sheetName(sheetName)))" sheetId="1" r:id="rId1"/></sheets></workbook>
        """#
    }

    /// cellXfs in the order of `Style`: plain; header (bold, light blue fill, thin borders, wrapped, centred);
    /// integer `#,##0` (3); decimal `#,##0.00` (4); percentage `0.00%` (10); title (bold).
    static let stylesXML =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + #"""
            <fonts count="2"><font><sz val="11"/><name val="Times New Roman"/></font><font><b/><sz val="11"/><name val="Times New\#
             Roman"/></font></fonts>
            """#
        + #"<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>"#
        + #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
            + #"""
            <border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color\#
             auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>
            """#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
            + #"""
            <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment\#
             horizontal="center" vertical="center" wrapText="1"/></xf>
            """#
        + #"<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
}
