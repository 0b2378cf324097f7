// Benchmark driver for scripts/bench-extract (built in a throwaway package next to DanVanCore).
//   bench-reader corpus DIR        read every file of DIR from memory; print MB/s and documents/s
//   bench-reader dates FILE...     DateFinder on each file: the dates found, and throughput
import DanVanCore
import Foundation

func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

let args = Array(CommandLine.arguments.dropFirst())
guard let mode = args.first else { fatalError("usage: bench-reader corpus DIR | dates FILE...") }
let clock = ContinuousClock()

if mode == "corpus" {
    let dir = URL(fileURLWithPath: args[1])
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    let files = names.map { dir.appendingPathComponent($0) }
    let payloads = try files.map { try Data(contentsOf: $0) }
    let bytes = payloads.reduce(0) { $0 + $1.count }
    // Warm-up on the first few documents, then the timed pass over the whole corpus.
    for url in files.prefix(5) { _ = try PlanReader.read(fileAt: url) }
    var refs = 0
    let cpuStart = cpuSeconds()
    let elapsed = try clock.measure {
        for (url, data) in zip(files, payloads) {
            let plan = try PlanReader.read(data: data, fileName: url.lastPathComponent)
            refs += plan.legalReferences.count
        }
    }
    let cpu = cpuSeconds() - cpuStart
    var textBytes = 0
    for (url, data) in zip(files.prefix(10), payloads) {
        textBytes += try PlanReader.read(data: data, fileName: url.lastPathComponent).text.utf8.count
    }
    textBytes = textBytes * files.count / max(1, min(10, files.count))
    let s = seconds(elapsed)
    print("{\"files\": \(files.count), \"bytes\": \(bytes), \"text_bytes\": \(textBytes), \"seconds\": \(s), \"mb_per_s\": \(Double(bytes) / 1_048_576 / s), \"text_mb_per_s\": \(Double(textBytes) / 1_048_576 / s), \"docs_per_s\": \(Double(files.count) / s), \"cpu_seconds\": \(cpu), \"cpu_mb_per_s\": \(Double(bytes) / 1_048_576 / cpu), \"cpu_docs_per_s\": \(Double(files.count) / cpu), \"legal_refs\": \(refs)}")
} else if mode == "dates" {
    let texts = try args.dropFirst().map { try String(contentsOfFile: $0, encoding: .utf8) }
    var found: [String: [String]] = [:]
    for (path, text) in zip(args.dropFirst(), texts) { found[URL(fileURLWithPath: path).lastPathComponent] = DateFinder.isoDates(in: text) }
    let totalBytes = texts.reduce(0) { $0 + $1.utf8.count }
    var rounds = 0
    let elapsed = clock.measure {
        while rounds < 2000 {
            for text in texts { _ = DateFinder.isoDates(in: text) }
            rounds += 1
        }
    }
    let s = seconds(elapsed)
    let json = try JSONSerialization.data(withJSONObject: ["found": found, "seconds_per_pass": s / Double(rounds),
        "mb_per_s": Double(totalBytes * rounds) / 1_048_576 / s], options: [.sortedKeys])
    print(String(decoding: json, as: UTF8.self))
}
