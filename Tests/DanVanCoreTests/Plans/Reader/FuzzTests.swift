import Foundation
import Testing

@testable import DanVanCore

/// Mutated seeds and random bytes: the reader must neither crash nor hang. (Not a speed test:
/// the time bound is minutes for what takes well under a second.)
@Suite struct FuzzTests {
    @Test func mutatedSeedsAndRandomBytes() throws {
        let seeds = try TestPaths.seedTexts().map { try String(contentsOf: $0, encoding: .utf8) }
        #expect(!seeds.isEmpty)
        var rng = SplitMix(seed: 2024)
        let alphabet = Array("0123456789/-.,;:()¹²³ \n\tSốngàyKH-UBNDQĐ/TWcủavềtrướcđịnh kỳ 6 tháng (20/5)*#|\u{00A0}\u{0301}\u{0309}".unicodeScalars)
        let started = Date()
        var reads = 0
        for round in 0..<300 {
            var scalars = Array(seeds[round % seeds.count].unicodeScalars)
            switch round % 5 {
            case 0:  // random edits
                for _ in 0..<40 where !scalars.isEmpty {
                    let k = Int(rng.next() % UInt64(scalars.count))
                    scalars[k] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
                }
            case 1:  // truncation at a random point
                scalars = Array(scalars.prefix(Int(rng.next() % UInt64(scalars.count + 1))))
            case 2:  // lines shuffled
                var lines = String(String.UnicodeScalarView(scalars)).split(separator: "\n", omittingEmptySubsequences: false)
                lines.shuffle(using: &rng)
                scalars = Array(lines.joined(separator: "\n").unicodeScalars)
            case 3:  // all line breaks removed: one huge paragraph
                scalars = scalars.map { $0 == "\n" ? " " : $0 }
            default:  // random scalars spliced in
                for _ in 0..<200 {
                    let k = Int(rng.next() % UInt64(scalars.count + 1))
                    let v = UInt32(rng.next() % 0x2FFF)
                    scalars.insert(Unicode.Scalar(v) ?? "?", at: k)
                }
            }
            let text = String(String.UnicodeScalarView(scalars))
            let plan = PlanReader.read(DocumentText(text))
            for ref in plan.legalReferences { #expect(!ref.number.isEmpty) }
            reads += 1
        }
        // Random bytes through every entry point.
        for round in 0..<200 {
            var bytes = [UInt8](repeating: 0, count: Int(rng.next() % 5000))
            for k in bytes.indices { bytes[k] = UInt8(truncatingIfNeeded: rng.next()) }
            if round % 2 == 0 { bytes = bytes.map { $0 & 0x7F | 0x20 } }  // printable noise that decodes
            if let text = try? SourceText.decode(Data(bytes)) {
                _ = PlanReader.read(DocumentText(text))
            }
            _ = try? DocxReader.text(of: Data(bytes), maxUncompressedBytes: 1 << 20)
            reads += 1
        }
        #expect(reads == 500)
        #expect(Date().timeIntervalSince(started) < 300, "the fuzz run took too long: a reader may loop")
    }
}
