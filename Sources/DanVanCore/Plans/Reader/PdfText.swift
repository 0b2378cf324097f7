import Foundation

/// Extracts the text layer of a PDF with `pdftotext` (Debian package poppler-utils).
///
/// With -layout: the default reading-order mode joins a word broken at a line-end hyphen and
/// drops the hyphen ("34/2007/PL-" / "UBTVQH11" → "PLUBTVQH11"), which spoils document numbers;
/// -layout keeps the hyphen, the first-line indentation of paragraphs and the header's columns,
/// which `ParagraphRebuilder` uses.
enum PdfText {
    /// The pdftotext executable on PATH (or in /usr/bin), or nil.
    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
            let candidate = "\(dir)/pdftotext"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func text(ofFileAt path: String, timeout: Double) throws(DocumentReadError) -> String {
        guard let tool = executable() else { throw .pdftotextMissing }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", "-enc", "UTF-8", "-q", path, "-"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .pdftotextMissing
        }
        let box = ProcessBox(process)
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { box.terminateIfRunning() }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errorData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal { throw .pdfUnreadable("quá thời gian \(Int(timeout)) giây") }
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: errorData, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "mã lỗi \(process.terminationStatus)"
            throw .pdfUnreadable(detail)
        }
        let text = String(decoding: data, as: UTF8.self)
        if !text.unicodeScalars.contains(where: { Sc.isLetter($0) }) { throw .pdfUnreadable("không có lớp chữ") }
        return text
    }
}

private final class ProcessBox: @unchecked Sendable {
    let process: Process
    init(_ process: Process) { self.process = process }
    func terminateIfRunning() { if process.isRunning { process.terminate() } }
}
