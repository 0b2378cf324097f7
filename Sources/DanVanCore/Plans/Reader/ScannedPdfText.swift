import Foundation

/// Reads a PDF that is only scanned pages, with no text layer: each page is rendered by `pdftoppm` (poppler-utils) at
/// 300 dpi in grey, the resolution tesseract is trained for, and recognised by `tesseract -l vie` (Debian tesseract-ocr,
/// tesseract-ocr-vie) in one run over the list of pages. It costs seconds a page, so the number of pages is capped
/// and the whole run has a time limit; what it reads is marked on the plan (`recognisedFromImages`) for a person to check.
enum ScannedPdfText {
    static func text(ofFileAt path: String, limits: PlanReader.Limits) throws(DocumentReadError) -> String {
        guard let tesseract = ExternalTool.find("tesseract"), let render = ExternalTool.find("pdftoppm"),
            let info = ExternalTool.find("pdfinfo")
        else { throw .ocrMissing }
        let languages = ExternalTool.run(tesseract, ["--list-langs"], timeout: 30)
        guard String(decoding: languages.output + languages.errors, as: UTF8.self).split(separator: "\n").contains("vie") else {
            throw .ocrMissing
        }
        let pages = ExternalTool.run(info, [path], timeout: 30)
        let count =
            String(decoding: pages.output, as: UTF8.self).split(separator: "\n")
            .first { $0.hasPrefix("Pages:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        guard count > 0 else { throw .pdfUnreadable("không đọc được số trang") }
        if count > limits.maxScannedPages { throw .scanTooLong(count, limit: limits.maxScannedPages) }

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-ocr-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        } catch {
            throw .pdfUnreadable("không tạo được thư mục tạm")
        }
        let started = Date()
        let rendered = ExternalTool.run(
            render, ["-r", "300", "-gray", "-png", path, work.appendingPathComponent("trang").path],
            timeout: limits.ocrTimeoutSeconds)
        if rendered.timedOut { throw .pdfUnreadable("quá thời gian \(Int(limits.ocrTimeoutSeconds)) giây") }
        let images = ((try? FileManager.default.contentsOfDirectory(atPath: work.path)) ?? []).filter { $0.hasSuffix(".png") }.sorted()
            .map { work.appendingPathComponent($0).path }
        guard !images.isEmpty else { throw .pdfUnreadable("không dựng được ảnh các trang") }
        let list = work.appendingPathComponent("trang.txt")
        do {
            try Data((images.joined(separator: "\n") + "\n").utf8).write(to: list)
        } catch {
            throw .pdfUnreadable("không ghi được danh sách trang")
        }
        let remaining = max(1, limits.ocrTimeoutSeconds - Date().timeIntervalSince(started))
        let recognised = ExternalTool.run(tesseract, [list.path, "stdout", "-l", "vie"], timeout: remaining)
        if recognised.timedOut { throw .pdfUnreadable("nhận dạng chữ quá thời gian \(Int(limits.ocrTimeoutSeconds)) giây") }
        let text = String(decoding: recognised.output, as: UTF8.self)
        guard recognised.status == 0, text.unicodeScalars.contains(where: { Sc.isLetter($0) }) else {
            throw .pdfUnreadable("không nhận dạng được chữ trên ảnh quét")
        }
        return OcrCorrections.apply(text)
    }
}
