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
