import DanVanCore
import Foundation

#if canImport(Glibc)
    import Glibc
    import Views
#endif

/// Somewhere a reminder e-mail can be handed to.
protocol Mailer: Sendable {
    func send(_ email: PlainTextEmail) async throws
}

/// The system's sendmail interface: `PATH -t -i` with the message on standard input (recipients from the headers).
struct SendmailMailer: Mailer {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let path: String

    init(path: String) {
        self.path = path
        // A sendmail that exits before reading its input must not kill the run with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
    }

    func send(_ email: PlainTextEmail) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-t", "-i"]
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: Failure(description: L10n.Notifications.khongChayDuocLabel(path, error)))
                return
            }
            // The local sendmail convention is LF line endings; it adds CR on the wire.
            try? input.fileHandleForWriting.write(contentsOf: Data(email.render(lineEnding: "\n").utf8))
            try? input.fileHandleForWriting.close()
        }
        guard status == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw Failure(description: L10n.Notifications.ketThucVoiMaLabel(path, status, message.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
    }
}
