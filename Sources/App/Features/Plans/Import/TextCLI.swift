import DanVanCore
import Foundation
import Vapor

/// `danvan text FILE... [--out DIR]`: a thin front over `TextCommand` in DanVanCore. Takes its
/// arguments raw (a list of files), prints the text or writes one .txt per file, and fails
/// (exit status 1) when any file could not be read, after the others were written.
struct TextCLICommand: AnyAsyncCommand {
    var help: String { "Văn bản sạch (Unicode NFC, chuyển bảng mã TCVN3, VNI, VISCII) của từng tệp: danvan text TỆP... [--out THƯ_MỤC]" }

    struct Failed: Error, CustomStringConvertible {
        let status: Int32
        var description: String { status == 2 ? "sai cách dùng lệnh text" : "có tệp không đọc được" }
    }

    func run(using context: inout CommandContext) async throws {
        let status = TextCommand.run(
            context.input.arguments,
            out: { text in FileHandle.standardOutput.write(Data((text + "\n").utf8)) },
            err: { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        )
        if status != 0 { throw Failed(status: status) }
    }

    func outputHelp(using context: inout CommandContext) {
        context.console.output(TextCommand.usage.consoleText())
    }
}
