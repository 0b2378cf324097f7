import Foundation
import Testing

@testable import DanVanCore

/// TCVN3, VNI, VISCII and Windows-1258 text becomes NFC Unicode; real Unicode is never touched.
@Suite struct LegacyEncodingTests {
    typealias Tables = LegacyVietnamese.Tables

    // Encoders written from the same tables, inverted, to make legacy files of the seeds.

    static func encodeTCVN3(_ text: String) -> [UInt8] {
        var reverse: [Unicode.Scalar: UInt8] = [:]
        for (b, s) in Tables.tcvn3Codes { reverse[s.unicodeScalars.first!] = b }
        return encode(text) { c in
            // Capitals with a tone have no VN3 code: a capitals font shows the lowercase one.
            reverse[c] ?? reverse[Sc.lower(c)]
        }
    }

    static func encodeVISCII(_ text: String) -> [UInt8] {
        var reverse: [Unicode.Scalar: UInt8] = [:]
        for (b, v) in Tables.visciiCodes { reverse[Unicode.Scalar(v)!] = b }
        return encode(text) { c in reverse[c] ?? (c.value < 0x100 && reverse.values.contains(UInt8(c.value)) == false ? UInt8(c.value) : nil) }
    }

    static func encode(_ text: String, _ map: (Unicode.Scalar) -> UInt8?) -> [UInt8] {
        var out: [UInt8] = []
        for c in plain(text).unicodeScalars {
            if c.value < 0x80 {
                out.append(UInt8(c.value))
            } else if let b = map(c) {
                out.append(b)
            } else if let b = Tables.shared.cp1252Reverse[c.value] {
                out.append(b)
            } else {
                out.append(0x3F)
            }
        }
        return out
    }

    /// VNI: single-byte letters, else the base letter and the mark byte (capitals' marks 0x20 lower).
    static func encodeVNI(_ text: String) -> [UInt8] {
        var singles: [Unicode.Scalar: UInt8] = [:]
        for (b, s) in Tables.vniSingles { singles[s.unicodeScalars.first!] = b }
        var out: [UInt8] = []
        for c in plain(text).unicodeScalars {
            if c.value < 0x80 {
                out.append(UInt8(c.value))
                continue
            }
            if let b = singles[c] {
                out.append(b)
                continue
            }
            let d = Array(String(c).decomposedStringWithCanonicalMapping.unicodeScalars)
            var base = d[0]
            var marks = Set(d.dropFirst().map(\.value))
            if marks.contains(0x31B) {  // ơ ư carry the horn in their own byte
                base = Sc.isUpper(base) ? (base == "O" ? "Ơ" : "Ư") : (base == "o" ? "ơ" : "ư")
                marks.remove(0x31B)
            }
            let baseByte: UInt8? = base.value < 0x80 ? UInt8(base.value) : singles[base]
            let mark = Tables.vniMarks.first { Set($0.1) == marks }?.0
            if let baseByte, let mark {
                out += [baseByte, Sc.isUpper(base) ? mark - 0x20 : mark]
            } else if let b = Tables.shared.cp1252Reverse[c.value] {
                out.append(b)
            } else {
                out.append(0x3F)
            }
        }
        return out
    }

    /// NFC, with the punctuation an 8-bit Vietnamese file writes in ASCII.
    static func plain(_ text: String) -> String {
        var t = VietnameseText.nfc(text)
        for (a, b) in [("\u{A0}", " "), ("“", "\""), ("”", "\""), ("‘", "'"), ("’", "'"), ("–", "-"), ("—", "-"), ("…", "...")] {
            t = t.replacingOccurrences(of: a, with: b)
        }
        return t
    }

    /// The Vietnamese letters of a text, for comparing a conversion letter by letter.
    static func letters(_ text: String) -> String {
        String(String.UnicodeScalarView(VietnameseText.nfc(text).unicodeScalars.filter { Sc.isLetter($0) }))
    }

