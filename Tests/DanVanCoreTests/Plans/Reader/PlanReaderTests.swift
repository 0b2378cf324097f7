import Foundation
import Testing

@testable import DanVanCore

/// The readers on layouts the seeds do not have: header tables in columns, party documents,
/// other citation spellings, other report schedules.
@Suite struct PlanReaderTests {
    func read(_ text: String) -> PlanDocument {
        PlanReader.read(DocumentText(text))
    }

    @Test func headerLaidOutInColumns() {
        let plan = read(
            """
            ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            HUYỆN ĐẠI LỘC              Độc lập - Tự do - Hạnh phúc
            Số: 12/KH-UBND             Đại Lộc, ngày 03 tháng 3 năm 2023

            KẾ HOẠCH
            Thực hiện công tác dân vận chính quyền
            năm 2023

            Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;
            I. MỤC ĐÍCH, YÊU CẦU
            1. Nâng cao nhận thức.
            """)
        #expect(plan.number?.value == "12/KH-UBND")
        #expect(plan.documentType?.code == "KH")
        #expect(plan.issuer?.value == "Ủy ban nhân dân huyện Đại Lộc")
        #expect(plan.place?.value == "Đại Lộc")
        #expect(plan.date?.value == CivilDate(year: 2023, month: 3, day: 3))
        #expect(plan.title?.value == "Thực hiện công tác dân vận chính quyền năm 2023")
        #expect(plan.legalReferences.map(\.number) == ["30/2020/NĐ-CP"])
        #expect(plan.legalReferences.first?.issuer == "Chính phủ")
        // Spans point into the normalized text.
        if let span = plan.number?.span {
            let bytes = Array(plan.text.utf8)[span.start..<span.end]
            #expect(String(decoding: bytes, as: UTF8.self) == "12/KH-UBND")
        }
    }

    @Test func partyDocumentHeader() {
        let plan = read(
            """
            TỈNH ỦY QUẢNG NAM
            BAN DÂN VẬN
            *
            Số 65-KH/BDVTU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Tam Kỳ, ngày 10 tháng 01 năm 2024
            KẾ HOẠCH
            Phối hợp thực hiện công tác dân vận năm 2024
            """)
        #expect(plan.number?.value == "65-KH/BDVTU")
        #expect(plan.documentType?.code == "KH")
        #expect(plan.issuer?.value == "Ban Dân vận Tỉnh ủy Quảng Nam")
        #expect(plan.date?.value.iso == "2024-01-10")
    }

    @Test func draftWithBlankNumberAndDate() {
        let plan = read("Số: /KH-UBND\nHà Nội, ngày   tháng   năm 2025\nKẾ HOẠCH\nTriển khai công tác năm 2025\n")
        #expect(plan.number == nil)
        #expect(plan.documentType?.code == "KH")
        #expect(plan.place?.value == "Hà Nội")
        #expect(plan.date == nil)
        #expect(plan.year == 2025)
    }

