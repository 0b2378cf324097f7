import Foundation
import Testing

@testable import DanVanCore

/// .rtf, .doc and .odt go through LibreOffice (converted to .docx); skipped where LibreOffice is
/// not installed.
@Suite(.serialized) struct OfficeFormatTests {
    static var hasLibreOffice: Bool { OfficeText.executable() != nil }

    func write(_ name: String, _ data: Data) -> URL {
        let url = TestPaths.temporaryDirectory().appendingPathComponent(name)
        try? data.write(to: url)
        return url
    }

    /// RTF with Unicode escapes (\uN?), as Word writes Vietnamese.
    static func rtf(_ paragraphs: [String]) -> String {
        let body = paragraphs.map { p in
            p.unicodeScalars.map { $0.value < 0x80 ? String($0) : "\\u\(Int16(truncatingIfNeeded: $0.value))?" }.joined() + "\\par\n"
        }.joined()
        return "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs28\n\(body)}"
    }

    @Test(.enabled(if: OfficeFormatTests.hasLibreOffice, "LibreOffice (soffice) is not installed: run scripts/lib/deps.sh"))
    func rtfReadsThroughLibreOffice() throws {
        let url = write(
            "ke-hoach.rtf",
            Data(
                Self.rtf([
                    "Số: 12/KH-UBND", "Hội An, ngày 02 tháng 3 năm 2024", "KẾ HOẠCH", "Thực hiện công tác dân vận chính quyền năm 2024",
                    "Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận;"
                ]).utf8))
        let plan = try PlanReader.read(fileAt: url)
        #expect(plan.number?.value == "12/KH-UBND")
        #expect(plan.title?.value == "Thực hiện công tác dân vận chính quyền năm 2024")
        #expect(plan.legalReferences.map(\.number) == ["33/CT-TTg"])
    }

    /// An .rtf typed in .VnTime (TCVN3 bytes as \'xx escapes): the font survives the conversion.
    @Test(.enabled(if: OfficeFormatTests.hasLibreOffice, "LibreOffice (soffice) is not installed: run scripts/lib/deps.sh"))
    func rtfInALegacyFontIsConverted() throws {
        let tcvn3 = "Thùc hiÖn c«ng t¸c d©n vËn chÝnh quyÒn n¨m 2024"
        let escaped = tcvn3.unicodeScalars.map { $0.value < 0x80 ? String($0) : String(format: "\\'%02x", $0.value) }.joined()
        let rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil .VnTime;}}\\f0\\fs28 \(escaped)\\par\n}"
        let text = try PlanReader.cleanText(fileAt: write("cu.rtf", Data(rtf.utf8)))
        #expect(text.contains("Thực hiện công tác dân vận chính quyền năm 2024"))
    }

    @Test(.enabled(if: OfficeFormatTests.hasLibreOffice, "LibreOffice (soffice) is not installed: run scripts/lib/deps.sh"))
    func aBrokenDocGivesAClearError() {
        var garbage = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])  // an OLE header, then nothing sensible
        garbage.append(Data(repeating: 0x41, count: 2000))
        do {
            _ = try PlanReader.read(fileAt: write("hong.doc", garbage))
            Issue.record("a broken .doc was read")
        } catch {
            #expect([.officeUnreadable, .emptyFile, .notVietnamese].contains(error.code))
            #expect(!error.message.isEmpty)
        }
    }

    @Test(.enabled(if: OfficeFormatTests.hasLibreOffice, "LibreOffice (soffice) is not installed: run scripts/lib/deps.sh"))
    func uploadsOfOfficeFilesAreAccepted() throws {
        let data = Data(
            Self.rtf([
                "KẾ HOẠCH", "Thực hiện công tác dân vận chính quyền năm 2024",
                "Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận của các cơ quan;"
            ]).utf8)
        let plan = try PlanReader.read(data: data, fileName: "tai-len.rtf")
        #expect(plan.legalReferences.map(\.number) == ["33/CT-TTg"])
    }
}
