import Foundation

/// Runs a program the reader relies on (pdftotext, pdftoppm, tesseract) with a time limit, collecting what it prints.
enum ExternalTool {
    struct Outcome {
        let status: Int32
        let output: Data
        let errors: Data
        let timedOut: Bool
    }

    /// The program on PATH or in /usr/bin, /usr/local/bin, or nil.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"] {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func run(_ executable: String, _ arguments: [String], timeout: Double) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return Outcome(status: -1, output: Data(), errors: Data(), timedOut: false)
        }
        let watch = ProcessWatch(process)
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { watch.stopIfRunning() }
        // Both pipes are drained at once: a program that fills one while the other is read would wait forever.
        let errors = ErrorDrain(err.fileHandleForReading)
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, output: output, errors: errors.wait(),
            timedOut: process.terminationReason == .uncaughtSignal && watch.stopped)
    }
}

private final class ProcessWatch: @unchecked Sendable {
    let process: Process
    private let lock = NSLock()
    private var didStop = false
    init(_ process: Process) { self.process = process }

    var stopped: Bool { lock.withLock { didStop } }

    func stopIfRunning() {
        guard process.isRunning else { return }
        lock.withLock { didStop = true }
        process.terminate()
    }
}

private final class ErrorDrain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