    @Test func citationSpellings() {
        let plan = read(
            """
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật số 10/2022/QH15 của Quốc hội;
            Quyết định số 1234/QĐ-UBND, ngày 5-6-2022 của UBND tỉnh về việc ban hành quy chế; Chỉ thị 05 - CT/TU ngày 01/02/2021;
            Quyết định số 99-QĐ/TW và Quyết định số 100-QĐ/TW ngày 03/02/2017 của Ban Bí thư; Nghị quyết Trung ương 4 (khóa XII).
            """)
        let refs = Dictionary(uniqueKeysWithValues: plan.legalReferences.map { ($0.number, $0) })
        #expect(refs["10/2022/QH15"]?.type == "Luật")
        #expect(refs["10/2022/QH15"]?.issuer == "Quốc hội")
        #expect(refs["1234/QĐ-UBND"]?.date?.iso == "2022-06-05")
        #expect(refs["1234/QĐ-UBND"]?.issuer == "UBND tỉnh")
        #expect(refs["05-CT/TU"]?.date?.iso == "2021-02-01")
        #expect(refs["99-QĐ/TW"]?.date == nil)
        #expect(refs["100-QĐ/TW"]?.issuer == "Ban Bí thư")
        #expect(plan.legalReferences.count == 5)
        let law = read("Triển khai Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 của Quốc hội.")
        #expect(
            law.legalReferences.map { "\($0.type) | \($0.number) | \($0.issuer ?? "-")" } == [
                "Luật Thực hiện dân chủ ở cơ sở | 10/2022/QH15 | Quốc hội"
            ])
        #expect(law.namedLaws.isEmpty)
        #expect(plan.namedLaws.map(\.value) == ["Luật Tổ chức chính quyền địa phương"])
    }

    @Test func reportSchedulesAsData() {
        let plan = read(
            """
            I. TỔ CHỨC THỰC HIỆN
            1. Các phòng, ban chuyên môn: báo cáo hằng tháng trước ngày 25 về Phòng Nội vụ; báo cáo định kỳ hằng quý trước ngày 15 của tháng cuối\
             quý; báo cáo 6 tháng đầu năm trước ngày 15/6; báo cáo năm trước ngày 15/11 và báo cáo đột xuất khi có yêu cầu.
            2. Phòng Nội vụ: định kỳ tổng hợp báo cáo theo quy định.
            """)
        let rules = plan.reports.map { "\($0.period.rawValue) \($0.dueRule.map { "\($0)" } ?? "-")" }
        #expect(
            rules == [
                "monthly dayOfMonth(25)",
                "quarterly dayOfQuarterMonth(day: 15, monthOfQuarter: 3)",
                "semiannual dayOfYear(month: 6, day: 15)",
                "annual dayOfYear(month: 11, day: 15)",
                "adhoc -"
            ])
        #expect(plan.reports.first?.to == "Phòng Nội vụ")
        #expect(plan.reports.first?.by == ["Các phòng, ban chuyên môn"])
        #expect(plan.units == ["Các phòng, ban chuyên môn", "Phòng Nội vụ"])
    }

    @Test func deadlineYearInferredFromThePlan() {
        let plan = read(
            """
            Số: 5/KH-UBND
            Bình Sơn, ngày 02 tháng 01 năm 2024
            KẾ HOẠCH
            Công tác dân vận năm 2024
            I. TỔ CHỨC THỰC HIỆN
            1. UBND các xã, thị trấn: xây dựng kế hoạch, gửi về UBND huyện (qua Phòng Nội vụ) trước ngày 30/3 để tổng hợp.
            """)
        #expect(plan.deadlines.count == 1)
        #expect(plan.deadlines.first?.date.iso == "2024-03-30")
        #expect(plan.deadlines.first?.yearInferred == true)
        #expect(plan.deadlines.first?.to == "UBND huyện (qua Phòng Nội vụ)")
        #expect(plan.units == ["UBND các xã, thị trấn"])
    }

    @Test func unitHeadingsSplitOnlyBetweenBodies() {
        let plan = read(
            """
            III. TỔ CHỨC THỰC HIỆN
            1. Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ, Thủ trưởng các sở, ban, ngành:
            - Triển khai kế hoạch.
            2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp thực hiện.
            3. Trưởng các phòng, ban, trung tâm tổ chức quán triệt kế hoạch này.
            """)
        #expect(
            plan.units == [
                "Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ", "Thủ trưởng các sở, ban, ngành",
                "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Trưởng các phòng, ban, trung tâm"
            ])
    }

    @Test func normalizationJoinsBrokenLinesAndDropsMarkdown() {
        let doc = DocumentText("**Căn cứ** Chỉ thị số\u{00A0}33/CT-TTg¹ ngày 26/11/2021 của\nThủ tướng Chính phủ;\n\nthực hiện tốt")
        #expect(doc.text == "Căn cứ Chỉ thị số 33/CT-TTg¹ ngày 26/11/2021 của Thủ tướng Chính phủ;\nthực hiện tốt")
        let nfd = DocumentText("Thu\u{309} tru\u{31B}o\u{31B}\u{309}ng")
        #expect(nfd.text == "Thủ trưởng")
    }

    @Test func dateFinder() {
        #expect(
            DateFinder.isoDates(in: "ngày 09 tháng 12 năm 2022, 26/11/2021, 5-6-2022, 61/2023/NĐ-CP, 2021-2025") == [
                "2022-12-09", "2021-11-26", "2022-06-05"
            ])
    }
}

