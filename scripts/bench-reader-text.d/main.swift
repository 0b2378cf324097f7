import DanVanCore
import Foundation

// BenchText rebuild|read FILE...            paragraph rebuilding (DocumentText) / the whole reader on UTF-8 text
// BenchText decode ENCODING FILE...         legacy conversion to NFC Unicode (tcvn3, vni, viscii, windows1258)
// BenchText detect FILE...                  detection then conversion, as a .txt upload is read
// Prints one line: mode, MB, wall seconds, CPU seconds, MB/s wall, MB/s CPU.

func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func measure(_ label: String, bytes: Int, _ body: () -> Int) {
    let wall0 = Date()
    let cpu0 = cpuSeconds()
    let sink = body()
    let wall = Date().timeIntervalSince(wall0)
    let cpu = cpuSeconds() - cpu0
    let mb = Double(bytes) / 1_048_576
    print(String(format: "%@\t%.1f\t%.2f\t%.2f\t%.1f\t%.1f\t(%d)", label, mb, wall, cpu, mb / wall, mb / cpu, sink))
}

let args = Array(CommandLine.arguments.dropFirst())
let reps = Int(ProcessInfo.processInfo.environment["REPS"] ?? "1") ?? 1
guard let mode = args.first else { exit(2) }
switch mode {
case "rebuild", "read":
    let texts = args.dropFirst().map { String(decoding: FileManager.default.contents(atPath: $0)!, as: UTF8.self) }
    let bytes = texts.reduce(0) { $0 + $1.utf8.count } * reps
    measure(mode, bytes: bytes) {
        var n = 0
        for _ in 0..<reps {
        for text in texts {
            if mode == "rebuild" { n &+= DocumentText(text).text.utf8.count } else { n &+= (try? PlanReader.read(text: text))?.units.count ?? 0 }
        }
        }
        return n
    }
case "decode":
    let encoding = LegacyEncoding(rawValue: args[1])!
    let files = args.dropFirst(2).map { [UInt8](FileManager.default.contents(atPath: $0)!) }
    measure("decode \(encoding.rawValue)", bytes: files.reduce(0) { $0 + $1.count } * reps) {
        var n = 0
        for _ in 0..<reps {
            for bytes in files { n &+= LegacyVietnamese.decode(bytes, as: encoding).utf8.count }
        }
        return n
    }
case "detect":
    let files = args.dropFirst().map { [UInt8](FileManager.default.contents(atPath: $0)!) }
    measure("detect+decode", bytes: files.reduce(0) { $0 + $1.count } * reps) {
        var n = 0
        for _ in 0..<reps {
            for bytes in files {
                if let encoding = LegacyVietnamese.detect(bytes) { n &+= LegacyVietnamese.decode(bytes, as: encoding).utf8.count }
            }
        }
        return n
    }
default:
    exit(2)
}
