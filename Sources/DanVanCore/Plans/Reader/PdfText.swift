import Foundation

/// Extracts the text layer of a PDF with `pdftotext` (Debian package poppler-utils).
///
/// With -layout: the default reading-order mode joins a word broken at a line-end hyphen and
/// drops the hyphen ("34/2007/PL-" / "UBTVQH11" → "PLUBTVQH11"), which spoils document numbers;
/// -layout keeps the hyphen, the first-line indentation of paragraphs and the header's columns,
/// which `ParagraphRebuilder` uses.
enum PdfText {
    /// The text layer, or nil when the PDF has none (a scan: see `ScannedPdfText`).
    static func text(ofFileAt path: String, timeout: Double) throws(DocumentReadError) -> String? {
        guard let tool = ExternalTool.find("pdftotext") else { throw .pdftotextMissing }
        let run = ExternalTool.run(tool, ["-layout", "-enc", "UTF-8", "-q", path, "-"], timeout: timeout)
        if run.status == -1 { throw .pdftotextMissing }
        if run.timedOut { throw .pdfUnreadable("quá thời gian \(Int(timeout)) giây") }
        guard run.status == 0 else {
            let detail = String(decoding: run.errors, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "mã lỗi \(run.status)"
            throw .pdfUnreadable(detail)
        }
        let text = String(decoding: run.output, as: UTF8.self)
        return text.unicodeScalars.contains(where: { Sc.isLetter($0) }) ? text : nil
    }
}
