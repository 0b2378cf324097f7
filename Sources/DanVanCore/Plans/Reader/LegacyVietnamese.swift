import Foundation

/// The 8-bit encodings Vietnamese offices typed in before Unicode.
public enum LegacyEncoding: String, CaseIterable, Sendable {
    /// TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime / .VnArial fonts.
    case tcvn3
    /// VNI Windows (VNI-Times, VNI-Helve …): a base letter followed by a mark byte.
    case vni
    /// VISCII, RFC 1456 (1993).
    case viscii
    /// Windows-1258 (Microsoft code page 1258): precomposed ă â đ ê ô ơ ư, tones as combining marks.
    case windows1258

    /// The Vietnamese name shown to people.
    public var displayName: String {
        switch self {
        case .tcvn3: return "TCVN3 (ABC)"
        case .vni: return "VNI"
        case .viscii: return "VISCII"
        case .windows1258: return "Windows-1258"
        }
    }

    /// The encoding a font name implies in a .docx or .rtf run: ".VnTime", ".VnTimeH" → TCVN3;
    /// "VNI-Times" → VNI; "VISCII …" → VISCII.
    public static func of(fontName: String) -> LegacyEncoding? {
        let name = fontName.trimmingCharacters(in: .whitespaces).lowercased()
        if name.hasPrefix(".vn") { return .tcvn3 }
        if name.hasPrefix("vni-") || name.hasPrefix("vni ") { return .vni }
        if name.hasPrefix("viscii") { return .viscii }
        return nil
    }

    /// True for the capitals-only TCVN3 fonts (".VnTimeH", ".VnArialH"): their lowercase codes show as capitals.
    public static func isCapitalsFont(_ fontName: String) -> Bool {
        let name = fontName.trimmingCharacters(in: .whitespaces)
        return name.hasPrefix(".Vn") && name.hasSuffix("H")
    }
}

/// Converts legacy-encoded Vietnamese to NFC Unicode, and recognises it.
///
/// Tables: TCVN3 from TCVN 5712:1993 (VN3 subset: lowercase letters with marks at 0xA8–0xFE and
/// the capitals Ă Â Ê Ô Ơ Ư Đ at 0xA1–0xA7); VNI from the VNI Windows code chart (mark bytes at
/// Latin-1 positions, capitals' marks 0x20 lower); VISCII from RFC 1456; Windows-1258 from
/// Microsoft's code page 1258. Bytes an encoding leaves free read as Windows-1252, since the
/// fonts keep the Windows punctuation there (“ ” – …).
public enum LegacyVietnamese {
    // MARK: - Public API

    /// Decodes bytes typed in `encoding` into NFC Unicode.
    public static func decode(_ bytes: [UInt8], as encoding: LegacyEncoding) -> String {
        switch encoding {
        case .tcvn3: return decodeTCVN3(bytes)
        case .vni: return decodeVNI(bytes)
        case .viscii: return decodeTable(bytes, Tables.shared.visciiUTF8)
        case .windows1258: return decodeCP1258(bytes)
        }
    }

    /// Text whose characters stand for legacy bytes (a .docx run in a .VnTime font, or a legacy
    /// file once opened as Windows-1252 and saved as UTF-8) converted to Unicode.
    public static func convert(_ text: String, from encoding: LegacyEncoding) -> String {
        guard let bytes = bytes(ofLatinText: text) else { return text }
        return decode(bytes, as: encoding)
    }

    /// The legacy encoding of `bytes` (a file that is not UTF-8), judged by how many common
    /// Vietnamese words each candidate decoding gives; nil when none gives Vietnamese.
    public static func detect(_ bytes: [UInt8]) -> LegacyEncoding? {
        let sample = Array(bytes.prefix(8 * 1024))
        var best: (LegacyEncoding, Int)? = nil
        var words = 0
        for encoding in LegacyEncoding.allCases {
            let (hits, total) = vietnameseWordHits(decode(sample, as: encoding))
            words = max(words, total)
            if hits > (best?.1 ?? 0) { best = (encoding, hits) }
        }
        guard let (encoding, hits) = best, hits >= 2, hits * 25 >= words else { return nil }
        return encoding
    }

