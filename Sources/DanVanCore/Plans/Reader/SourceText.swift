import Foundation

/// Turns a file into text: checks existence and size, picks the reader by extension, decodes
/// UTF-8 (with or without BOM, or UTF-16 with BOM) or a legacy Vietnamese encoding (TCVN3, VNI,
/// VISCII, Windows-1258) and refuses binary or non-Vietnamese content.
enum SourceText {
    static let commonWords = PhraseSet([
        "và", "của", "các", "trong", "thực", "hiện", "công", "tác", "nhân", "dân", "theo", "về",
        "năm", "ngày", "được", "có", "là", "cho", "những", "với", "đến", "người", "không", "này"
    ])
    static let textExtensions: Set<String> = ["txt", "text", "md", "markdown"]

    /// A file's text, and whether it was recognised from scanned images (so a person checks what was read).
    struct Loaded {
        let text: String
        var recognisedFromImages = false
    }

    static func load(_ url: URL, limits: PlanReader.Limits) throws(DocumentReadError) -> Loaded {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound(path) }
        guard !isDirectory.boolValue, FileManager.default.isReadableFile(atPath: path) else { throw .unreadable(path) }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        if size > limits.maxFileBytes { throw .tooLarge(size, limit: limits.maxFileBytes) }
        if size == 0 { throw .empty }
        let ext = url.pathExtension.lowercased()
        switch ext {
        case "docx":
            guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
            return Loaded(text: try DocxReader.text(of: data, maxUncompressedBytes: limits.maxDocxUncompressedBytes))
        case "pdf":
            if let text = try PdfText.text(ofFileAt: path, timeout: limits.pdfTimeoutSeconds) { return Loaded(text: text) }
            return Loaded(text: try ScannedPdfText.text(ofFileAt: path, limits: limits), recognisedFromImages: true)
        case _ where OfficeText.extensions.contains(ext):
            return Loaded(text: try OfficeText.text(ofFileAt: path, limits: limits))
        case _ where textExtensions.contains(ext) || ext.isEmpty:
            guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
            return Loaded(text: try decode(data))
        default:
            throw .unsupported(ext)
        }
    }

    static func decode(_ data: Data) throws(DocumentReadError) -> String {
        if data.isEmpty { throw .empty }
        let bytes = [UInt8](data)
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            guard let text = String(data: data, encoding: .utf16) else { throw .binary }
            return text
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes[3...] }
        // NUL bytes or many control characters mean binary content.
        var controls = 0
        for b in body.prefix(65536) where b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) {
            if b == 0 { throw .binary }
            controls += 1
        }
        if let text = String(validating: body, as: UTF8.self) {
            if controls > 8 && controls * 100 > min(body.count, 65536) { throw .binary }
            // Legacy text once opened as Windows-1252 and saved as UTF-8 ("Céng hoµ x· héi").
            return LegacyVietnamese.repairMisread(text) ?? text
        }
        // Not UTF-8: a legacy Vietnamese encoding (VISCII puts six capitals in the control range).
        let raw = Array(body)
        if let encoding = LegacyVietnamese.detect(raw) { return LegacyVietnamese.decode(raw, as: encoding) }
        throw .binary
    }

    /// Vietnamese text has letters with Vietnamese diacritics and common words ("và", "của", "các").
    static func validate(_ text: String) throws(DocumentReadError) {
        try validate(Array(text.unicodeScalars))
    }

    static func validate(_ scalars: Scalars) throws(DocumentReadError) {
        var letters = 0
        var vietnamese = 0
        var nonSpace = 0
        for c in scalars.prefix(200_000) {
            if c.value > 0x20 { nonSpace += 1 }
            if Sc.isLetter(c) {
                letters += 1
                let v = c.value
                if (v >= 0x1EA0 && v <= 0x1EF9) || v == 0x111 || v == 0x110 || v == 0x1A1 || v == 0x1B0 || v == 0x103 || v == 0x102
                    || (v >= 0x300 && v <= 0x323) || v == 0x1A0 || v == 0x1AF
                {
                    vietnamese += 1
                }
            }
        }
        if nonSpace == 0 { throw .empty }
        guard letters >= 20 else { throw .notVietnamese }
        // Vietnamese prose is full of short function words: count them among the first words.
        var words = 0
        var hits = 0
        var i = 0
        let limit = min(scalars.count, 8000)
        while i < limit {
            guard Sc.isLetter(scalars[i]) else {
                i += 1
                continue
            }
            let end = scalars.wordEnd(i, limit)
            words += 1
            if scalars.matchAny(commonWords, at: i, end) != nil { hits += 1 }
            i = end
        }
        if vietnamese * 50 < letters || hits * 40 < words { throw .notVietnamese }
    }
}
