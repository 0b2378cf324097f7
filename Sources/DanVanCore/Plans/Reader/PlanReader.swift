import Foundation

/// Reads a Vietnamese plan (.txt, .md, .docx, .pdf) into a `PlanDocument`.
///
///     let plan = try PlanReader.read(fileAt: URL(fileURLWithPath: "389-KH-UBND.docx"))
///     plan.number?.value   // "389/KH-UBND"
///     plan.reports.first?.dueRule  // .dayOfYear(month: 5, day: 20)
public enum PlanReader {
    public struct Limits: Sendable {
        /// Largest input file read.
        public var maxFileBytes: Int
        /// Largest total uncompressed size of the parts of a .docx that are read.
        public var maxDocxUncompressedBytes: Int
        /// Longest a pdftotext run may take.
        public var pdfTimeoutSeconds: Double
        /// Longest a LibreOffice conversion (.doc, .rtf, .odt) may take.
        public var officeTimeoutSeconds: Double
        /// Most pages of a scanned PDF recognised in one go (a plan is a few pages; a 500-page archive scan is not one).
        public var maxScannedPages: Int
        /// Longest the recognition of a scanned PDF may take, all pages together.
        public var ocrTimeoutSeconds: Double

        public init(
            maxFileBytes: Int = UploadLimits.document, maxDocxUncompressedBytes: Int = 50 << 20, pdfTimeoutSeconds: Double = 30,
            officeTimeoutSeconds: Double = 60, maxScannedPages: Int = 40, ocrTimeoutSeconds: Double = 600
        ) {
            self.maxScannedPages = maxScannedPages
            self.ocrTimeoutSeconds = ocrTimeoutSeconds
            self.maxFileBytes = maxFileBytes
            self.maxDocxUncompressedBytes = maxDocxUncompressedBytes
            self.pdfTimeoutSeconds = pdfTimeoutSeconds
            self.officeTimeoutSeconds = officeTimeoutSeconds
        }
    }

    /// Reads a file: the kind is chosen by extension (.txt, .md, .markdown, .text, .docx, .pdf;
    /// .doc, .rtf, .odt through LibreOffice).
    public static func read(fileAt url: URL, limits: Limits = Limits()) throws(DocumentReadError) -> PlanDocument {
        let loaded = try SourceText.load(url, limits: limits)
        var plan = try read(text: loaded.text, validate: true)
        plan.file = url.lastPathComponent
        plan.recognisedFromImages = loaded.recognisedFromImages
        return plan
    }

    /// The clean text of a file: decoded (legacy Vietnamese encodings converted), NFC, the
    /// paragraphs rebuilt one per line. What `danvan text` writes.
    public static func cleanText(fileAt url: URL, limits: Limits = Limits()) throws(DocumentReadError) -> String {
        let source = try SourceText.load(url, limits: limits).text
        let text = DocumentText(source).text
        if !text.unicodeScalars.contains(where: { Sc.isLetter($0) }) { throw .empty }
        return text
    }

    /// Reads an uploaded file from memory; `fileName`'s extension picks the reader. A .pdf, .doc,
    /// .rtf or .odt is written to a temporary file for pdftotext or LibreOffice.
    public static func read(data: Data, fileName: String, limits: Limits = Limits()) throws(DocumentReadError) -> PlanDocument {
        let loaded = try sourceText(data: data, fileName: fileName, limits: limits)
        var plan = try read(text: loaded.text, fileName: fileName, validate: true)
        plan.recognisedFromImages = loaded.recognisedFromImages
        return plan
    }

