import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A table read from a file: rows of cell texts, each with the row number a person sees in the file (the spreadsheet's
/// row number, the CSV line, or the row's position in the Word table counting its header).
public struct TableRows: Sendable, Equatable {
    public var rows: [(line: Int, fields: [String])]

    public init(rows: [(line: Int, fields: [String])]) { self.rows = rows }

    public static func == (lhs: TableRows, rhs: TableRows) -> Bool {
        lhs.rows.map(\.line) == rhs.rows.map(\.line) && lhs.rows.map(\.fields) == rhs.rows.map(\.fields)
    }

    /// Rows with at least one non-blank cell.
    public var nonEmpty: [(line: Int, fields: [String])] {
        rows.filter { !$0.fields.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
    }
}

/// Reads the tables of Office Open XML files, through the same zip reading (declared and inflated sizes both checked
/// against a limit) as `DocxReader`.
public enum OfficeTables {
    public static let defaultLimit = 20 << 20
    /// Columns and rows read from a worksheet: far more than any criteria table, few enough that a crafted file stays small.
    public static let maxColumns = 256
    public static let maxRows = 5_000

    static func archive(_ data: Data, kind: String) throws(DocumentReadError) -> Archive {
        do {
            return try Archive(data: data, accessMode: .read)
        } catch {
            throw DocumentReadError(.officeUnreadable, "Tệp \(kind) bị hỏng hoặc không đúng định dạng (không mở được tệp nén).")
        }
    }

    static func part(_ archive: Archive, _ path: String, budget: inout Int, limit: Int) throws(DocumentReadError) -> Data? {
        guard let entry = archive[path] else { return nil }
        if entry.uncompressedSize > UInt64(limit) { throw .docxTooLarge(limit: limit) }
        return try DocxReader.inflate(archive, entry, budget: &budget, limit: limit)
    }

    /// The first worksheet of a .xlsx: shared strings, inline strings, numbers and booleans, each cell put in its column
    /// (from its reference, "C7"), each row numbered as the spreadsheet numbers it.
    public static func firstSheet(ofXlsx data: Data, maxUncompressedBytes limit: Int = defaultLimit) throws(DocumentReadError) -> TableRows {
        let archive = try archive(data, kind: ".xlsx")
        var budget = limit
        var sheetPath = "xl/worksheets/sheet1.xml"
        if let workbook = try part(archive, "xl/workbook.xml", budget: &budget, limit: limit),
            let rels = try part(archive, "xl/_rels/workbook.xml.rels", budget: &budget, limit: limit)
        {
            let first = ElementCollector(["sheet"]).attributes(workbook).first
            let targets = ElementCollector(["Relationship"]).attributes(rels)
            if let id = first?["r:id"], let target = targets.first(where: { $0["Id"] == id })?["Target"] {
                sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        guard let sheet = try part(archive, sheetPath, budget: &budget, limit: limit) else {
            throw DocumentReadError(.officeUnreadable, "Tệp .xlsx không có trang tính nào.")
        }
        var shared: [String] = []
        if let strings = try part(archive, "xl/sharedStrings.xml", budget: &budget, limit: limit) {
            let reader = SharedStringsXML()
            guard reader.parse(strings) else { throw DocumentReadError(.officeUnreadable, "Tệp .xlsx bị hỏng (sharedStrings.xml không đọc được).") }
            shared = reader.strings
        }
        let reader = SheetXML(shared: shared)
        guard reader.parse(sheet) else { throw DocumentReadError(.officeUnreadable, "Tệp .xlsx bị hỏng (trang tính không đọc được).") }
        guard !reader.tooManyRows else {
            throw DocumentReadError(.officeUnreadable, "Trang tính có hơn \(maxRows) dòng; bảng tiêu chí không dài như vậy, hãy kiểm tra lại tệp.")
        }
        return TableRows(rows: reader.rows.map { (line: $0.line, fields: $0.cells.map(VietnameseText.nfc)) })
    }

    /// Every table of a .docx body, in order: each row's cells (a cell's paragraphs joined by a line break; a cell
    /// spanning columns repeated so columns line up; a vertically merged cell empty below its first row), rows numbered
    /// from 1 within their table. Tables inside a cell are read as part of that cell's text.
    public static func tables(ofDocx data: Data, maxUncompressedBytes limit: Int = defaultLimit) throws(DocumentReadError) -> [TableRows] {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw .corruptDocx("không mở được tệp nén") }
        var budget = limit
        guard let xml = try part(archive, "word/document.xml", budget: &budget, limit: limit) else { throw .corruptDocx("thiếu word/document.xml") }
        let reader = WordTablesXML()
        guard reader.parse(xml) else { throw .corruptDocx("word/document.xml không phải XML hợp lệ") }
        return reader.tables.map { table in
            TableRows(
                rows: table.enumerated().map { index, cells in
                    (line: index + 1, fields: cells.map { VietnameseText.nfc(LegacyVietnamese.repairMisread($0) ?? $0) })
                })
        }
    }

    /// "C7" → 2 (0-based column).
    static func column(ofReference reference: String) -> Int? {
        var value = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 else { break }
            value = value * 26 + Int(scalar.value - 64)
            letters += 1
        }
        return letters == 0 || letters > 3 ? nil : value - 1
    }
}

/// The parse and error plumbing the readers below share: no external entities, a parse error fails the read, and element
/// names reach `start`/`end` without their namespace prefix ("w:tbl" → "tbl").
private class OfficeXMLReader: NSObject, XMLParserDelegate {
    private var failed = false

    /// Whether the whole part was read as XML.
    func parse(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        return parser.parse() && !failed
    }

    func start(_ name: Substring, attributes: [String: String]) {}
    func end(_ name: Substring) {}
    func text(_ string: String) {}

    final func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { failed = true }

    final func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes: [String: String] = [:]
    ) {
        start(Self.localName(elementName), attributes: attributes)
    }

    final func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        end(Self.localName(elementName))
    }

    final func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

    private static func localName(_ name: String) -> Substring {
        if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
        return name[...]
    }
}

