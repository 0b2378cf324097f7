import Foundation
import Testing
import ZIPFoundation

@testable import DanVanCore

/// Criteria tables read from .csv, .xlsx and a decision's .docx appendix, for the review page before saving.
@Suite struct CriteriaSetImportTests {
    func p(_ text: String) -> Points { Points(text: text)! }

    /// A decision with its appendix table, written by the project's own Nghị định 30/2020 writer (which also puts the
    /// header table of Số/ngày before it).
    static func decision(_ rows: [[String]], header: [String] = ["TT", "Nội dung tiêu chí", "Điểm tối đa", "Tài liệu kiểm chứng"]) throws -> Data {
        try OfficialReportDocx.data(
            OfficialReport(
                parentBody: "UBND tỉnh Thừa Thiên Huế", issuingBody: "UBND THỊ XÃ HƯƠNG TRÀ", number: "9", symbol: "QĐ-UBND", place: "Hương Trà",
                date: CivilDate(year: 2026, month: 3, day: 2), year: 2026, title: "Ban hành Bộ tiêu chí đánh giá công tác dân vận chính quyền",
                body: [.heading("PHỤ LỤC"), .paragraph("Bộ tiêu chí và thang điểm như sau:"), .table(header: header, rows: rows)],
                signature: .init(lines: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], name: "Nguyễn Văn An"), distribution: ["Như trên;"]))
    }

    static let appendix: [[String]] = [
        ["(1)", "(2)", "(3)", "(4)"],
        ["I", "Lãnh đạo, chỉ đạo", "60", ""],
        ["1", "Ban hành kế hoạch", "30", ""],
        ["1.1", "Kế hoạch năm đúng hạn", "15", "Kế hoạch"],
        ["1.2", "Kế hoạch chuyên đề", "15 điểm", ""],
        ["2", "Kiểm tra, sơ kết", "30", ""],
        ["a)", "Kiểm tra", "10", "Biên bản"],
        ["", "(ít nhất một lần trong năm)", "", ""],
        ["b)", "Sơ kết", "20", ""],
        ["II.", "Tiếp công dân", "40", ""],
        ["1", "Tiếp đúng lịch", "40", ""],
        ["III", "Điểm thưởng", "5", ""],
        ["1", "Sáng kiến được nhân rộng", "3", ""],
        ["2", "Được khen thưởng", "2", ""],
        ["IV", "Điểm trừ (trừ tối đa)", "5", ""],
        ["", "Tổng cộng", "100", ""]
    ]

    @Test func aDecisionsAppendixTableIsReadByItsLayout() throws {
        let reading = try CriteriaSetImport.read(try Self.decision(Self.appendix), filename: "QD-9.docx")
        #expect(reading.errors == [])
        #expect(reading.statedTotal == Points(100))
        let set = reading.set
        #expect(set.groups.map(\.code) == ["I", "II"])
        #expect(set.maximum == Points(100))
        let byCode = Dictionary(uniqueKeysWithValues: set.nodes.map { ($0.code, $0) })
        #expect(byCode["1.1"]?.parentCode == "1" && byCode["1"]?.parentCode == "I")
        #expect(byCode["1.2"]?.maxPoints == Points(15))
        #expect(byCode["2.a"]?.parentCode == "2")
        #expect(byCode["2.a"]?.text == "Kiểm tra (ít nhất một lần trong năm)")
        #expect(byCode["2.a"]?.evidence == "Biên bản")
        // "1" again under II is written under its group's code, as are the bonus lines.
        #expect(byCode["II.1"]?.parentCode == "II")
        #expect(byCode["III.1"]?.role == .bonus && byCode["III.1"]?.parentCode == nil)
        #expect(set.bonusCap == Points(5))
        #expect(byCode["IV"]?.role == .deduction && set.deductionCap == Points(5))
        #expect(byCode["III"] == nil)
        // The only thing missing is the bands, which a decision's table does not carry.
        #expect(reading.problems == ["Chưa có mức xếp loại."])
    }

    @Test func badRowsAreListedWithTheirRowNumbersAndATotalThatDiffersIsCaught() throws {
        var rows = Self.appendix
        rows[3][2] = "mười lăm"  // row 5 of the table: header, (1)…(4), I, 1, 1.1
        rows[5] = ["2-b", "Kiểm tra, sơ kết", "30", ""]
        rows[15][2] = "90"
        let reading = try CriteriaSetImport.read(try Self.decision(rows), filename: "qd.DOCX")
        #expect(reading.errors.count >= 2)
        #expect(reading.errors[0].hasPrefix("Dòng 5: điểm “mười lăm”"))
        #expect(reading.errors[1].hasPrefix("Dòng 7: số thứ tự “2-b”"))
        #expect(reading.problems.contains { $0.contains("Tổng điểm ghi trong tệp là 90") })
    }

    @Test func aWordFileWithoutACriteriaTableIsRefusedWithACode() throws {
        let other = try Self.decision([["1", "Phòng Nội vụ"]], header: ["TT", "Đơn vị"])
        func refusal(_ data: Data, _ name: String) -> CriteriaImportError? {
            do {
                _ = try CriteriaSetImport.read(data, filename: name)
                return nil
            } catch { return error }
        }
        #expect(refusal(other, "x.docx")?.code == "docx_no_criteria_table")
        #expect(refusal(Data("không phải zip".utf8), "x.docx")?.code == "docx_unreadable")
        #expect(refusal(Data("a".utf8), "x.pdf")?.code == "import_unsupported_type")
        #expect(refusal(Data([0xC3, 0x28, 0xFF]), "x.csv")?.code == "csv_not_utf8")
        let columns = refusal(Data("ten,diem\nA,1\n".utf8), "x.csv")
        #expect(columns?.code == "import_wrong_columns")
        #expect(columns?.message.contains("thiếu cột ma") == true)
    }

    @Test func theTemplateTableReadsBackFromXlsxWithNumberCells() throws {
        let example = ExampleCriteriaSets.bacKan.set
        let rows = CriteriaSetCSV.rows(example).map { row in
            row.enumerated().map { index, text -> XLSXWriter.Cell in
                index == 3 ? .decimal(Points(text: text)!.value) : .text(text)
            }
        }
        let data = try XLSXWriter.workbook(sheetName: "Bộ tiêu chí", rows: [CriteriaSetCSV.columns.map { .text($0) }] + rows)
        let reading = try CriteriaSetImport.read(data, filename: "bo.xlsx")
        #expect(reading.errors == [])
        #expect(reading.set == example)
        #expect(reading.layout == "bảng mẫu")
    }

    /// A spreadsheet as Excel saves it: shared strings (one in rich-text runs), numbers, a blank row skipped in the numbering.
    @Test func anXlsxWithSharedStringsIsReadInItsColumnsAndRowNumbers() throws {
        let strings = ["TT", "Nội dung tiêu chí", "Điểm tối đa", "Lãnh đạo", "Tiếp công dân"]
        let shared =
            "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + strings.enumerated().map { index, text in
                index == 1 ? "<si><r><t>Nội dung </t></r><r><t>tiêu chí</t></r></si>" : "<si><t>\(text)</t></si>"
            }.joined() + "</sst>"
        let sheet = """
            <?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>I</t></is></c><c r="B2" t="s"><v>3</v></c><c r="C2"><v>60</v></c></row>
            <row r="4"><c r="A4" t="inlineStr"><is><t>II</t></is></c><c r="B4" t="s"><v>4</v></c><c r="C4"><v>40.5</v></c></row>
            <row r="5"><c r="A5"><v>1</v></c><c r="C5" t="inlineStr"><is><t>nhiều</t></is></c><c r="B5" t="inlineStr"><is><t>Tiếp đúng\
             lịch</t></is></c></row>
            </sheetData></worksheet>
            """
        let data = try DocxLegacyFontTests.docx(["xl/worksheets/sheet1.xml": sheet, "xl/sharedStrings.xml": shared])
        let table = try OfficeTables.firstSheet(ofXlsx: data)
        #expect(table.rows.map(\.line) == [1, 2, 4, 5])
        #expect(table.rows[0].fields == ["TT", "Nội dung tiêu chí", "Điểm tối đa"])
        #expect(table.rows[2].fields == ["II", "Tiếp công dân", "40.5"])
        let reading = try CriteriaSetImport.read(data, filename: "bang.xlsx")
        #expect(reading.layout == "bảng TT / Nội dung / Điểm")
        #expect(reading.set.nodes.map(\.code) == ["I", "II"])
        #expect(reading.set.nodes[1].maxPoints == p("40,5"))
        #expect(reading.errors == ["Dòng 5: điểm “nhiều” không hợp lệ; ghi ví dụ 10 hoặc 2,5."])
    }

    @Test func aTemplateCSVListsEveryBadRowNotOnlyTheFirst() throws {
        let csv = CriteriaSetCSV.columns.joined(separator: ",") + "\n1,,Nhóm,abc,,,,,,\n2,,Nhóm 2,10,sai,,,,,\n"
        let reading = try CriteriaSetImport.read(Data(csv.utf8), filename: "bo.csv")
        #expect(reading.errors.count == 2)
        #expect(reading.errors[0].hasPrefix("Dòng 2:"))
        #expect(reading.errors[1].hasPrefix("Dòng 3: cách chấm “sai”"))
    }

    /// A crafted sheet: a cell in the last column of every row and more rows than any table; read within bounds or refused.
    @Test func aCraftedSheetStaysBounded() throws {
        let far =
            """
            <?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>TT</t></is></c><c\
             r=\"XFD1\"><v>1</v></c></row></sheetData></worksheet>
            """
        let table = try OfficeTables.firstSheet(ofXlsx: try DocxLegacyFontTests.docx(["xl/worksheets/sheet1.xml": far]))
        #expect(table.rows[0].fields == ["TT"])
        let rows = (1...(OfficeTables.maxRows + 1)).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>1</v></c></row>" }.joined()
        let long = try DocxLegacyFontTests.docx([
            "xl/worksheets/sheet1.xml": "<?xml version=\"1.0\"?><worksheet><sheetData>\(rows)</sheetData></worksheet>"
        ])
        #expect(throws: DocumentReadError.self) { try OfficeTables.firstSheet(ofXlsx: long) }
        #expect(throws: CriteriaImportError.self) { try CriteriaSetImport.read(Data("PK\u{3}\u{4}garbage".utf8), filename: "x.xlsx") }
    }
}
