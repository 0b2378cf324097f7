import Foundation
import Testing

@testable import DanVanCore

/// Layout-independent reading: the paragraphs come out the same whatever the line layout.
@Suite struct ParagraphRebuilderTests {
    func paragraphs(_ text: String) -> [String] {
        let doc = DocumentText(text)
        return doc.paragraphs.map { doc.string($0) }
    }

    /// A body of hard-wrapped lines long enough for the width to be measured.
    static let filler = (1...24).map { _ in "công tác dân vận chính quyền được triển khai đồng bộ, kịp thời và" }.joined(separator: "\n")

    @Test func capitalHeadingBrokenOverTwoLinesIsOneHeading() {
        let text = "III. TỔ CHỨC\nTHỰC HIỆN\n1. Sở Nội vụ: tham mưu.\n"
        #expect(paragraphs(text) == ["III. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ: tham mưu."])
        let plan = try? PlanReader.read(
            text:
                """
                KẾ HOẠCH\nThực hiện công tác dân vận năm 2024\nI. MỤC ĐÍCH\n1. Nâng cao.\nII. TỔ CHỨC\nTHỰC HIỆN\n1. Phòng Nội vụ: tham mưu,\
                 tổng hợp.\n2. Thanh tra huyện: theo dõi.\n
                """
        )
        #expect(plan?.units == ["Phòng Nội vụ", "Thanh tra huyện"])
    }

    @Test func theTitleIsNotJoinedToTheFirstSentenceInWrappedText() throws {
        let text =
            "Số: 389/KH-UBND Hương Trà, ngày 05 tháng 02 năm 2024\nKẾ HOẠCH\n"
            + "Triển khai thực hiện công tác dân vận chính quyền năm 2024\n"
            + "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ\n" + Self.filler + "\n"
        let plan = try PlanReader.read(text: text)
        #expect(plan.title?.value == "Triển khai thực hiện công tác dân vận chính quyền năm 2024")
    }

