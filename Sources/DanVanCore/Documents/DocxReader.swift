import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

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
        let declared = document.uncompressedSize + (footnotes?.uncompressedSize ?? 0)
        if declared > UInt64(maxUncompressedBytes) { throw .docxTooLarge(limit: maxUncompressedBytes) }
        var budget = maxUncompressedBytes
        let documentXML = try inflate(archive, document, budget: &budget, limit: maxUncompressedBytes)
        var footnotesXML: Data? = nil
        if let footnotes { footnotesXML = try inflate(archive, footnotes, budget: &budget, limit: maxUncompressedBytes) }

        let body = WordXML(footnotes: false)
        guard body.parse(documentXML) else { throw .corruptDocx("word/document.xml không phải XML hợp lệ") }
        var text = body.text
        if let footnotesXML {
            let notes = WordXML(footnotes: true)
            if notes.parse(footnotesXML) { text += "\n" + notes.text }
        }
        return text
    }

    private static func inflate(_ archive: Archive, _ entry: Entry, budget: inout Int, limit: Int) throws(DocumentReadError) -> Data {
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

/// Collects the text of WordprocessingML with XMLParser.
private final class WordXML: NSObject, XMLParserDelegate {
    let footnotes: Bool
    private(set) var text = ""
    private var inText = false
    private var skipDepth = 0
    private var footnoteID: Int? = nil
    private var footnoteStarted = false

    init(footnotes: Bool) {
        self.footnotes = footnotes
        text.reserveCapacity(1 << 16)
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

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        depth += 1
        sawRoot = true
        switch local(elementName) {
        case "t": inText = true
        case "tab": if skipDepth == 0 { text += " " }
        case "br", "cr": if skipDepth == 0 { text += "\n" }
        case "instrText", "delText", "fldData": skipDepth += 1
        case "footnoteReference", "endnoteReference":
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
        case "t": inText = false
        case "p": if skipDepth == 0 { text += "\n" }
        case "tc": if skipDepth == 0 { text += "\n" }
        case "instrText", "delText", "fldData": skipDepth -= 1
        case "footnote":
            if footnoteID == nil { skipDepth -= 1 }
            footnoteID = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inText, skipDepth == 0 else { return }
        if footnotes, let id = footnoteID, !footnoteStarted {
            text += DocxReader.superscript(id) + " "
            footnoteStarted = true
        }
        text += string
    }
}
