import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the text of a .docx directly: paragraphs and tables of word/document.xml in order (each
/// table cell's paragraphs on their own lines), footnote markers as superscript numbers, and the
/// footnotes of word/footnotes.xml after the body, each starting with its superscript number.
///
/// A .docx is a zip archive, so the uncompressed size is checked twice against a limit: the
/// sizes the archive declares, and the bytes actually produced while inflating (a zip bomb can
/// lie about the first).
enum DocxReader {
    struct TooLarge: Error {}

    static func text(of data: Data, maxUncompressedBytes: Int) throws(DocumentReadError) -> String {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .corruptDocx("không mở được tệp nén")
        }
        guard let document = archive["word/document.xml"] else { throw .corruptDocx("thiếu word/document.xml") }
        let footnotes = archive["word/footnotes.xml"]
        let numbering = archive["word/numbering.xml"]
        let styles = archive["word/styles.xml"]
        let declared =
            document.uncompressedSize + (footnotes?.uncompressedSize ?? 0) + (numbering?.uncompressedSize ?? 0)
            + (styles?.uncompressedSize ?? 0)
        if declared > UInt64(maxUncompressedBytes) { throw .docxTooLarge(limit: maxUncompressedBytes) }
        var budget = maxUncompressedBytes
        let documentXML = try inflate(archive, document, budget: &budget, limit: maxUncompressedBytes)
        var footnotesXML: Data? = nil
        if let footnotes { footnotesXML = try inflate(archive, footnotes, budget: &budget, limit: maxUncompressedBytes) }

        var lists = WordNumbering()
        if let numbering {
            let xml = try inflate(archive, numbering, budget: &budget, limit: maxUncompressedBytes)
            let reader = NumberingXML()
            if reader.parse(xml) { lists = reader.numbering }
        }
        var fonts = WordFonts()
        if let styles {
            let xml = try inflate(archive, styles, budget: &budget, limit: maxUncompressedBytes)
            let reader = StylesXML()
            if reader.parse(xml) { fonts = reader.fonts }
        }
        let body = WordXML(footnotes: false, numbering: lists, fonts: fonts)
        guard body.parse(documentXML) else { throw .corruptDocx("word/document.xml không phải XML hợp lệ") }
        var text = body.text
        if let footnotesXML {
            let notes = WordXML(footnotes: true, numbering: WordNumbering(), fonts: fonts)
            if notes.parse(footnotesXML) { text += "\n" + notes.text }
        }
        // Legacy text in a font the document does not name (a theme font, a style we do not follow).
        return LegacyVietnamese.repairMisread(text) ?? text
    }

    static func inflate(_ archive: Archive, _ entry: Entry, budget: inout Int, limit: Int) throws(DocumentReadError) -> Data {
        var out = Data()
        var remaining = budget
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                remaining -= chunk.count
                if remaining < 0 { throw TooLarge() }
                out.append(chunk)
            }
        } catch is TooLarge {
            throw .docxTooLarge(limit: limit)
        } catch {
            throw .corruptDocx("không giải nén được \(entry.path)")
        }
        budget = remaining
        return out
    }

    static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}

/// Word's automatic list numbering (word/numbering.xml): the labels ("1.", "II.", "a)") are not
/// in the document text, so they are rebuilt from the list definitions.
struct WordNumbering {
    struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
    }
    /// numId → abstractNumId
    var nums: [String: String] = [:]
    /// abstractNumId → level → definition
    var abstracts: [String: [Int: Level]] = [:]
    /// numId → current counters per level
    var counters: [String: [Int: Int]] = [:]

    mutating func label(numId: String, level: Int) -> String? {
        guard numId != "0", let abstract = nums[numId].flatMap({ abstracts[$0] }), let def = abstract[level] else { return nil }
        var counts = counters[numId] ?? [:]
        counts[level] = (counts[level] ?? (def.start - 1)) + 1
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[numId] = counts
        if def.format == "bullet" || def.format == "none" { return def.format == "bullet" ? "-" : nil }
        var out = def.text
        for l in 0...level {
            let value = counts[l] ?? (abstract[l]?.start ?? 1)
            out = out.replacingOccurrences(of: "%\(l + 1)", with: Self.format(value, abstract[l]?.format ?? "decimal"))
        }
        return out
    }

    static func format(_ n: Int, _ format: String) -> String {
        switch format {
        case "upperRoman": return roman(n)
        case "lowerRoman": return roman(n).lowercased()
        case "upperLetter": return n >= 1 && n <= 26 ? String(UnicodeScalar(UInt8(64 + n))) : String(n)
        case "lowerLetter": return n >= 1 && n <= 26 ? String(UnicodeScalar(UInt8(96 + n))) : String(n)
        default: return String(n)
        }
    }

    static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")
        ]
        var n = n
        var out = ""
        for (value, symbol) in table {
            while n >= value {
                out += symbol
                n -= value
            }
        }
        return out
    }
}