    @Test func headerCapitalsStayApartBeforeTheTypeLine() {
        let text = "UBND TỈNH QUẢNG BÌNH\nVĂN PHÒNG\nSố: 12/KH-VPUBND\nKẾ HOẠCH\nTHỰC HIỆN CÔNG TÁC DÂN VẬN\nCHÍNH QUYỀN NĂM 2023\nCăn cứ Luật.\n"
        #expect(
            paragraphs(text) == [
                "UBND TỈNH QUẢNG BÌNH", "VĂN PHÒNG", "Số: 12/KH-VPUBND", "KẾ HOẠCH",
                "THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2023", "Căn cứ Luật."
            ])
    }

    @Test func twoColumnHeaderReadsLeftColumnThenRight() throws {
        let text = """
            ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            THỊ XÃ HƯƠNG TRÀ                         Độc lập - Tự do - Hạnh phúc
            Số: 389/KH-UBND                   Hương Trà, ngày 05 tháng 02 năm
                                              2024
                                    KẾ HOẠCH
            Triển khai thực hiện công tác dân vận chính quyền năm 2024
            Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận của cơ quan nhà nước;
            """
        let p = paragraphs(text)
        #expect(Array(p.prefix(3)) == ["ỦY BAN NHÂN DÂN", "THỊ XÃ HƯƠNG TRÀ", "Số: 389/KH-UBND"])
        #expect(p.contains("Hương Trà, ngày 05 tháng 02 năm 2024"))
        let plan = try PlanReader.read(text: text)
        #expect(plan.issuer?.value == "Ủy ban nhân dân thị xã Hương Trà")
        #expect(plan.date?.value.iso == "2024-02-05")
        #expect(plan.title?.value == "Triển khai thực hiện công tác dân vận chính quyền năm 2024")
    }

    /// A header copied from a web page's table: cells on lines of their own, separated by "|",
    /// and the motto broken after its first word in a narrow cell.
    @Test func mottoBrokenInANarrowCellIsNotPartOfTheIssuer() throws {
        let text = """
            ỦY BAN NHÂN DÂN
            TỈNH BẾN TRE
            -------
            |
            CỘNG
            HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            |
            Số: 41/KH-UBND
            |
            Bến Tre, ngày 12 tháng 3 năm 2021
            KẾ HOẠCH
            Công tác dân vận chính quyền năm 2021
            Căn cứ Chương trình phối hợp giai đoạn 2019
            - 2023; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
            """
        let p = paragraphs(text)
        #expect(p.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(p.contains { $0.contains("giai đoạn 2019 - 2023;") })
        let plan = try PlanReader.read(text: text)
        #expect(plan.issuer?.value == "Ủy ban nhân dân tỉnh Bến Tre")
        #expect(plan.number?.value == "41/KH-UBND")
    }

    @Test func pageNumbersAndRunningHeadersAreDropped() {
        var pages: [String] = []
        let words = ["một", "hai", "ba", "bốn"]
        for n in 1...4 {
            var page = n == 1 ? "" : "\u{0C}Kế hoạch dân vận chính quyền năm 2024\n\(n)\n"
            page += "Các cơ quan, đơn vị tổ chức thực hiện nghiêm túc kế hoạch trang \(n) và\n"
            page += "báo cáo kết quả phần \(words[n - 1]) về Phòng Nội vụ.\n"
            pages.append(page)
        }
        let p = paragraphs(pages.joined())
        #expect(p.count == 4, "\(p)")
        #expect(p.allSatisfy { $0.hasPrefix("Các cơ quan") })
        #expect(!p.contains { $0.contains("Kế hoạch dân vận chính quyền năm 2024") })
    }

    @Test func aSentenceBrokenByAPageNumberJoinsUp() {
        let text = "Các cơ quan phối hợp với\n\n- 2 -\n\nỦy ban Mặt trận Tổ quốc tổ chức thực hiện.\n"
        #expect(paragraphs(text) == ["Các cơ quan phối hợp với Ủy ban Mặt trận Tổ quốc tổ chức thực hiện."])
    }

    @Test func codesBrokenAtAHyphenJoinWithoutASpace() {
        let text = Self.filler + "\ntheo Pháp lệnh số 34/2007/PL-\nUBTVQH11 của Ủy ban Thường vụ Quốc hội.\n"
        #expect(paragraphs(text).last?.hasSuffix("số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội.") == true)
        #expect(ParagraphRebuilder.isBrokenCode(Array("Chỉ thị số 33/CT-".unicodeScalars)))
        #expect(!ParagraphRebuilder.isBrokenCode(Array("các tổ chức chính trị -".unicodeScalars)))
    }

    @Test func itemsAndHeaderFieldsOpenParagraphs() {
        for line in [
            "1. Phòng Nội vụ", "II. NHIỆM VỤ", "a) Tuyên truyền", "- Tổ chức", "+ Kiểm tra", "Căn cứ Luật",
            "Số: 12/KH-UBND", "Hương Trà, ngày 05 tháng 02 năm 2024", "Nơi nhận:", "KẾ HOẠCH", "TM. ỦY BAN NHÂN DÂN"
        ] {
            #expect(ParagraphRebuilder.opensParagraph(Array(line.unicodeScalars)), "\(line)")
        }
        for line in ["XII) và trách nhiệm", "2024. Tiếp tục", "10.000 người", "Ủy ban nhân dân tỉnh", "- xã hội tỉnh"] {
            #expect(!ParagraphRebuilder.opensParagraph(Array(line.unicodeScalars)) || line.hasPrefix("-"), "\(line)")
        }
        #expect(ParagraphRebuilder.isDashContinuation(Array("các tổ chức chính trị".unicodeScalars), Array("- xã hội tỉnh".unicodeScalars)))
        #expect(!ParagraphRebuilder.isDashContinuation(Array("nhiệm vụ sau:".unicodeScalars), Array("- Tổ chức".unicodeScalars)))
    }

    @Test func indentedLinesStartParagraphsInLaidOutText() {
        // pdftotext -layout: first lines indented, the rest at the margin, all lines full.
        var lines: [String] = []
        for k in 0..<6 {
            lines.append("      Đoạn \(k): các cơ quan, đơn vị tổ chức thực hiện nghiêm túc kế hoạch này")
            lines.append("và tăng cường công tác dân vận chính quyền ở cơ sở trên địa bàn toàn tỉnh")
            lines.append("Nhà nước, chính quyền các cấp cùng thực hiện các nhiệm vụ được giao xong")
            lines.append("trong năm.")
        }
        let p = paragraphs(lines.joined(separator: "\n"))
        #expect(p.count == 6)
        #expect(p.allSatisfy { $0.hasPrefix("Đoạn") && $0.hasSuffix("trong năm.") })
    }

    @Test func spansMapBackIntoTheSourceText() throws {
        let source =
            """
            KẾ HOẠCH\nThực hiện công tác dân vận năm 2024\n\nCăn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021\ncủa Thủ tướng Chính phủ về công tác\
             dân vận;\n
            """
        let plan = try PlanReader.read(text: source)
        let ref = try #require(plan.legalReferences.first)
        let inText = String(decoding: Array(plan.text.utf8)[ref.span.start..<ref.span.end], as: UTF8.self)
        let mapped = plan.sourceSpan(ref.span)
        let inSource = String(decoding: Array(plan.sourceText.utf8)[mapped.start..<mapped.end], as: UTF8.self)
        #expect(inText.hasPrefix("Chỉ thị số 33/CT-TTg"))
        // The same words; where the paragraph was rebuilt, the source has the line break.
        #expect(inSource.replacingOccurrences(of: "\n", with: " ") == inText)
        #expect(inSource.contains("\n"))
    }

    @Test func sourceMapSurvivesReplacedCharacters() {
        let source = "Ủy\u{A0}ban nhân dân\ttỉnh\nban hành kế hoạch"
        let doc = DocumentText(source)
        #expect(doc.text == "Ủy ban nhân dân tỉnh ban hành kế hoạch")
        let start = doc.text.utf8.count - "kế hoạch".utf8.count
        let span = doc.sourceMap.sourceSpan(TextSpan(start: start, end: doc.text.utf8.count))
        #expect(String(decoding: Array(doc.sourceText.utf8)[span.start..<span.end], as: UTF8.self) == "kế hoạch")
    }
}
