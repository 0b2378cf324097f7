import DanVanCore
import Foundation
import Testing

/// A cell typed by one person must not run as a formula in another person's spreadsheet.
@Suite struct CSVWriterTests {
    @Test(arguments: ["=HYPERLINK(\"http://evil.example\",\"Bấm\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
    func formulaCellsGetALeadingApostrophe(cell: String) throws {
        let text = try #require(String(data: CSVWriter.csv(header: ["Tên"], rows: [[cell]]), encoding: .utf8))
        let line = text.components(separatedBy: "\r\n")[1]
        #expect(line.hasPrefix("'") || line.hasPrefix("\"'"), "\(line)")
    }

    @Test func ordinaryCellsAndNumbersAreUnchanged() throws {
        let text = String(decoding: CSVWriter.csv(header: ["a", "b", "c"], rows: [["Kế hoạch 1", "-5", "a=b"]]), as: UTF8.self)
        #expect(text == "\u{FEFF}a,b,c\r\nKế hoạch 1,-5,a=b\r\n")
    }
}
