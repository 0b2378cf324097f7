import Foundation

/// `danvan text FILE... [--out DIR]`: the clean text of each document (legacy encodings
/// converted, NFC, paragraphs rebuilt, one per line), so an office can convert an archive
/// without extracting anything. Exit status 1 if any file failed (the others are still
/// written), 2 for a usage error.
public enum TextCommand {
    public static let usage = """
        Cách dùng: danvan text TỆP... [--out THƯ_MỤC]
          In văn bản sạch (Unicode NFC, bảng mã TCVN3, VNI, VISCII, Windows-1258 đã chuyển, mỗi đoạn một dòng) của từng tệp.
          --out THƯ_MỤC   ghi mỗi tệp thành THƯ_MỤC/<tên tệp không có đuôi>.txt thay vì in ra màn hình
        """

    public static func run(
        _ arguments: [String], limits: PlanReader.Limits = PlanReader.Limits(),
        out: (String) -> Void, err: (String) -> Void
    ) -> Int32 {
        var files: [String] = []
        var outDir: String? = nil
        var onlyFiles = false
        var k = 0
        while k < arguments.count {
            let argument = arguments[k]
            k += 1
            if onlyFiles {
                files.append(argument)
                continue
            }
            switch argument {
            case "--": onlyFiles = true
            case "--out":
                guard k < arguments.count else {
                    err("Thiếu thư mục sau --out.\n\(usage)")
                    return 2
                }
                outDir = arguments[k]
                k += 1
            case "-h", "--help":
                out(usage)
                return 0
            default:
                if argument.hasPrefix("-") && argument.count > 1 {
                    err("Tùy chọn không hợp lệ: \(argument)\n\(usage)")
                    return 2
                }
                files.append(argument)
            }
        }
        guard !files.isEmpty else {
            err(usage)
            return 2
        }
        if let outDir {
            do {
                try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
            } catch {
                err("Không tạo được thư mục \(outDir).")
                return 1
            }
        }
        var failed = 0
        for path in files {
            let url = URL(fileURLWithPath: path)
            do {
                let text = try PlanReader.cleanText(fileAt: url, limits: limits)
                if let outDir {
                    let name = url.deletingPathExtension().lastPathComponent + ".txt"
                    let target = URL(fileURLWithPath: outDir).appendingPathComponent(name)
                    do {
                        try Data((text + "\n").utf8).write(to: target)
                    } catch {
                        failed += 1
                        err("Lỗi \(path): không ghi được \(target.path).")
                    }
                } else {
                    out(text)
                }
            } catch {
                failed += 1
                err("Lỗi \(path): \(error.message) [\(error.code.rawValue)]")
            }
        }
        return failed > 0 ? 1 : 0
    }
}
