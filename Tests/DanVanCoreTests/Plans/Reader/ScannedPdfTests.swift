import Foundation
import Testing

@testable import DanVanCore

/// Issue 13, item 3: a plan that exists only as a scanned PDF is read through OCR and marked so a person checks it.
@Suite(
    .enabled(
        if: ["tesseract", "pdftoppm", "pdfinfo", "img2pdf"].allSatisfy { ExternalTool.find($0) != nil },
        "needs tesseract-ocr, tesseract-ocr-vie, poppler-utils and img2pdf (scripts/lib/deps.sh installs them)"))
struct ScannedPdfTests {
    /// The 004 fixture PDF printed as images at 300 dpi (a scanner's usual setting) and rebuilt into a PDF without a text layer.
    static func scan() throws -> URL {
        let pdf = TestPaths.fixtures.appendingPathComponent("004_40655633b93e473f.pdf")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-scan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        _ = ExternalTool.run(
            ExternalTool.find("pdftoppm")!, ["-r", "300", "-gray", "-png", pdf.path, work.appendingPathComponent("p").path], timeout: 120)
        let pages = try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.hasSuffix(".png") }.sorted()
            .map { work.appendingPathComponent($0).path }
        let scan = work.appendingPathComponent("ban-quet.pdf")
        _ = ExternalTool.run(ExternalTool.find("img2pdf")!, pages + ["-o", scan.path], timeout: 120)
        return scan
    }

    @Test func aScanIsRecognisedAndMarkedForChecking() throws {
        let scan = try Self.scan()
        defer { try? FileManager.default.removeItem(at: scan.deletingLastPathComponent()) }
        // No text layer: the PDF reader alone finds nothing.
        #expect(try PdfText.text(ofFileAt: scan.path, timeout: 30) == nil)
        let scanned = try PlanReader.read(fileAt: scan)
        let original = try PlanReader.read(fileAt: TestPaths.fixtures.appendingPathComponent("004_40655633b93e473f.pdf"))
        #expect(scanned.recognisedFromImages && !original.recognisedFromImages)
        #expect(scanned.title?.value == original.title?.value)
        #expect(scanned.place?.value == original.place?.value)
        #expect(scanned.legalReferences.count == original.legalReferences.count)
        #expect(Set(scanned.units).intersection(original.units).count * 10 >= original.units.count * 8, "\(scanned.units)")
        #expect(scanned.jsonLine.contains("\"recognised_from_images\": true"))
    }

    @Test func aScanLongerThanTheLimitIsRefusedWithItsOwnCode() throws {
        let scan = try Self.scan()
        defer { try? FileManager.default.removeItem(at: scan.deletingLastPathComponent()) }
        let error = try #require(throws: DocumentReadError.self) { try PlanReader.read(fileAt: scan, limits: .init(maxScannedPages: 1)) }
        #expect(error.code == .scanTooLong)
        #expect(error.message.contains("tối đa 1 trang"))
    }
}

/// The confusions tesseract makes on Vietnamese headings and document numbers, repaired before reading.
@Suite struct OcrCorrectionTests {
    @Test func ethAndDoubledDBecomeOneĐ() {
        #expect(OcrCorrections.apply("Quyết định số 412-QĐÐ/TU và 218-QÐ/TW, ðồng chí") == "Quyết định số 412-QĐ/TU và 218-QĐ/TW, đồng chí")
    }

    @Test func headingNumbersFollowTheDocumentsOrder() {
        let scanned = """
            IL. MỤC ĐÍCH, YÊU CẦU
            1. Nâng cao nhận thức
            II. NHIỆM VỤ
            4. Tuyên truyền
            o. Phòng Tư pháp
            II. TỔ CHỨC THỰC HIỆN
            1. Phòng Nội vụ
            HI- Kinh phí
            """
        #expect(
            OcrCorrections.apply(scanned) == """
                I. MỤC ĐÍCH, YÊU CẦU
                1. Nâng cao nhận thức
                II. NHIỆM VỤ
                4. Tuyên truyền
                5. Phòng Tư pháp
                III. TỔ CHỨC THỰC HIỆN
                1. Phòng Nội vụ
                IV- Kinh phí
                """)
        // Not headings: left alone.
        for line in ["Hà Nội", "HI. là tên riêng", "Lào Cai. Tỉnh", "1. Mục đích", "ISO. Tiêu chuẩn"] {
            #expect(OcrCorrections.apply(line) == line)
        }
    }
}
