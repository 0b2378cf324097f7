import Foundation
import Testing
import ZIPFoundation
@testable import DanVanCore

@Suite struct XLSXWriterTests {
    @Test func writesAPackageWithOneSheet() throws {
        let data = try XLSXWriter.workbook(sheetName: "Thống kê", rows: [[.text("Loại đơn"), .text("Tiếp nhận")], [.text("Khiếu nại <A&B>"), .number(12)]])
        let archive = try Archive(data: data, accessMode: .read)
        #expect(Set(archive.map(\.path)) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"])
        var sheet = Data()
        _ = try archive.extract(archive["xl/worksheets/sheet1.xml"]!) { sheet.append($0) }
        let xml = String(decoding: sheet, as: UTF8.self)
        #expect(xml.contains(#"<c r="B2"><v>12</v></c>"#))
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
        #expect(xml.contains(#"<c r="B1"><v>87.46</v></c>"#))
        #expect(xml.contains(#"<c r="C1"/>"#))
    }
}
