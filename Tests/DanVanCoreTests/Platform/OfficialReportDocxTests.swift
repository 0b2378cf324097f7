import Foundation
import Testing
import ZIPFoundation

@testable import DanVanCore

@Suite struct OfficialReportDocxTests {
    let report = OfficialReport(
        parentBody: "UBND tỉnh Thừa Thiên Huế", issuingBody: "UBND THỊ XÃ HƯƠNG TRÀ", number: "5", symbol: "BC-UBND",
        place: "Hương Trà", date: CivilDate(year: 2026, month: 1, day: 5), year: 2026,
        title: "Kết quả công tác dân vận chính quyền 6 tháng đầu năm 2026",
        recipients: ["Ủy ban nhân dân tỉnh", "Sở Nội vụ"],
        body: [
            .heading("I. KẾT QUẢ THỰC HIỆN"),
            .paragraph("Các cơ quan, đơn vị đã quán triệt kế hoạch."),
            .table(header: ["TT", "Đơn vị", "Tỷ lệ đúng hạn"], rows: [["1", "Phòng Nội vụ", "100%"], ["2", "Phường Tứ Hạ", "83,3%"]]),
            .paragraph("Kết quả cụ thể như bảng trên.")
        ],
        signature: .init(lines: ["TM. Ủy ban nhân dân", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], name: "Nguyễn Văn An"),
        distribution: ["Như trên;", "Phòng Nội vụ"])

    func lines(_ report: OfficialReport) throws -> [String] {
        let text = try DocxReader.text(of: OfficialReportDocx.data(report), maxUncompressedBytes: 1 << 20)
        return text.split(separator: "\n").map(String.init)
    }

    func part(_ path: String, of report: OfficialReport) throws -> String {
        let archive = try Archive(data: OfficialReportDocx.data(report), accessMode: .read)
        var data = Data()
        _ = try archive.extract(try #require(archive[path])) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func ourReaderReadsBackHeaderTitleBodyAndTableInOrder() throws {
        let lines = try lines(report)
        let expected = [
            "UBND TỈNH THỪA THIÊN HUẾ", "UBND THỊ XÃ HƯƠNG TRÀ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 05/BC-UBND", "Hương Trà, ngày 05 tháng 01 năm 2026",
            "BÁO CÁO", "Kết quả công tác dân vận chính quyền 6 tháng đầu năm 2026",
            "Kính gửi:", "- Ủy ban nhân dân tỉnh;", "- Sở Nội vụ.",
            "I. KẾT QUẢ THỰC HIỆN", "Các cơ quan, đơn vị đã quán triệt kế hoạch.",
            "TT", "Đơn vị", "Tỷ lệ đúng hạn", "1", "Phòng Nội vụ", "100%", "2", "Phường Tứ Hạ", "83,3%",
            "Kết quả cụ thể như bảng trên.",
            "Nơi nhận:", "- Như trên;", "- Phòng Nội vụ;", "- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"
        ]
        #expect(lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty } == expected)
    }

    @Test func thePlanReaderRecognisesTheHeader() throws {
        let text = try DocxReader.text(of: OfficialReportDocx.data(report), maxUncompressedBytes: 1 << 20)
        let read = PlanReader.read(DocumentText(text))
        #expect(read.number?.value == "05/BC-UBND")
        #expect(read.documentType?.code == "BC")
        #expect(read.date?.value == CivilDate(year: 2026, month: 1, day: 5))
        #expect(read.title?.value == "Kết quả công tác dân vận chính quyền 6 tháng đầu năm 2026")
    }

    @Test func unnumberedAndUndatedReportsLeaveBlanksForTheClerk() throws {
        var draft = report
        draft.number = nil
        draft.date = nil
        let lines = try lines(draft)
        #expect(lines.contains("Số:      /BC-UBND"))
        #expect(lines.contains("Hương Trà, ngày     tháng     năm 2026"))
    }

    @Test func dateLinesPadDaysBelowTenAndJanuaryAndFebruary() {
        func line(_ year: Int, _ month: Int, _ day: Int) -> String {
            OfficialHeaderLines.dateLine(place: "Huế", date: CivilDate(year: year, month: month, day: day)!)
        }
        #expect(line(2026, 1, 5) == "Huế, ngày 05 tháng 01 năm 2026")
        #expect(line(2026, 2, 28) == "Huế, ngày 28 tháng 02 năm 2026")
        #expect(line(2026, 3, 9) == "Huế, ngày 09 tháng 3 năm 2026")
        #expect(line(2026, 12, 10) == "Huế, ngày 10 tháng 12 năm 2026")
        #expect(OfficialHeaderLines.numberLine(number: "7", symbol: "BC-UBND") == "Số: 07/BC-UBND")
        #expect(OfficialHeaderLines.numberLine(number: "123", symbol: "BC-UBND") == "Số: 123/BC-UBND")
    }

    @Test func xmlSpecialCharactersAndDecomposedVietnameseSurvive() throws {
        var tricky = report
        tricky.title = #"Về "dân vận khéo" & <mô hình> mới"#
        tricky.body = [.paragraph("Thu\u{0065}\u{0302}\u{0301} tục ở Hu\u{0065}\u{0302}\u{0301}")]  // typed with combining marks
        let lines = try lines(tricky)
        #expect(lines.contains(#"Về "dân vận khéo" & <mô hình> mới"#))
        #expect(lines.contains("Thuế tục ở Huế"))
        let document = try part("word/document.xml", of: tricky)
        #expect(document.contains("Huế"))
        #expect(!document.unicodeScalars.contains("\u{0302}"))
        #expect(document.contains("&quot;dân vận khéo&quot; &amp; &lt;mô hình&gt;"))
    }

    @Test func distributionEndsWithTheArchiveCopyOnce() {
        #expect(OfficialReportDocx.listed(OfficialReportDocx.distribution(["Như trên", "Lưu: VT, NV."])) == ["- Như trên;", "- Lưu: VT, NV."])
        #expect(OfficialReportDocx.listed(OfficialReportDocx.distribution([])) == ["- Lưu: VT."])
    }

    @Test func pageSetupFontAndPageNumbersFollowTheDecree() throws {
        let document = try part("word/document.xml", of: report)
        #expect(document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))  // A4 portrait
        #expect(document.contains(#"<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701""#))  // 20, 15, 20, 30 mm
        #expect(document.contains("<w:titlePg/>"))
        // Body paragraphs: justified, first line indented 1 cm, 6 pt before.
        #expect(
            document.contains(
                #"""
                <w:spacing w:before="120" w:after="0" w:line="276" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="567"/><w:jc\#
                 w:val="both"/>
                """#
            ))
        #expect(try part("word/styles.xml", of: report).contains(#"w:ascii="Times New Roman""#))
        #expect(try part("word/header1.xml", of: report).contains(" PAGE "))
        #expect(try !part("word/header2.xml", of: report).contains(" PAGE "))  // the first page is not numbered
    }

    @Test func figuresAreRightAligned() {
        #expect(OfficialReportDocx.isFigure("1.234"))
        #expect(OfficialReportDocx.isFigure("83,3%"))
        #expect(!OfficialReportDocx.isFigure("Phòng Nội vụ"))
        #expect(!OfficialReportDocx.isFigure("-"))
    }
}
