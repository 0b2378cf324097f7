import DanVanCore
import Foundation

/// `danvan text FILE... [--out DIR]`: a thin front over `TextCommand` in DanVanCore, run before Vapor boots so that
/// converting an archive neither needs nor creates a database. Prints the text or writes one .txt per file, and
/// returns non-zero when any file could not be read, after the others were written.
public enum TextCLI {
    public static func run(_ arguments: [String]) -> Int32 {
        TextCommand.run(
            arguments,
            out: { text in FileHandle.standardOutput.write(Data((text + "\n").utf8)) },
            err: { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        )
    }
}
