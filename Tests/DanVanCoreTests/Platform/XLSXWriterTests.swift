import Foundation
import Testing
import ZIPFoundation

@testable import DanVanCore

@Suite struct XLSXWriterTests {
    @Test func writesAPackageWithOneSheet() throws {
        let data = try XLSXWriter.workbook(
            sheetName: "Thống kê", rows: [[.text("Loại đơn"), .text("Tiếp nhận")], [.text("Khiếu nại <A&B>"), .number(12)]])
        let archive = try Archive(data: data, accessMode: .read)
        #expect(
            Set(archive.map(\.path)) == [
                "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml"
            ])
        var sheet = Data()
        _ = try archive.extract(archive["xl/worksheets/sheet1.xml"]!) { sheet.append($0) }
        let xml = String(decoding: sheet, as: UTF8.self)
        #expect(xml.contains(#"<c r="B2" s="2"><v>12</v></c>"#))
        #expect(xml.contains("Khiếu nại &lt;A&amp;B&gt;"))
        #expect(XLSXWriter.columnName(26) == "AA")
    }
}

@Suite struct XLSXDecimalTests {
    @Test func decimalsUseADotAtMostTwoPlacesAndNoExponent() throws {
        #expect(XLSXWriter.decimalText(95.5) == "95.5")
        #expect(XLSXWriter.decimalText(1.0 / 3) == "0.33")
        #expect(XLSXWriter.decimalText(0.125) == "0.13")
        #expect(XLSXWriter.decimalText(12) == "12")
        #expect(XLSXWriter.decimalText(1_500_000) == "1500000")
        #expect(XLSXWriter.decimalText(0.000001) == "0")
        #expect(XLSXWriter.decimalText(-0.004) == "0")
        #expect(XLSXWriter.decimalText(-7.25) == "-7.25")
        #expect(XLSXWriter.decimalText(.nan) == nil)
    }

    @Test func decimalCellsAreNumbersInTheSheet() throws {
        let xml = XLSXWriter.sheetXML([[.text("Tỷ lệ"), .decimal(87.456), .decimal(.infinity)]])
        #expect(xml.contains(#"<c r="B1" s="3"><v>87.46</v></c>"#))
        #expect(xml.contains(#"<c r="C1"/>"#))
    }
}

/// What makes a sheet ready to hand in: read back from the package a spreadsheet program opens.
@Suite struct XLSXPresentationTests {
    static func part(_ data: Data, _ path: String) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        var bytes = Data()
        guard let entry = archive[path] else {
            Issue.record("missing \(path)")
            return ""
        }
        _ = try archive.extract(entry) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let rows: [[XLSXWriter.Cell]] = [
        [.text("Tổng hợp báo cáo 6 tháng đầu năm 2026 của các đơn vị trực thuộc thị xã Hương Trà")],
        [.text("Đơn vị"), .text("Số cuộc đối thoại"), .text("Tỷ lệ")],
        [.text("Phường Hương Văn"), .number(1_234_567), .percent(87.5)],
        [.text("Xã Bình Tiến"), .decimal(12.25), .percent(.nan)]
    ]

    @Test func headerRowIsBoldFilledAndFrozenWithTheTitleAboveIt() throws {
        let data = try XLSXWriter.workbook(sheetName: "Tổng hợp", rows: Self.rows, headerRow: 1)
        let sheet = try Self.part(data, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains(#"<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>"#))
        #expect(sheet.contains(#"<c r="A2" s="1" t="inlineStr"><is><t xml:space="preserve">Đơn vị</t>"#))
        #expect(sheet.contains(#"<c r="A1" s="5" t="inlineStr">"#))
        let styles = try Self.part(data, "xl/styles.xml")
        // Style 1: bold font, solid fill.
        let xfs = styles.components(separatedBy: "<cellXfs")[1].components(separatedBy: "<xf ").dropFirst().map { $0 }
        #expect(xfs.count == 6)
        #expect(xfs[1].contains(#"fontId="1""#) && xfs[1].contains(#"fillId="2""#))
        #expect(styles.contains("<font><b/>"))
        #expect(styles.contains(#"<patternFill patternType="solid">"#))
        let types = try Self.part(data, "[Content_Types].xml")
        #expect(types.contains("/xl/styles.xml"))
        #expect(try Self.part(data, "xl/_rels/workbook.xml.rels").contains(#"Target="styles.xml""#))
    }

    @Test func columnsAreAsWideAsTheirContentNotTheTitle() throws {
        let sheet = try Self.part(try XLSXWriter.workbook(sheetName: "Tổng hợp", rows: Self.rows, headerRow: 1), "xl/worksheets/sheet1.xml")
        // "Phường Hương Văn" is 16 characters; the 85-character title above the header does not widen column A.
        #expect(sheet.contains(#"<col min="1" max="1" width="18" customWidth="1"/>"#))
        // "Số cuộc đối thoại" is 17; "1,234,567" only 9.
        #expect(sheet.contains(#"<col min="2" max="2" width="19" customWidth="1"/>"#))
        #expect(sheet.contains(#"<col min="3" max="3" width="8" customWidth="1"/>"#))
        #expect(XLSXWriter.columnWidths([[.text(String(repeating: "a", count: 200))]], from: 0) == [60])
    }

    @Test func numbersHaveThousandsSeparatorsAndRatiosArePercentages() throws {
        let data = try XLSXWriter.workbook(sheetName: "Tổng hợp", rows: Self.rows, headerRow: 1)
        let sheet = try Self.part(data, "xl/worksheets/sheet1.xml")
        let styles = try Self.part(data, "xl/styles.xml")
        let xfs = styles.components(separatedBy: "<cellXfs")[1].components(separatedBy: "<xf ").dropFirst().map { $0 }
        #expect(sheet.contains(#"<c r="B3" s="2"><v>1234567</v></c>"#))
        #expect(xfs[2].contains(#"numFmtId="3""#))  // #,##0
        #expect(sheet.contains(#"<c r="C3" s="4"><v>0.875</v></c>"#))
        #expect(xfs[4].contains(#"numFmtId="10""#))  // 0.00%
        #expect(sheet.contains(#"<c r="B4" s="3"><v>12.25</v></c>"#))
        #expect(xfs[3].contains(#"numFmtId="4""#))  // #,##0.00
        #expect(sheet.contains(#"<c r="C4"/>"#))
        #expect(XLSXWriter.sheetXML([[.decimal(1500)]]).contains(#"<c r="A1" s="2"><v>1500</v></c>"#))
    }

    @Test func sheetNamesKeepDiacriticsWithinExcelsRules() throws {
        let name = "Tổng hợp: 6 tháng/2026 [Hương Trà]*?"
        let data = try XLSXWriter.workbook(sheetName: name, rows: Self.rows)
        let workbook = try Self.part(data, "xl/workbook.xml")
        let written = XLSXWriter.sheetName(name)
        #expect(written.utf16.count <= 31)
        #expect(written.allSatisfy { !"[]:*?/\\".contains($0) })
        #expect(written.hasPrefix("Tổng hợp- 6 tháng-2026"))
        #expect(workbook.contains(#"<sheet name="\#(written)""#))
        // Decomposed input is composed, so "ệ" counts once.
        #expect(XLSXWriter.sheetName("Vie\u{0323}\u{0302}c ca\u{0302}\u{300}n la\u{300}m") == "Việc cần làm")
        #expect(XLSXWriter.sheetName("''") == "Trang 1")
        #expect(XLSXWriter.sheetName(String(repeating: "Đơn thư ", count: 10)).utf16.count <= 31)
    }
}
