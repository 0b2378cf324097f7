import Foundation
import Testing
import ZIPFoundation

@testable import DanVanCore

/// .docx files typed in legacy fonts: runs in .VnTime (TCVN3), .VnTimeH (TCVN3 capitals) or
/// VNI-Times are converted, Unicode runs beside them are left alone.
@Suite struct DocxLegacyFontTests {
    static func docx(_ parts: [String: String]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return archive.data!
    }

    static func run(_ text: String, font: String? = nil) -> String {
        let props = font.map { "<w:rPr><w:rFonts w:ascii=\"\($0)\" w:hAnsi=\"\($0)\"/></w:rPr>" } ?? ""
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        return "<w:r>\(props)<w:t xml:space=\"preserve\">\(escaped)</w:t></w:r>"
    }

    static func document(_ paragraphs: [String]) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + paragraphs.map { "<w:p>\($0)</w:p>" }.joined() + "</w:body></w:document>"
    }

    /// TCVN3's "ư" is byte 0xAD, which Word and LibreOffice store as a soft hyphen element between text pieces.
    @Test func theSoftHyphenOfALegacyRunIsTheLetterU() throws {
        let run =
            "<w:r><w:rPr><w:rFonts w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"/></w:rPr><w:t>H</w:t><w:softHyphen/>"
            + "<w:t>¬ng Trµ, ph</w:t><w:softHyphen/><w:t>êng</w:t></w:r>"
        let xml = Self.document([run, "<w:r><w:t>Tự</w:t><w:softHyphen/><w:t>do</w:t></w:r>"])
        let text = try DocxReader.text(of: Self.docx(["word/document.xml": xml]), maxUncompressedBytes: 1 << 20)
        #expect(text.contains("Hương Trà, phường"))
        // In a Unicode run a soft hyphen is only a hyphenation point.
        #expect(text.contains("Tựdo"))
    }

    @Test func mixedRunsAreConvertedOneByOne() throws {
        let xml = Self.document([
            Self.run("kÕ ho¹ch", font: ".VnTimeH"),
            Self.run("Thực hiện ") + Self.run("c«ng t¸c d©n vËn", font: ".VnTime") + Self.run(" chính quyền năm 2024"),
            Self.run("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", font: "VNI-Times")
        ])
        let text = try DocxReader.text(of: Self.docx(["word/document.xml": xml]), maxUncompressedBytes: 1 << 20)
        #expect(text.contains("KẾ HOẠCH"))
        #expect(text.contains("Thực hiện công tác dân vận chính quyền năm 2024"))
        #expect(text.contains("Cộng hòa xã hội chủ nghĩa Việt Nam"))
    }

    @Test func theDefaultFontOfTheStylesCounts() throws {
        let styles = """
            <?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:rPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="Unicode"><w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr></w:style>
            </w:styles>
            """
        let xml = Self.document([
            Self.run("Thùc hiÖn c«ng t¸c d©n vËn chÝnh quyÒn"),
            "<w:pPr><w:pStyle w:val=\"Unicode\"/></w:pPr>" + Self.run("Căn cứ Chỉ thị số 33/CT-TTg")
        ])
        let text = try DocxReader.text(of: Self.docx(["word/document.xml": xml, "word/styles.xml": styles]), maxUncompressedBytes: 1 << 20)
        #expect(text.contains("Thực hiện công tác dân vận chính quyền"))
        #expect(text.contains("Căn cứ Chỉ thị số 33/CT-TTg"))
    }

    @Test func unicodeDocxFixturesAreUntouched() throws {
        for seed in TestPaths.seedTexts() {
            let url = TestPaths.fixtures.appendingPathComponent(seed.deletingPathExtension().lastPathComponent + ".docx")
            let data = try Data(contentsOf: url)
            let text = try DocxReader.text(of: data, maxUncompressedBytes: 50 << 20)
            #expect(LegacyVietnamese.repairMisread(text) == nil, "\(url.lastPathComponent)")
        }
    }
}