@Suite struct MoreLayoutTests {
    func read(_ text: String) -> PlanDocument { PlanReader.read(DocumentText(text)) }

    @Test func numberAndPlaceOnOneLineAndMottoBesideIssuer() {
        let plan = read(
            """
            UBND TỈNH QUẢNG NGÃI  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ NỘI VỤ  Độc lập - Tự do - Hạnh phúc
            Số: 45 /KH-SNV  Quảng Ngãi, ngày 12 tháng 01 năm 2024
            KẾ HOẠCH THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2024
            Căn cứ Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ;
            """)
        #expect(plan.number?.value == "45/KH-SNV")
        #expect(plan.place?.value == "Quảng Ngãi")
        #expect(plan.date?.value.iso == "2024-01-12")
        #expect(plan.issuer?.value == "Sở Nội vụ UBND tỉnh Quảng Ngãi")
        #expect(plan.title?.value == "THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2024")
        #expect(plan.legalReferences.map(\.number) == ["30a/2008/NQ-CP"])
    }

    @Test func letteredAssignmentsAndDeadlineWithColon() {
        let plan = read(
            """
            III. TỔ CHỨC THỰC HIỆN
            a) Phòng Nội vụ: theo dõi, tổng hợp. Hạn chót: ngày 20/12/2024.
            b) Các trường học, Trạm Y tế xã triển khai kế hoạch này.
            """)
        #expect(plan.units == ["Phòng Nội vụ", "Các trường học", "Trạm Y tế xã"] || plan.units == ["Phòng Nội vụ", "Các trường học, Trạm Y tế xã"])
        #expect(plan.deadlines.map(\.date.iso) == ["2024-12-20"])
    }
}

@Suite struct LineEndingTests {
    @Test func crlfAndLfReadAlike() {
        let text =
            """
            Số: 3/KH-UBND\nTam Kỳ, ngày 02 tháng 01 năm 2024\nKẾ HOẠCH\nCông tác dân vận năm 2024\n\nCăn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021\
             của\nThủ tướng Chính phủ;\n
            """
        let lf = PlanReader.read(DocumentText(text))
        let crlf = PlanReader.read(DocumentText(text.replacingOccurrences(of: "\n", with: "\r\n")))
        #expect(lf.text == crlf.text)
        #expect(crlf.legalReferences.first?.issuer == "Thủ tướng Chính phủ")
    }
}

/// A district plan written for these tests in another province's layout (header in columns,
/// "Căn cứ" lines, "Thực hiện …" lead-in, inline and standalone assignment headings).
@Suite struct OtherLayoutTests {
    @Test func districtPlan() throws {
        let plan = try PlanReader.read(fileAt: TestPaths.fixtures.appendingPathComponent("other-layout.txt"))
        #expect(plan.number?.value == "215/KH-UBND")
        #expect(plan.issuer?.value == "Ủy ban nhân dân huyện Núi Thành")
        #expect(plan.date?.value.iso == "2022-03-18")
        #expect(plan.legalReferences.map(\.number) == ["34/2007/PL-UBTVQH11", "1520/KH-UBND", "12-CTr/HU", "120-KL/TW", "30-CT/TW"])
        #expect(plan.legalReferences.last?.issuer == "Bộ Chính trị (khóa VIII)")
        #expect(plan.namedLaws.map(\.value) == ["Luật Tổ chức chính quyền địa phương"])
        #expect(
            plan.units == [
                "Phòng Nội vụ huyện", "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện",
                "UBND các xã, thị trấn", "Ủy ban MTTQ Việt Nam huyện và các hội, đoàn thể"
            ])
        #expect(plan.deadlines.map { "\($0.date.iso) \($0.yearInferred)" } == ["2022-06-30 true", "2022-04-15 false"])
        #expect(
            plan.reports.map { "\($0.period.rawValue) \($0.dueRule.map(\.json.serialized) ?? "-") \($0.to ?? "-")" } == [
                "quarterly {\"day\": 15, \"month_of_quarter\": 3} UBND huyện",
                "annual {\"month\": 11, \"day\": 30} UBND huyện",
                "monthly {\"day_of_month\": 20} Phòng Nội vụ huyện",
                "adhoc - -"
            ])
    }
}
