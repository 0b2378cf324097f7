import Foundation

/// Ảnh của mô hình, re-encoded before it is stored: at most `maxSide` pixels on the longest side (never enlarged),
/// every metadata block dropped (EXIF with the phone's GPS position is personal data; so are the owner's name and the
/// device serial), and the bytes written by the encoder rather than whatever the browser sent.
///
/// The work is done by `vipsthumbnail` (Debian package `libvips-tools`, installed by scripts/lib/deps.sh), run through
/// `ExternalTool` with a time limit. A JPEG stays a JPEG (quality `jpegQuality`), a PNG stays a PNG (lossless, keeps
/// transparency). When the program is not installed the checked original is kept and the caller logs a warning:
/// the upload still works on a server without it, only unshrunk and with its metadata.
public enum ExemplarImages {
    /// Longest side after re-encoding: sharp on a screen and in a printed report, a few hundred KB as JPEG.
    public static let maxSide = 1600
    public static let jpegQuality = 85
    /// A 5 MB photo takes well under a second; far longer means a hostile or broken file.
    public static let timeoutSeconds = 30.0
    public static let toolName = "vipsthumbnail"

    public enum Outcome: Sendable, Equatable {
        case reencoded(Data)
        /// `vipsthumbnail` is not installed: keep the original.
        case toolMissing
        /// The encoder could not read it (a broken or disguised file), or took too long.
        case unreadable
    }

    /// Whether the re-encoder is installed here.
    public static var isAvailable: Bool { ExternalTool.find(toolName) != nil }

    /// Re-encodes an image already recognised by `ExemplarFileRules.check`; a PDF is not an image and is refused.
    public static func reencode(_ data: Data, type: ExemplarFileRules.FileType) -> Outcome {
        guard type.isImage else { return .unreadable }
        guard let tool = ExternalTool.find(toolName) else { return .toolMissing }
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("danvan-anh-\(UUID().uuidString)")
        do { try fm.createDirectory(at: dir, withIntermediateDirectories: true) } catch { return .unreadable }
        defer { try? fm.removeItem(at: dir) }
        let input = dir.appendingPathComponent("vao." + type.fileExtension)
        let output = dir.appendingPathComponent("ra." + type.fileExtension)
        do { try data.write(to: input) } catch { return .unreadable }
        let options = type == .jpeg ? "[Q=\(jpegQuality),strip,optimize_coding]" : "[strip,compression=9]"
        // "WxH>": shrink only, keeping the aspect ratio; -o with an absolute path writes exactly there.
        let outcome = ExternalTool.run(
            tool, [input.path, "--size", "\(maxSide)x\(maxSide)>", "-o", output.path + options],
            timeout: timeoutSeconds)
        guard outcome.status == 0, !outcome.timedOut, let result = try? Data(contentsOf: output), ExemplarFileRules.sniff(result) == type else {
            return .unreadable
        }
        return .reencoded(result)
    }
}