    /// Windows-1258 the way Word saved it: the base letter (with its vowel mark), then the tone.
    static func encodeCP1258(_ text: String) -> [UInt8] {
        var reverse: [UInt32: UInt8] = [:]
        let table = Tables.shared.cp1258
        for b in (0x80...0xFF).reversed() { reverse[table[b]] = UInt8(b) }
        var out: [UInt8] = []
        for c in plain(text).unicodeScalars {
            if c.value < 0x80 {
                out.append(UInt8(c.value))
                continue
            }
            if let b = reverse[c.value] {
                out.append(b)
                continue
            }
            let d = Array(String(c).decomposedStringWithCanonicalMapping.unicodeScalars)
            let tones: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]
            guard let tone = d.first(where: { tones.contains($0.value) }) else {
                out.append(0x3F)
                continue
            }
            let base = VietnameseText.nfc(String(String.UnicodeScalarView(d.filter { $0 != tone }))).unicodeScalars
            if base.count == 1, let b = base.first.flatMap({ $0.value < 0x80 ? UInt8($0.value) : reverse[$0.value] }), let t = reverse[tone.value] {
                out += [b, t]
            } else {
                out.append(0x3F)
            }
        }
        return out
    }

    static func seeds() throws -> [(String, String)] {
        try TestPaths.seedTexts().map { ($0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) }
    }

    @Test func everySeedPassesThroughUnchanged() throws {
        for (name, text) in try Self.seeds() {
            #expect(try SourceText.decode(Data(text.utf8)) == text, "\(name)")
            #expect(LegacyVietnamese.repairMisread(text) == nil, "\(name)")
        }
    }

    /// Known strings from the standards' users, not from our encoders.
    @Test func decodesWellKnownStrings() {
        let motto = "Cộng hoà xã hội chủ nghĩa Việt Nam"
        #expect(LegacyVietnamese.convert("Céng hoµ x· héi chñ nghÜa ViÖt Nam", from: .tcvn3) == motto)
        #expect(LegacyVietnamese.convert("§éc lËp - Tù do - H¹nh phóc", from: .tcvn3) == "Độc lập - Tự do - Hạnh phúc")
        #expect(LegacyVietnamese.convert("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", from: .vni) == "Cộng hòa xã hội chủ nghĩa Việt Nam")
        #expect(LegacyVietnamese.convert("ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC", from: .vni) == "ĐỘC LẬP - TỰ DO - HẠNH PHÚC")
        #expect(LegacyVietnamese.decode([0x56, 0x69, 0xAE, 0x74], as: .viscii) == "Việt")
        // Windows-1258: "Việt" as V i ê + combining dot below (0xF2) t.
        #expect(LegacyVietnamese.decode([0x56, 0x69, 0xEA, 0xF2, 0x74], as: .windows1258) == "Việt")
    }

    @Test func tcvn3CapitalsComeBack() {
        #expect(LegacyVietnamese.convert("KÕ HO¹CH", from: .tcvn3) == "KẾ HOẠCH")
        #expect(LegacyVietnamese.convert("UBND TØNH Qu¶ng B×nh", from: .tcvn3) == "UBND TỈNH Quảng Bình")
        #expect(LegacyVietnamese.convert("ñy ban nh©n d©n tØnh", from: .tcvn3) == "Ủy ban nhân dân tỉnh")
        #expect(LegacyVietnamese.convert("Tù do", from: .tcvn3) == "Tự do")
    }

    @Test func legacyFilesOfTheSeedsReadLikeTheSeeds() throws {
        for (name, text) in try Self.seeds() {
            let original = try PlanReader.read(text: text, validate: true)
            let variants: [(LegacyEncoding, [UInt8])] = [
                (.tcvn3, Self.encodeTCVN3(text)), (.vni, Self.encodeVNI(text)), (.viscii, Self.encodeVISCII(text)),
                (.windows1258, Self.encodeCP1258(text))
            ]
            for (encoding, bytes) in variants {
                #expect(LegacyVietnamese.detect(bytes) == encoding, "\(name) \(encoding)")
                let decoded = try SourceText.decode(Data(bytes))
                // Every letter comes back, capitals too except in TCVN3 (which has no toned capitals).
                if encoding == .tcvn3 {
                    #expect(Self.letters(decoded).lowercased() == Self.letters(text).lowercased(), "\(name) \(encoding)")
                } else {
                    #expect(Self.letters(decoded) == Self.letters(text), "\(name) \(encoding)")
                }
                let plan = try PlanReader.read(text: decoded, validate: true)
                #expect(plan.number?.value == original.number?.value, "\(name) \(encoding)")
                #expect(plan.title?.value.lowercased() == original.title?.value.lowercased(), "\(name) \(encoding)")
                #expect(plan.units == original.units, "\(name) \(encoding)")
                #expect(plan.reports.map(\.period) == original.reports.map(\.period), "\(name) \(encoding)")
            }
        }
    }

    @Test func misreadLegacyTextIsRepaired() throws {
        // A TCVN3 file once opened as Windows-1252 and saved as UTF-8.
        let text = try #require(try Self.seeds().first?.1)
        let bytes = Self.encodeTCVN3(text)
        let cp1252 = Tables.windows1252()
        let misread = String(String.UnicodeScalarView(bytes.map { Unicode.Scalar(cp1252[Int($0)])! }))
        let repaired = try SourceText.decode(Data(misread.utf8))
        #expect(repaired.contains("công tác dân vận"))
    }

    @Test func englishLatin1IsStillRefused() {
        // "Café crème brûlée, déjà vu" in ISO 8859-1.
        let latin1: [UInt8] = [
            0x43, 0x61, 0x66, 0xE9, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65, 0x20, 0x62, 0x72, 0xFB, 0x6C, 0xE9, 0x65,
            0x2C, 0x20, 0x64, 0xE9, 0x6A, 0xE0, 0x20, 0x76, 0x75
        ]
        #expect(LegacyVietnamese.detect(latin1) == nil)
        #expect(throws: DocumentReadError.self) { try SourceText.decode(Data(latin1)) }
    }

    @Test func fontNamesPickTheEncoding() {
        #expect(LegacyEncoding.of(fontName: ".VnTime") == .tcvn3)
        #expect(LegacyEncoding.of(fontName: ".VnTimeH") == .tcvn3)
        #expect(LegacyEncoding.isCapitalsFont(".VnTimeH"))
        #expect(LegacyEncoding.of(fontName: "VNI-Times") == .vni)
        #expect(LegacyEncoding.of(fontName: "Times New Roman") == nil)
    }
}