    /// The text of an uploaded file as its kind gives it (decoded, or through pdftotext, LibreOffice or OCR), before
    /// any reading rule: what a caller may keep so that a slow file is converted once.
    public static func sourceText(data: Data, fileName: String, limits: Limits = Limits()) throws(DocumentReadError)
        -> (text: String, recognisedFromImages: Bool)
    {
        if data.count > limits.maxFileBytes { throw .tooLarge(data.count, limit: limits.maxFileBytes) }
        if data.isEmpty { throw .empty }
        let ext = (fileName as NSString).pathExtension.lowercased()
        let loaded: SourceText.Loaded
        switch ext {
        case "docx": loaded = .init(text: try DocxReader.text(of: data, maxUncompressedBytes: limits.maxDocxUncompressedBytes))
        case _ where SourceText.textExtensions.contains(ext) || ext.isEmpty: loaded = .init(text: try SourceText.decode(data))
        case "pdf",
            _ where OfficeText.extensions.contains(ext):
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-upload-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: dir) }
            let file = dir.appendingPathComponent("upload." + ext)
            do {
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                try data.write(to: file)
            } catch {
                throw .unreadable(fileName)
            }
            loaded = try SourceText.load(file, limits: limits)
        default: throw .unsupported(ext)
        }
        return (loaded.text, loaded.recognisedFromImages)
    }

    /// True for the kinds that take an outside program and seconds to convert (.pdf, .doc, .rtf, .odt).
    public static func isSlowToConvert(fileName: String) -> Bool {
        let ext = (fileName as NSString).pathExtension.lowercased()
        return ext == "pdf" || OfficeText.extensions.contains(ext)
    }

    /// Reads text that is already decoded. With `validate`, text that is empty or not Vietnamese is refused.
    public static func read(text: String, fileName: String? = nil, validate: Bool = false) throws(DocumentReadError) -> PlanDocument {
        let doc = DocumentText(text)
        if validate { try SourceText.validate(doc.scalars) }
        var plan = read(doc)
        plan.file = fileName
        return plan
    }

    /// Reads normalized text. Never fails: a text with nothing recognisable gives an empty plan.
    public static func read(_ doc: DocumentText) -> PlanDocument {
        let s = doc.scalars
        var plan = PlanDocument()
        plan.text = doc.text
        plan.sourceText = doc.sourceText
        plan.sourceMap = doc.sourceMap
        let outline = StructureReader.read(doc)
        let header = HeaderReader.read(doc, headerEnd: outline.bodyStart)
        plan.number = header.number
        plan.documentType = header.documentType
        plan.issuer = header.issuer
        plan.place = header.place
        plan.date = header.date
        plan.year = header.year
        plan.title = header.title
        let citations = CitationReader.read(doc, ownNumber: header.number?.value)
        plan.legalReferences = citations.refs
        plan.namedLaws = citations.laws
        plan.sections = StructureReader.publicSections(doc, outline)

        // Who does what, and which paragraphs belong to whom.
        var unitsByParagraph: [Int: [String]] = [:]
        for entry in AssignmentReader.read(doc, outline) {
            let names = entry.units.map { doc.string($0) }
            var duties: [String] = []
            var cooperating: [String] = []
            if let item = entry.item {
                let first = doc.paragraphs[item.paragraphs.lowerBound]
                let headingEnd = entry.units.last!.upperBound
                var rest = s.trimmed(headingEnd..<first.upperBound, extra: { $0 == ":" || $0 == "," })
                if rest.count > 0 && Sc.isLetter(s[rest.lowerBound]) == false { rest = s.trimmed(rest.lowerBound + 1..<rest.upperBound) }
                if !rest.isEmpty { duties.append(doc.string(rest)) }
                for index in (item.paragraphs.lowerBound + 1)..<item.paragraphs.upperBound {
                    duties.append(doc.string(s.trimmed(doc.paragraphs[index], extra: { $0 == "-" || $0 == "+" })))
                    unitsByParagraph[index] = names
                }
                unitsByParagraph[item.paragraphs.lowerBound] = names
                let body =
                    [headingEnd..<first.upperBound] + ((item.paragraphs.lowerBound + 1)..<item.paragraphs.upperBound).map { doc.paragraphs[$0] }
                cooperating = CooperationReader.read(doc, in: body, excluding: Set(names))
            }
            for (k, range) in entry.units.enumerated() {
                plan.assignments.append(Assignment(unit: names[k], duties: duties, span: doc.span(range), cooperating: cooperating))
            }
        }

        // Reports and deadlines, clause by clause through the body.
        let start = outline.bodyStart < doc.paragraphs.count ? outline.bodyStart : 0
        for index in start..<doc.paragraphs.count {
            let p = doc.paragraphs[index]
            if DocumentText.isFootnoteLine(Array(s[p.lowerBound..<min(p.upperBound, p.lowerBound + 1)])) { continue }
            let by = unitsByParagraph[index] ?? []
            for clause in Clauses.split(s, p) {
                let reports = ReportScheduleReader.read(doc, clause: clause, by: by)
                plan.reports += reports.map(\.obligation)
                let excluded = reports.compactMap(\.dueRange)
                plan.deadlines += DeadlineReader.read(doc, clause: clause, year: plan.year, excluded: excluded, by: by)
            }
        }
        return plan
    }
}
