import DanVanCore
import Foundation
import Testing

/// A PNG written without any imaging library: 1-bit grey, stripes, stored (uncompressed) deflate blocks, with an
/// optional text chunk standing in for metadata such as a GPS position.
enum TestPNG {
    static func make(width: Int, height: Int, text: (key: String, value: String)? = nil) -> Data {
        var raw = Data()
        let rowBytes = (width + 7) / 8
        for y in 0..<height {
            raw.append(0)  // filter: none
            raw.append(contentsOf: [UInt8](repeating: y % 16 < 8 ? 0xAA : 0x0F, count: rowBytes))
        }
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        png += chunk("IHDR", be32(width) + be32(height) + Data([1, 0, 0, 0, 0]))
        if let text { png += chunk("tEXt", Data(text.key.utf8) + Data([0]) + Data(text.value.utf8)) }
        png += chunk("IDAT", zlibStored(raw))
        png += chunk("IEND", Data())
        return png
    }

    static func be32(_ value: Int) -> Data {
        Data([UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
    }

    static func chunk(_ type: String, _ body: Data) -> Data {
        let typed = Data(type.utf8) + body
        return be32(body.count) + typed + be32(Int(crc32(typed)))
    }

    static func zlibStored(_ data: Data) -> Data {
        var out = Data([0x78, 0x01])
        var offset = 0
        let bytes = [UInt8](data)
        repeat {
            let length = min(65_535, bytes.count - offset)
            let last: UInt8 = offset + length >= bytes.count ? 1 : 0
            out.append(last)
            out.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)])
            out.append(contentsOf: bytes[offset..<offset + length])
            offset += length
        } while offset < bytes.count
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return out + be32(Int(b << 16 | a))
    }

    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// (width, height) from the IHDR chunk of a PNG.
    static func size(_ png: Data) -> (Int, Int)? {
        let b = [UInt8](png)
        guard b.count > 24, ExemplarFileRules.sniff(png) == .png else { return nil }
        func int(_ at: Int) -> Int { Int(b[at]) << 24 | Int(b[at + 1]) << 16 | Int(b[at + 2]) << 8 | Int(b[at + 3]) }
        return (int(16), int(20))
    }
}

/// Photos re-encoded to a safe size without metadata (issue 16, bad input). Skipped, and reported so, on a machine
/// without `vipsthumbnail` (package libvips-tools; scripts/lib/deps.sh installs it).
@Suite struct ExemplarImagesTests {
    @Test(.enabled(if: ExemplarImages.isAvailable, "vipsthumbnail (libvips-tools) chưa được cài"))
    func anOversizedPNGComesBackWithinTheLimitAsAValidPNGWithoutItsMetadata() throws {
        let original = TestPNG.make(width: 4000, height: 2400, text: ("GPS", "16.4637,107.5909"))
        #expect(TestPNG.size(original)! == (4000, 2400))
        guard case .reencoded(let result) = ExemplarImages.reencode(original, type: .png) else {
            Issue.record("not re-encoded")
            return
        }
        #expect(ExemplarFileRules.sniff(result) == .png)
        let (width, height) = try #require(TestPNG.size(result))
        #expect(max(width, height) == ExemplarImages.maxSide && width == 1600 && height == 960)
        #expect(result.range(of: Data("16.4637".utf8)) == nil)
        #expect(result.count < original.count)
        // The result is an image the encoder reads again, unchanged in size.
        guard case .reencoded(let again) = ExemplarImages.reencode(result, type: .png) else {
            Issue.record("the re-encoded PNG is not readable")
            return
        }
        #expect(TestPNG.size(again)! == (1600, 960))
    }

    @Test(.enabled(if: ExemplarImages.isAvailable, "vipsthumbnail (libvips-tools) chưa được cài"))
    func aSmallImageIsNeverEnlargedAndABrokenOneIsRefused() {
        guard case .reencoded(let small) = ExemplarImages.reencode(TestPNG.make(width: 40, height: 20), type: .png) else {
            Issue.record("not re-encoded")
            return
        }
        #expect(TestPNG.size(small)! == (40, 20))
        let broken = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(repeating: 7, count: 64)
        #expect(ExemplarImages.reencode(broken, type: .png) == .unreadable)
        #expect(ExemplarImages.reencode(Data([0xFF, 0xD8, 0xFF, 0xE0]) + Data(repeating: 1, count: 100), type: .jpeg) == .unreadable)
        #expect(ExemplarImages.reencode(Data("%PDF-1.4".utf8), type: .pdf) == .unreadable)
    }

    @Test func theDriveReminderNamesTheUnitFirstAndCountsTheDays() {
        let deadline = CivilDate(iso: "2026-03-25")!
        let before = ExemplarDriveRules.reminderText(
            title: "Đăng ký năm 2026", unitName: "Xã A", deadline: deadline, today: deadline.adding(days: -3))
        #expect(before == "Xã A chưa đăng ký mô hình, điển hình “Dân vận khéo” theo đợt “Đăng ký năm 2026”; còn 3 ngày đến hạn (25/03/2026).")
        #expect(
            ExemplarDriveRules.reminderText(title: "T", unitName: "Xã A", deadline: deadline, today: deadline).hasSuffix(
                "hôm nay là hạn đăng ký (25/03/2026)."))
        #expect(
            ExemplarDriveRules.reminderText(title: "T", unitName: "Xã A", deadline: deadline, today: deadline.adding(days: 9))
                .hasSuffix("đã quá hạn 9 ngày (hạn 25/03/2026)."))
    }
}