/// Reads word/numbering.xml into `WordNumbering`.
private final class NumberingXML: NSObject, XMLParserDelegate {
    var numbering = WordNumbering()
    private var abstractId: String? = nil
    private var level: Int? = nil
    private var numId: String? = nil

    func parse(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        return parser.parse()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        let value = attributes["w:val"]
        switch elementName {
        case "w:abstractNum": abstractId = attributes["w:abstractNumId"]
        case "w:lvl": level = attributes["w:ilvl"].flatMap(Int.init)
        case "w:numFmt": set { $0.format = value ?? "decimal" }
        case "w:lvlText": set { $0.text = value ?? "" }
        case "w:start": set { $0.start = value.flatMap(Int.init) ?? 1 }
        case "w:num": numId = attributes["w:numId"]
        case "w:abstractNumId": if let numId, let value { numbering.nums[numId] = value }
        default: break
        }
    }

    private func set(_ change: (inout WordNumbering.Level) -> Void) {
        guard let abstractId, let level else { return }
        var def = numbering.abstracts[abstractId]?[level] ?? WordNumbering.Level()
        change(&def)
        numbering.abstracts[abstractId, default: [:]][level] = def
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch elementName {
        case "w:abstractNum": abstractId = nil
        case "w:lvl": level = nil
        case "w:num": numId = nil
        default: break
        }
    }
}

/// The fonts styles give runs: the document default and each style's own (through basedOn).
struct WordFonts {
    var defaultFont: String? = nil
    var defaultParagraphStyle: String? = nil
    var styleFont: [String: String] = [:]
    var basedOn: [String: String] = [:]

    func font(ofStyle id: String?) -> String? {
        var current = id ?? defaultParagraphStyle
        var hops = 0
        while let style = current, hops < 10 {
            if let font = styleFont[style] { return font }
            current = basedOn[style]
            hops += 1
        }
        return defaultFont
    }
}

/// Reads word/styles.xml for the fonts of the default and of each style.
private final class StylesXML: NSObject, XMLParserDelegate {
    var fonts = WordFonts()
    private var styleId: String? = nil
    private var inDefaults = false

    func parse(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        return parser.parse()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "w:docDefaults": inDefaults = true
        case "w:style":
            styleId = attributes["w:styleId"]
            if attributes["w:type"] == "paragraph", attributes["w:default"] == "1" || attributes["w:default"] == "true" {
                fonts.defaultParagraphStyle = styleId
            }
        case "w:basedOn": if let styleId, let value = attributes["w:val"] { fonts.basedOn[styleId] = value }
        case "w:rFonts":
            guard let font = attributes["w:ascii"] ?? attributes["w:hAnsi"] else { return }
            if inDefaults { fonts.defaultFont = font } else if let styleId { fonts.styleFont[styleId] = font }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if elementName == "w:docDefaults" { inDefaults = false }
        if elementName == "w:style" { styleId = nil }
    }
}

/// Collects the text of WordprocessingML with XMLParser.
private final class WordXML: NSObject, XMLParserDelegate {
    let footnotes: Bool
    private var numbering: WordNumbering
    private var numId: String? = nil
    private var numLevel = 0
    private var inParagraphProperties = false
    private(set) var text = ""
    private var inText = false
    private var skipDepth = 0
    private var footnoteID: Int? = nil
    private var footnoteStarted = false

    // Fonts: a run's own (w:rFonts), else its character style's, else its paragraph style's.
    private let fonts: WordFonts
    private var paragraphStyle: String? = nil
    private var runFont: String? = nil
    private var runStyle: String? = nil
    private var inRun = false
    private var pending = ""  // a run's text in a legacy font, converted at the run's end
    private var textEncoding: (LegacyEncoding, capitals: Bool)? = nil  // of the pending text

