import DanVanCore
import Foundation

/// `danvan extract FILE... [--json]`: a thin front over `ExtractCommand` in DanVanCore.
/// Results go to stdout, errors to stderr; returns non-zero if any file failed.
public enum ExtractCLI {
    public static func run(_ arguments: [String]) -> Int32 {
        ExtractCommand.run(
            arguments,
            out: { line in print(line) },
            err: { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        )
    }
}
