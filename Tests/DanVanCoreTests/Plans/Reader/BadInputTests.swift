import Foundation
import Testing
import ZIPFoundation

@testable import DanVanCore

/// Every kind of bad input gives its own error code and a Vietnamese message, and a batch goes on.
@Suite struct BadInputTests {
    let dir = TestPaths.temporaryDirectory()

    func write(_ name: String, _ data: Data) -> URL {
        let url = dir.appendingPathComponent(name)
        try? data.write(to: url)
        return url
    }

    func code(_ url: URL, limits: PlanReader.Limits = PlanReader.Limits()) -> DocumentReadError.Code? {
        do {
            _ = try PlanReader.read(fileAt: url, limits: limits)
            return nil
        } catch {
            #expect(!error.message.isEmpty)
            return error.code
        }
    }

    /// A .docx holding `documentXML` as word/document.xml, built in memory.
    func docx(_ documentXML: Data, method: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: "[Content_Types].xml", type: .file, uncompressedSize: Int64(5), provider: { _, _ in Data("<x/>\n".utf8) })
        try archive.addEntry(
            with: "word/document.xml", type: .file, uncompressedSize: Int64(documentXML.count),
            compressionMethod: method,
            provider: { position, size in
                documentXML.subdata(in: Int(position)..<Int(position) + size)
            })
        return archive.data!
    }

    static let wordXML = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Số: 7/KH-UBND</w:t></w:r></w:p></w:tc>
        <w:tc><w:p><w:r><w:t>Hội An, ngày 02 tháng 3 năm 2024</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
        <w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>
        <w:p><w:r><w:t>Thực hiện công tác dân vận chính quyền năm 2024</w:t></w:r></w:p>
        <w:p><w:r><w:t xml:space="preserve">Căn cứ Chỉ thị số 33/CT-TTg</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t\
         xml:space="preserve"> của Thủ tướng Chính phủ về công tác dân vận và các văn bản của tỉnh;</w:t></w:r></w:p>
        </w:body></w:document>
        """

    @Test func docxWithTableAndFootnoteMarkerReads() throws {
        let url = write("ok.docx", try docx(Data(Self.wordXML.utf8)))
        let plan = try PlanReader.read(fileAt: url)
        #expect(plan.number?.value == "7/KH-UBND")
        #expect(plan.place?.value == "Hội An")
        #expect(plan.legalReferences.map(\.number) == ["33/CT-TTg"])
        #expect(plan.legalReferences.first?.issuer == "Thủ tướng Chính phủ")
    }

    @Test func docxFootnotesAreRead() throws {
        let footnotes = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
            <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng\
             Chính phủ; Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị.</w:t></w:r></w:p></w:footnote>
            </w:footnotes>
            """
        let archive = try Archive(data: try docx(Data(Self.wordXML.utf8)), accessMode: .update)
        let data = Data(footnotes.utf8)
        try archive.addEntry(
            with: "word/footnotes.xml", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
            provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        let plan = try PlanReader.read(fileAt: write("notes.docx", archive.data!))
        #expect(plan.legalReferences.map(\.number) == ["33/CT-TTg", "23-QĐ/TW"])
        #expect(plan.legalReferences.first?.date?.iso == "2021-11-26")
        #expect(plan.text.contains("33/CT-TTg¹"))
        #expect(plan.text.contains("¹ Chỉ thị số 33/CT-TTg"))
    }

    @Test func docxAutomaticNumberingIsRebuilt() throws {
        func p(_ text: String, level: Int? = nil) -> String {
            let numPr = level.map { "<w:pPr><w:numPr><w:ilvl w:val=\"\($0)\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr>" } ?? ""
            return "<w:p>\(numPr)<w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body = [
            p("KẾ HOẠCH"), p("Thực hiện công tác dân vận năm 2024"), p("MỤC ĐÍCH, YÊU CẦU", level: 0),
            p("Nâng cao nhận thức của cán bộ về công tác dân vận.", level: 1), p("TỔ CHỨC THỰC HIỆN", level: 0),
            p("Phòng Nội vụ: tham mưu, theo dõi, tổng hợp.", level: 1),
            p("Các cơ quan, đơn vị: báo cáo 6 tháng (trước ngày 20/5) về Phòng Nội vụ.", level: 1)
        ].joined()
        let document =
            """
            <?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document\
             xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>
            """
        let numbering = """
            <?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>
            <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>
            """
        let archive = try Archive(data: try docx(Data(document.utf8)), accessMode: .update)
        let data = Data(numbering.utf8)
        try archive.addEntry(
            with: "word/numbering.xml", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
            provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        let plan = try PlanReader.read(fileAt: write("numbered.docx", archive.data!))
        #expect(plan.sections.map(\.number) == ["I", "II"])
        #expect(plan.sections.last?.tasks.map(\.number) == ["1", "2"])
        #expect(plan.units == ["Phòng Nội vụ", "Các cơ quan, đơn vị"])
        #expect(plan.reports.first?.dueRule == .dayOfYear(month: 5, day: 20))
    }

    @Test func emptyAndBlankFiles() {
        #expect(code(write("empty.txt", Data())) == .emptyFile)
        #expect(code(write("blank.txt", Data("  \n\n\t \n".utf8))) == .emptyFile)
    }

    @Test func binaryGarbage() {
        var bytes = [UInt8](repeating: 0, count: 4096)
        var rng = SplitMix(seed: 7)
        for k in bytes.indices { bytes[k] = UInt8(truncatingIfNeeded: rng.next()) }
        #expect(code(write("garbage.txt", Data(bytes))) == .binaryContent)
        #expect(code(write("latin1.txt", Data([0x43, 0xE0, 0x6E, 0x67, 0x20, 0xE9, 0x74, 0xE9]))) == .binaryContent)
    }

    @Test func anotherLanguage() {
        let english = String(repeating: "The committee shall publish the annual plan and report to the council every quarter. ", count: 20)
        #expect(code(write("english.txt", Data(english.utf8))) == .notVietnamese)
        let unaccented = String(repeating: "Ke hoach thuc hien cong tac dan van chinh quyen nam 2024 cua UBND tinh. ", count: 10)
        #expect(code(write("khongdau.txt", Data(unaccented.utf8))) == .notVietnamese)
    }

    @Test func corruptAndTruncatedDocx() throws {
        let good = try docx(Data(Self.wordXML.utf8))
        #expect(code(write("truncated.docx", good.prefix(good.count / 2))) == .corruptDocx)
        #expect(code(write("notzip.docx", Data("Đây không phải tệp nén".utf8))) == .corruptDocx)
        let noDocument = try Archive(data: Data(), accessMode: .create)
        try noDocument.addEntry(with: "other.xml", type: .file, uncompressedSize: Int64(4), provider: { _, _ in Data("<x/>".utf8) })
        #expect(code(write("nodoc.docx", noDocument.data!)) == .corruptDocx)
        #expect(code(write("badxml.docx", try docx(Data("<w:document><w:body><w:p>".utf8)))) == .corruptDocx)
    }

    @Test func docxZipBombByDeclaredSize() throws {
        // 64 MB of spaces compresses to a few hundred kilobytes.
        let bomb = Data(repeating: 0x20, count: 64 << 20)
        let url = write("bomb.docx", try docx(bomb))
        #expect(code(url) == .docxTooLarge)
    }

    @Test func docxZipBombLyingAboutItsSize() throws {
        // The archive declares 100 bytes but inflates to 2 MB: caught while inflating.
        let payload = Data(repeating: 0x20, count: 2 << 20)
        var data = try docx(payload)
        let real = UInt32(payload.count)
        let name = Data("word/document.xml".utf8)
        // Patch the uncompressed size in the local header (offset 22) and central directory (offset 24).
        var patched = 0
        var i = 0
        while i + 4 < data.count {
            let sig = data.subdata(in: i..<i + 4)
            if sig == Data([0x50, 0x4B, 0x03, 0x04]), data.subdata(in: i + 30..<i + 30 + name.count) == name {
                data.replaceSubrange(i + 22..<i + 26, with: le(100))
                patched += 1
            } else if sig == Data([0x50, 0x4B, 0x01, 0x02]), i + 46 + name.count <= data.count,
                data.subdata(in: i + 46..<i + 46 + name.count) == name
            {
                data.replaceSubrange(i + 24..<i + 28, with: le(100))
                patched += 1
            }
            i += 1
        }
        #expect(patched == 2)
        _ = real
        let limits = PlanReader.Limits(maxDocxUncompressedBytes: 1 << 20)
        let result = code(write("liar.docx", data), limits: limits)
        #expect(result == .docxTooLarge || result == .corruptDocx)
        #expect(result != nil)
    }

    func le(_ v: UInt32) -> Data { Data([UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]) }

    @Test func fileOverTheSizeLimit() throws {
        let seed = try #require(TestPaths.seedTexts().first)
        #expect(code(seed, limits: PlanReader.Limits(maxFileBytes: 1000)) == .fileTooLarge)
    }

    @Test func unreadablePdf() {
        let result = code(write("broken.pdf", Data("%PDF-1.4\nđây không phải PDF thật\n%%EOF".utf8)))
        if ExternalTool.find("pdftotext") == nil {
            #expect(result == .pdftotextMissing)
        } else {
            #expect(result == .pdfUnreadable)
        }
    }

    @Test func missingUnsupportedAndDirectory() {
        #expect(code(dir.appendingPathComponent("khong-co.txt")) == .fileNotFound)
        #expect(code(write("bang.xlsx", Data("x".utf8))) == .unsupportedType)
        #expect(code(dir) == .unreadableFile)
    }

    @Test func batchGoesOnAfterAFailure() throws {
        let seed = try #require(TestPaths.seedTexts().first)
        let empty = write("empty2.txt", Data())
        var out: [String] = []
        var err: [String] = []
        let status = ExtractCommand.run(
            [empty.path, seed.path, "--json", dir.appendingPathComponent("nope.md").path],
            out: { out.append($0) }, err: { err.append($0) })
        #expect(status == 1)
        #expect(out.count == 1)
        #expect(out.first?.contains("\"number\": \"389/KH-UBND\"") == true)
        #expect(err.count == 2)
        #expect(err.first?.contains("\"code\": \"empty_file\"") == true)
        #expect(err.last?.contains("\"code\": \"file_not_found\"") == true)
        var text: [String] = []
        #expect(ExtractCommand.run([seed.path], out: { text.append($0) }, err: { _ in }) == 0)
        #expect(text.joined().contains("Số, ký hiệu: 389/KH-UBND"))
        #expect(ExtractCommand.run([], out: { _ in }, err: { _ in }) == 2)
    }
}

/// A small deterministic generator for the fuzz tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