    init(footnotes: Bool, numbering: WordNumbering, fonts: WordFonts) {
        self.footnotes = footnotes
        self.numbering = numbering
        self.fonts = fonts
        text.reserveCapacity(1 << 16)
    }

    /// The legacy encoding of the current run's font, if it is a .VnTime, VNI-Times … font.
    private var runEncoding: (LegacyEncoding, capitals: Bool)? {
        let font = runFont ?? (runStyle.flatMap { fonts.styleFont[$0] }) ?? fonts.font(ofStyle: paragraphStyle)
        guard let font, let encoding = LegacyEncoding.of(fontName: font) else { return nil }
        return (encoding, LegacyEncoding.isCapitalsFont(font))
    }

    func parse(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        return ok && parser.parserError == nil && depth == 0 && sawRoot
    }

    private var depth = 0
    private var sawRoot = false

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        parser.abortParsing()
    }

    private func local(_ name: String) -> Substring {
        if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
        return name[...]
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        depth += 1
        sawRoot = true
        switch local(elementName) {
        case "pPr": inParagraphProperties = true
        case "pStyle": if inParagraphProperties { paragraphStyle = attributes["w:val"] }
        case "r":
            inRun = true
            runFont = nil
            runStyle = nil
        case "rStyle": if inRun { runStyle = attributes["w:val"] }
        case "rFonts": if inRun { runFont = attributes["w:ascii"] ?? attributes["w:hAnsi"] ?? runFont }
        case "ilvl": if inParagraphProperties { numLevel = attributes["w:val"].flatMap(Int.init) ?? 0 }
        case "numId": if inParagraphProperties { numId = attributes["w:val"] }
        case "t":
            inText = true
            let encoding = runEncoding
            if encoding?.0 != textEncoding?.0 || encoding?.capitals != textEncoding?.capitals { flushPending() }
            textEncoding = encoding
        // TCVN3's "ư" is byte 0xAD, the soft hyphen of Windows code pages: Word and LibreOffice keep it as this element.
        case "softHyphen":
            if inRun, skipDepth == 0, textEncoding != nil || runEncoding != nil {
                if textEncoding == nil { textEncoding = runEncoding }
                pending += "\u{AD}"
            }
        case "tab":
            if skipDepth == 0 {
                flushPending()
                text += " "
            }
        case "br", "cr":
            if skipDepth == 0 {
                flushPending()
                text += "\n"
            }
        case "instrText", "delText", "fldData": skipDepth += 1
        case "footnoteReference", "endnoteReference":
            flushPending()
            if let id = attributes["w:id"].flatMap(Int.init) { text += DocxReader.superscript(id) }
        case "footnote":
            let id = attributes["w:id"].flatMap(Int.init) ?? 0
            let type = attributes["w:type"] ?? ""
            footnoteID = (type.isEmpty || type == "normal") && id > 0 ? id : nil
            footnoteStarted = false
            if footnoteID == nil { skipDepth += 1 }
        case "footnoteRef":
            break
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
        switch local(elementName) {
        case "pPr":
            inParagraphProperties = false
            if skipDepth == 0, let id = numId, let label = numbering.label(numId: id, level: numLevel) { text += label + " " }
            numId = nil
            numLevel = 0
        case "t":
            inText = false
        case "r":
            inRun = false
            flushPending()
        case "p":
            paragraphStyle = nil
            if skipDepth == 0 { text += "\n" }
        case "tc": if skipDepth == 0 { text += "\n" }
        case "instrText", "delText", "fldData": skipDepth -= 1
        case "footnote":
            if footnoteID == nil { skipDepth -= 1 }
            footnoteID = nil
        default: break
        }
    }

    /// Converts the legacy-font text gathered over a run's <w:t> pieces (a letter and its mark may sit in two).
    private func flushPending() {
        if !pending.isEmpty, let (encoding, capitals) = textEncoding {
            let converted = LegacyVietnamese.convert(pending, from: encoding)
            text += capitals ? converted.uppercased() : converted
        }
        pending = ""
        textEncoding = nil
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inText, skipDepth == 0 else { return }
        if footnotes, let id = footnoteID, !footnoteStarted {
            text += DocxReader.superscript(id) + " "
            footnoteStarted = true
        }
        if textEncoding != nil { pending += string } else { text += string }
    }
}