    /// Unicode text that is really legacy text read as Windows-1252 ("Céng hoµ x· héi"), repaired;
    /// nil when the text is genuine Unicode (it has Vietnamese letters beyond Latin-1, or no
    /// conversion gives more Vietnamese words than it already has).
    public static func repairMisread(_ text: String) -> String? {
        var latin = 0
        var vietnamese = 0
        for c in text.unicodeScalars.prefix(64 * 1024) {
            let v = c.value
            if v >= 0xA0 && v <= 0xFF { latin += 1 }
            if (v >= 0x1EA0 && v <= 0x1EF9) || v == 0x103 || v == 0x111 || v == 0x1A1 || v == 0x1B0 { vietnamese += 1 }
        }
        guard latin >= 8, vietnamese * 20 < latin else { return nil }
        guard let bytes = bytes(ofLatinText: text), let encoding = detect(bytes) else { return nil }
        let converted = decode(bytes, as: encoding)
        return vietnameseWordHits(converted).hits > vietnameseWordHits(text).hits ? converted : nil
    }

    // MARK: - Detection

    /// Common Vietnamese words with diacritics (lowercase NFC): a legacy text decoded with the
    /// right table is full of them, a wrong table gives almost none.
    static let commonWords: Set<String> = [
        "của", "và", "các", "được", "thực", "hiện", "công", "tác", "nhân", "dân", "năm", "ngày", "những", "trong",
        "với", "đến", "người", "không", "này", "việc", "tỉnh", "huyện", "xã", "cơ", "đơn", "vị", "chính", "quyền",
        "phát", "triển", "hội", "kế", "hoạch", "tổ", "chức", "về", "có", "là", "đề", "chỉ", "thị", "số", "nhiệm",
        "vụ", "quản", "lý", "trên", "địa", "bàn", "tiếp", "tục", "nội", "văn", "bản", "ủy", "uỷ", "đồng", "đảng",
        "cấp", "để", "từ", "đã", "sự", "nước", "mặt", "trận", "quốc", "phòng", "sở", "báo", "cáo", "phương", "tháng"
    ]

    /// Common words as hashes of their lowercase scalars, so counting allocates nothing.
    static let commonWordHashes: Set<UInt64> = Set(commonWords.map { hash(Array($0.unicodeScalars)) })