/// The attributes of every element with one of these names.
private final class ElementCollector: OfficeXMLReader {
    let names: Set<String>
    var found: [[String: String]] = []
    init(_ names: Set<String>) { self.names = names }

    func attributes(_ data: Data) -> [[String: String]] {
        _ = parse(data)
        return found
    }

    override func start(_ name: Substring, attributes: [String: String]) {
        if names.contains(String(name)) { found.append(attributes) }
    }
}

/// xl/sharedStrings.xml: each <si>'s text, its rich-text runs joined (phonetic runs left out).
private final class SharedStringsXML: OfficeXMLReader {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var skip = 0

    override func start(_ name: Substring, attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "t": inText = true
        case "rPh": skip += 1
        default: break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": skip -= 1
        default: break
        }
    }

    override func text(_ string: String) {
        if inText, skip == 0 { current += string }
    }
}

/// A worksheet's cells: <c r="B3" t="s|inlineStr|str|b|n"><v>…</v> or <is><t>…</t></is></c>.
private final class SheetXML: OfficeXMLReader {
    let shared: [String]
    var rows: [(line: Int, cells: [String])] = []
    var tooManyRows = false
    private var rowNumber = 0
    private var cells: [String] = []
    private var cellColumn = 0
    private var cellType = ""
    private var value = ""
    private var inValue = false

    init(shared: [String]) { self.shared = shared }

    override func start(_ name: Substring, attributes: [String: String]) {
        switch name {
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            cells = []
        case "c":
            cellColumn = attributes["r"].flatMap(OfficeTables.column(ofReference:)) ?? cells.count
            cellType = attributes["t"] ?? "n"
            value = ""
        case "v", "t": inValue = true
        default: break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "v", "t": inValue = false
        case "c":
            var text = value
            switch cellType {
            case "s": text = Int(value.trimmingCharacters(in: .whitespaces)).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
            case "b": text = value == "1" ? "TRUE" : "FALSE"
            case "n": text = Self.number(value)
            default: break
            }
            // A criteria table has a handful of columns; a far-away cell ("XFD9") is not allowed to grow every row.
            guard cellColumn < OfficeTables.maxColumns else { return }
            while cells.count < cellColumn { cells.append("") }
            if cells.count == cellColumn { cells.append(text) } else { cells[cellColumn] = text }
        case "row":
            if rows.count < OfficeTables.maxRows { rows.append((rowNumber, cells)) } else { tooManyRows = true }
        default: break
        }
    }

    override func text(_ string: String) {
        if inValue { value += string }
    }

    /// A stored number as a person reads it: "10", "2.5" (binary noise such as 2.4999999999 rounded away).
    static func number(_ raw: String) -> String {
        guard let double = Double(raw.trimmingCharacters(in: .whitespaces)) else { return raw }
        if double == double.rounded(), abs(double) < 1e15 { return String(Int(double)) }
        let rounded = (double * 1e6).rounded() / 1e6
        return String(rounded)
    }
}

/// Tables of word/document.xml: rows of cells, with gridSpan and vMerge followed.
private final class WordTablesXML: OfficeXMLReader {
    var tables: [[[String]]] = []
    private var tableDepth = 0
    private var table: [[String]] = []
    private var row: [String] = []
    private var cell = ""
    private var paragraphs: [String] = []
    private var paragraph = ""
    private var span = 1
    private var continuesMerge = false
    private var inText = false

    override func start(_ name: Substring, attributes: [String: String]) {
        if name == "tbl" {
            tableDepth += 1
            if tableDepth == 1 { table = [] }
            return
        }
        guard tableDepth >= 1 else { return }
        switch name {
        case "tr" where tableDepth == 1: row = []
        case "tc" where tableDepth == 1:
            paragraphs = []
            paragraph = ""
            span = 1
            continuesMerge = false
        case "gridSpan" where tableDepth == 1: span = max(1, min(64, attributes["w:val"].flatMap(Int.init) ?? 1))
        case "vMerge" where tableDepth == 1: continuesMerge = (attributes["w:val"] ?? "continue") == "continue"
        case "t": inText = true
        case "tab": paragraph += " "
        case "br", "cr": paragraph += "\n"
        default: break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "tbl":
            if tableDepth == 1 { tables.append(table) }
            tableDepth -= 1
        case "t": inText = false
        case "p" where tableDepth >= 1:
            paragraphs.append(paragraph)
            paragraph = ""
        case "tc" where tableDepth == 1:
            let text = continuesMerge ? "" : paragraphs.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
            row.append(text)
            // The columns a cell spans stay empty, so a group's title spread over the points column is not read as points.
            for _ in 1..<span { row.append("") }
        case "tr" where tableDepth == 1: table.append(row)
        default: break
        }
    }

    override func text(_ string: String) {
        if inText, tableDepth >= 1 { paragraph += string }
    }
}
