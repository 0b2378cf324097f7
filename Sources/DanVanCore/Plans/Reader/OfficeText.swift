import Foundation

/// Reads .doc, .rtf and .odt by converting them to .docx with LibreOffice headless (Debian
/// libreoffice-writer-nogui), then reading the .docx: runs typed in a legacy font keep their
/// font name through the conversion, so `DocxReader` converts them too.
enum OfficeText {
    static let extensions: Set<String> = ["doc", "rtf", "odt"]

    /// soffice (or libreoffice) on PATH or in the usual places, or nil.
    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/libreoffice/program"] {
            for name in ["soffice", "libreoffice"] where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
                return "\(dir)/\(name)"
            }
        }
        return nil
    }

    static func text(ofFileAt path: String, limits: PlanReader.Limits) throws(DocumentReadError) -> String {
        guard let tool = executable() else { throw .libreOfficeMissing }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-office-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        } catch {
            throw .officeUnreadable("không tạo được thư mục tạm")
        }
        // A profile of its own: a LibreOffice the user has open would otherwise take the job.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [
            "--headless", "--norestore", "--nolockcheck", "-env:UserInstallation=file://\(work.path)/profile",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", work.path, path
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .libreOfficeMissing
        }
        let deadline = Date().addingTimeInterval(limits.officeTimeoutSeconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            Thread.sleep(forTimeInterval: 0.5)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            throw .officeUnreadable("quá thời gian \(Int(limits.officeTimeoutSeconds)) giây")
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent + ".docx"
        guard let data = FileManager.default.contents(atPath: work.appendingPathComponent(name).path), !data.isEmpty else {
            throw .officeUnreadable("LibreOffice không chuyển được tệp, mã \(process.terminationStatus)")
        }
        do {
            return try DocxReader.text(of: data, maxUncompressedBytes: limits.maxDocxUncompressedBytes)
        } catch {
            throw .officeUnreadable(error.message)
        }
    }
}