    @inline(__always) static func hash<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in scalars { h = (h ^ UInt64(c.value)) &* 0x100_0000_01b3 }
        return h
    }

    static func vietnameseWordHits(_ text: String) -> (hits: Int, words: Int) {
        var hits = 0
        var words = 0
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        var nonASCII = false
        for c in text.unicodeScalars {
            if Sc.isLetter(c) {
                h = (h ^ UInt64(Sc.lower(c).value)) &* 0x100_0000_01b3
                length += 1
                if c.value >= 0x80 { nonASCII = true }
            } else if length > 0 {
                words += 1
                if nonASCII && length <= 6 && commonWordHashes.contains(h) { hits += 1 }
                h = 0xcbf2_9ce4_8422_2325
                length = 0
                nonASCII = false
            }
        }
        if length > 0 {
            words += 1
            if nonASCII && length <= 6 && commonWordHashes.contains(h) { hits += 1 }
        }
        return (hits, words)
    }

    // MARK: - Decoding

    /// Characters U+0000–U+00FF and the Windows-1252 punctuation back to the bytes they stand for;
    /// nil when the text has other characters (it is not misread legacy text).
    static func bytes(ofLatinText text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            if c.value <= 0xFF {
                out.append(UInt8(c.value))
            } else if let b = Tables.shared.cp1252Reverse[c.value] {
                out.append(b)
            } else {
                return nil
            }
        }
        return out
    }

    /// One byte, one character: each byte's UTF-8 bytes copied from a table.
    static func decodeTable(_ bytes: [UInt8], _ table: [[UInt8]]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes { out.append(contentsOf: table[Int(b)]) }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) static func appendUTF8(_ c: Unicode.Scalar, to out: inout [UInt8]) {
        let v = c.value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Windows-1258: a tone byte after a letter composes with it (NFC, as a table).
    static func decodeCP1258(_ bytes: [UInt8]) -> String {
        let t = Tables.shared
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let base = t.cp1258[Int(b)]
            if i + 1 < bytes.count, case let tone = t.cp1258ToneIndex[Int(bytes[i + 1])], tone != 0,
                let composed = t.cp1258Compose[base &* 8 &+ UInt32(tone)]
            {
                appendUTF8(composed, to: &out)
                i += 2
                continue
            }
            appendUTF8(Unicode.Scalar(base)!, to: &out)
            i += 1
        }
        let text = String(decoding: out, as: UTF8.self)
        // A tone left uncomposed (after a letter the table does not know) still gets NFC.
        for c in text.unicodeScalars where c.value >= 0x300 && c.value <= 0x323 { return VietnameseText.nfc(text) }
        return text
    }

    /// TCVN3 with capitals restored (see the note above), in one pass over the bytes.
    static func decodeTCVN3(_ bytes: [UInt8]) -> String {
        let t = Tables.shared
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var lineStart = 0
        let n = bytes.count
        while lineStart <= n {
            var lineEnd = lineStart
            var upper = 0
            var lower = 0
            while lineEnd < n && bytes[lineEnd] != 0x0A {
                let b = bytes[lineEnd]
                if b >= 0x41 && b <= 0x5A { upper += 1 } else if b >= 0x61 && b <= 0x7A { lower += 1 }
                lineEnd += 1
            }
            let allCaps = upper >= 3 && lower == 0
            var sentenceStart = true
            var i = lineStart
            while i < lineEnd {
                let b = bytes[i]
                guard t.tcvn3IsLetter[Int(b)] else {
                    out.append(contentsOf: t.tcvn3UTF8[Int(b)])
                    if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x29 { sentenceStart = true }  // . ! ? )
                    i += 1
                    continue
                }
                var j = i
                var wordUpper = 0
                var wordLower = 0
                while j < lineEnd && t.tcvn3IsLetter[Int(bytes[j])] {
                    let c = bytes[j]
                    if c >= 0x41 && c <= 0x5A { wordUpper += 1 } else if c >= 0x61 && c <= 0x7A { wordLower += 1 }
                    j += 1
                }
                if allCaps || (wordUpper >= 2 && wordLower == 0) {
                    for k in i..<j { out.append(contentsOf: t.tcvn3UpperUTF8[Int(bytes[k])]) }
                } else {
                    // A toned vowel has no capital code: at a sentence start, or heading "Ủy ban", it was one.
                    let uyBan =
                        j - i == 2 && ((b == 0xF1 && bytes[i + 1] == 0x79) || (b == 0x75 && bytes[i + 1] == 0xFB))
                        && j + 4 <= lineEnd && bytes[j] == 0x20 && bytes[j + 1] == 0x62 && bytes[j + 2] == 0x61 && bytes[j + 3] == 0x6E
                    let capitalFirst = (sentenceStart && t.tcvn3TonedLower[Int(b)]) || uyBan
                    out.append(contentsOf: capitalFirst ? t.tcvn3UpperUTF8[Int(b)] : t.tcvn3UTF8[Int(b)])
                    for k in (i + 1)..<j { out.append(contentsOf: t.tcvn3UTF8[Int(bytes[k])]) }
                }
                sentenceStart = false
                i = j
            }
            if lineEnd < n { out.append(0x0A) }
            lineStart = lineEnd + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// VNI: a vowel followed by a mark byte composes one letter; ơ ư đ and the i's are single bytes.
    static func decodeVNI(_ bytes: [UInt8]) -> String {
        let t = Tables.shared
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if i + 1 < n, let base = t.vniBase[Int(b)] {
                let mark = t.vniMark[Int(bytes[i + 1])]
                if mark != 0, let composed = t.vniCompose[base &* 32 &+ Int(mark)] {
                    appendUTF8(composed, to: &out)
                    i += 2
                    continue
                }
            }
            out.append(contentsOf: t.vniSingleUTF8[Int(b)])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    // TCVN3 capitals with a tone have no code: a capitals font (.VnTimeH) showed lowercase codes
    // as capitals, and a plain-text copy lost the font. Words and lines written in ASCII capitals
    // get their Vietnamese letters in capitals too; a sentence or item starts with a capital.

    // MARK: - Tables

    struct Tables: Sendable {
        static let shared = Tables()
        let tcvn3: [UInt32]
        let viscii: [UInt32]
        let cp1258: [UInt32]
        let cp1252Reverse: [UInt32: UInt8]
        /// Each byte's character as UTF-8, per table.
        let visciiUTF8: [[UInt8]]
        let tcvn3UTF8: [[UInt8]]
        let tcvn3UpperUTF8: [[UInt8]]
        let vniSingleUTF8: [[UInt8]]
        let tcvn3IsLetter: [Bool]
        /// TCVN3 codes of lowercase toned vowels (no capital code exists for them).
        let tcvn3TonedLower: [Bool]
        /// Windows-1258: base scalar * 8 + tone index → composed letter; byte → tone index (0: none).
        let cp1258Compose: [UInt32: Unicode.Scalar]
        let cp1258ToneIndex: [UInt8]
        /// VNI: byte → base vowel index (nil when not a vowel that takes marks).
        let vniBase: [Int?]
        /// VNI: byte → mark index 1…17 (0: not a mark).
        let vniMark: [UInt8]
        /// VNI: base index * 32 + mark index → composed letter.
        let vniCompose: [Unicode.Scalar?]
        /// VNI: a byte on its own.
        let vniSingle: [UInt32]

        /// Windows-1252 at 0x80–0x9F (0 where the code page leaves a hole: kept as the C1 control).
        static let cp1252High: [UInt32] = [
            0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
            0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
        ]

        static let cp1258Tones: [UInt8: UInt8] = [0xCC: 1, 0xEC: 2, 0xD2: 3, 0xDE: 4, 0xF2: 5]
        static let cp1258ToneMarks: [UInt32] = [0, 0x300, 0x301, 0x309, 0x303, 0x323]

        static func utf8(_ v: UInt32) -> [UInt8] { Array(String(Unicode.Scalar(v)!).utf8) }

        static func windows1252() -> [UInt32] {
            var table = (0..<256).map { UInt32($0) }
            for (k, v) in cp1252High.enumerated() where v != 0 { table[0x80 + k] = v }
            return table
        }

        // TCVN 5712:1993 VN3.
        static let tcvn3Codes: [UInt8: String] = [
            0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
            0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
            0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
            0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
            0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
            0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
            0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
            0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
            0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
            0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
            0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
            0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
            0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
            0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ"
        ]

        // RFC 1456 (VISCII): every byte that differs from ISO 8859-1, six of them in the C0 range.
        static let visciiCodes: [UInt8: UInt32] = [
            0x02: 0x1EB2, 0x05: 0x1EB4, 0x06: 0x1EAA, 0x14: 0x1EF6, 0x19: 0x1EF8, 0x1E: 0x1EF4,
            0x80: 0x1EA0, 0x81: 0x1EAE, 0x82: 0x1EB0, 0x83: 0x1EB6, 0x84: 0x1EA4, 0x85: 0x1EA6, 0x86: 0x1EA8, 0x87: 0x1EAC,
            0x88: 0x1EBC, 0x89: 0x1EB8, 0x8A: 0x1EBE, 0x8B: 0x1EC0, 0x8C: 0x1EC2, 0x8D: 0x1EC4, 0x8E: 0x1EC6, 0x8F: 0x1ED0,
            0x90: 0x1ED2, 0x91: 0x1ED4, 0x92: 0x1ED6, 0x93: 0x1ED8, 0x94: 0x1EE2, 0x95: 0x1EDA, 0x96: 0x1EDC, 0x97: 0x1EDE,
            0x98: 0x1ECA, 0x99: 0x1ECE, 0x9A: 0x1ECC, 0x9B: 0x1EC8, 0x9C: 0x1EE6, 0x9D: 0x0168, 0x9E: 0x1EE4, 0x9F: 0x1EF2,
            0xA0: 0x00D5, 0xA1: 0x1EAF, 0xA2: 0x1EB1, 0xA3: 0x1EB7, 0xA4: 0x1EA5, 0xA5: 0x1EA7, 0xA6: 0x1EA9, 0xA7: 0x1EAD,
            0xA8: 0x1EBD, 0xA9: 0x1EB9, 0xAA: 0x1EBF, 0xAB: 0x1EC1, 0xAC: 0x1EC3, 0xAD: 0x1EC5, 0xAE: 0x1EC7, 0xAF: 0x1ED1,
            0xB0: 0x1ED3, 0xB1: 0x1ED5, 0xB2: 0x1ED7, 0xB3: 0x1EE0, 0xB4: 0x01A0, 0xB5: 0x1ED9, 0xB6: 0x1EDD, 0xB7: 0x1EDF,
            0xB8: 0x1ECB, 0xB9: 0x1EF0, 0xBA: 0x1EE8, 0xBB: 0x1EEA, 0xBC: 0x1EEC, 0xBD: 0x01A1, 0xBE: 0x1EDB, 0xBF: 0x01AF,
            0xC4: 0x1EA2, 0xC5: 0x0102, 0xC6: 0x1EB3, 0xC7: 0x1EB5, 0xCB: 0x1EBA, 0xCE: 0x0128, 0xCF: 0x1EF3,
            0xD0: 0x0110, 0xD1: 0x1EE9, 0xD5: 0x1EA1, 0xD6: 0x1EF7, 0xD7: 0x1EEB, 0xD8: 0x1EED, 0xDB: 0x1EF9, 0xDC: 0x1EF5,
            0xDE: 0x1EE1, 0xDF: 0x01B0, 0xE4: 0x1EA3, 0xE5: 0x0103, 0xE6: 0x1EEF, 0xE7: 0x1EAB, 0xEB: 0x1EBB, 0xEE: 0x0129,
            0xEF: 0x1EC9, 0xF0: 0x0111, 0xF1: 0x1EF1, 0xF6: 0x1ECF, 0xF7: 0x1ECD, 0xF8: 0x1EE5, 0xFB: 0x0169, 0xFC: 0x1EE7,
            0xFE: 0x1EE3, 0xFF: 0x1EEE
        ]

        // Code page 1258: where it differs from Windows-1252 (0xCC, 0xEC, 0xD2, 0xDE, 0xF2 are combining tones).
        static let cp1258Codes: [UInt8: UInt32] = [
            0x8A: 0x008A, 0x8E: 0x008E, 0x9A: 0x009A, 0x9E: 0x009E,
            0xC3: 0x0102, 0xCC: 0x0300, 0xD0: 0x0110, 0xD2: 0x0309, 0xD5: 0x01A0, 0xDD: 0x01AF, 0xDE: 0x0303,
            0xE3: 0x0103, 0xEC: 0x0301, 0xF0: 0x0111, 0xF2: 0x0323, 0xF5: 0x01A1, 0xFD: 0x01B0, 0xFE: 0x20AB
        ]

        // VNI Windows. Marks after a lowercase vowel (the capital forms are 0x20 lower):
        // â circumflex, ê breve, ø grave, ù acute, û hook, õ tilde, ï dot below; with a circumflex
        // à á å ã ä; with a breve è é ú ü ë. Single bytes: ô ơ, ö ư, ñ đ, ì í æ(ỉ) ó(ĩ) ò(ị) î(ỵ).
        static let vniMarks: [(UInt8, [UInt32])] = [
            (0xE2, [0x302]), (0xEA, [0x306]),
            (0xF8, [0x300]), (0xF9, [0x301]), (0xFB, [0x309]), (0xF5, [0x303]), (0xEF, [0x323]),
            (0xE0, [0x302, 0x300]), (0xE1, [0x302, 0x301]), (0xE5, [0x302, 0x309]), (0xE3, [0x302, 0x303]), (0xE4, [0x302, 0x323]),
            (0xE8, [0x306, 0x300]), (0xE9, [0x306, 0x301]), (0xFA, [0x306, 0x309]), (0xFC, [0x306, 0x303]), (0xEB, [0x306, 0x323])
        ]
        static let vniSingles: [UInt8: String] = [
            0xF4: "ơ", 0xF6: "ư", 0xF1: "đ", 0xEC: "ì", 0xED: "í", 0xE6: "ỉ", 0xF3: "ĩ", 0xF2: "ị", 0xEE: "ỵ",
            0xD4: "Ơ", 0xD6: "Ư", 0xD1: "Đ", 0xCC: "Ì", 0xCD: "Í", 0xC6: "Ỉ", 0xD3: "Ĩ", 0xD2: "Ị", 0xCE: "Ỵ"
        ]

        private init() {
            let cp1252 = Tables.windows1252()
            var reverse: [UInt32: UInt8] = [:]
            for b in 0x80..<0xA0 where cp1252[b] != UInt32(b) { reverse[cp1252[b]] = UInt8(b) }
            cp1252Reverse = reverse

            var tcvn3 = cp1252
            for (b, s) in Tables.tcvn3Codes { tcvn3[Int(b)] = s.unicodeScalars.first!.value }
            self.tcvn3 = tcvn3

            var viscii = (0..<256).map { UInt32($0) }
            for (b, v) in Tables.visciiCodes { viscii[Int(b)] = v }
            self.viscii = viscii

            var cp1258 = cp1252
            for (b, v) in Tables.cp1258Codes { cp1258[Int(b)] = v }
            self.cp1258 = cp1258

            var single = cp1252
            for (b, s) in Tables.vniSingles { single[Int(b)] = s.unicodeScalars.first!.value }
            vniSingle = single

            // Bases: a e o u y ơ ư in both cases; marks in both cases.
            let bases: [(UInt8, UInt32)] = [
                (0x61, 0x61), (0x65, 0x65), (0x6F, 0x6F), (0x75, 0x75), (0x79, 0x79), (0xF4, 0x1A1), (0xF6, 0x1B0),
                (0x41, 0x41), (0x45, 0x45), (0x4F, 0x4F), (0x55, 0x55), (0x59, 0x59), (0xD4, 0x1A0), (0xD6, 0x1AF)
            ]
            var baseIndex = [Int?](repeating: nil, count: 256)
            var mark = [UInt8](repeating: 0, count: 256)
            var compose = [Unicode.Scalar?](repeating: nil, count: bases.count * 32)
            for (k, (byte, _)) in bases.enumerated() { baseIndex[Int(byte)] = k }
            for (m, (byte, _)) in Tables.vniMarks.enumerated() {
                mark[Int(byte)] = UInt8(m + 1)
                mark[Int(byte - 0x20)] = UInt8(m + 1)
            }
            for (k, (_, base)) in bases.enumerated() {
                let letter = Sc.lower(Unicode.Scalar(base)!)
                for (m, (_, marks)) in Tables.vniMarks.enumerated() {
                    // Circumflex only on a e o, breve only on a: "uâ" is u then a mark-less â.
                    if marks.contains(0x302) && !"aeo".unicodeScalars.contains(letter) { continue }
                    if marks.contains(0x306) && letter != "a" { continue }
                    var scalars = String.UnicodeScalarView()
                    scalars.append(Unicode.Scalar(base)!)
                    for v in marks { scalars.append(Unicode.Scalar(v)!) }
                    // ơ ư take tones only: ơ + circumflex does not compose and is left out.
                    let composed = VietnameseText.nfc(String(scalars)).unicodeScalars
                    if composed.count == 1 { compose[k * 32 + m + 1] = composed.first! }
                }
            }
            vniBase = baseIndex
            vniMark = mark
            vniCompose = compose

            visciiUTF8 = viscii.map(Tables.utf8)
            tcvn3UTF8 = tcvn3.map(Tables.utf8)
            tcvn3UpperUTF8 = tcvn3.map { Tables.utf8(Sc.upper(Unicode.Scalar($0)!).value) }
            vniSingleUTF8 = single.map(Tables.utf8)
            tcvn3IsLetter = tcvn3.map { Sc.isLetter(Unicode.Scalar($0)!) }
            let plain: Set<String> = ["ă", "â", "ê", "ô", "ơ", "ư", "đ"]
            tcvn3TonedLower = (0..<256).map { b in
                guard b >= 0xA8, let s = Tables.tcvn3Codes[UInt8(b)] else { return false }
                return !plain.contains(s)
            }
            var cpCompose: [UInt32: Unicode.Scalar] = [:]
            for b in 0..<256 where Sc.isLetter(Unicode.Scalar(cp1258[b])!) {
                for tone in 1...5 {
                    let pair = String(String.UnicodeScalarView([Unicode.Scalar(cp1258[b])!, Unicode.Scalar(Tables.cp1258ToneMarks[tone])!]))
                    let composed = VietnameseText.nfc(pair).unicodeScalars
                    if composed.count == 1 { cpCompose[cp1258[b] &* 8 &+ UInt32(tone)] = composed.first! }
                }
            }
            cp1258Compose = cpCompose
            var toneIndex = [UInt8](repeating: 0, count: 256)
            for (b, tone) in Tables.cp1258Tones { toneIndex[Int(b)] = tone }
            cp1258ToneIndex = toneIndex
        }
    }
}
