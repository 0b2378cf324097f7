import Testing

@testable import DanVanCore

@Suite struct VietnameseTextTests {
    @Test func foldRemovesDiacriticsAndD() {
        #expect(VietnameseText.fold("Thừa Thiên Huế") == "thua thien hue")
        #expect(VietnameseText.fold("Đông Hà đặc khu") == "dong ha dac khu")
        #expect(VietnameseText.fold("DÂN VẬN KHÉO") == "dan van kheo")
    }

    @Test func foldTreatsDecomposedInputLikeComposed() {
        let decomposed = "Hue\u{0302}\u{0301}"  // e + circumflex + acute
        #expect(VietnameseText.fold(decomposed) == "hue")
        #expect(VietnameseText.nfc(decomposed) == "Huế")
    }

    @Test func searchKeyCollapsesWhiteSpace() {
        #expect(VietnameseText.searchKey("  Dân   vận\tchính quyền ") == "dan van chinh quyen")
    }

    @Test func collationFollowsVietnameseAlphabet() {
        let sorted = VietnameseCollation.sorted(["Đông Hà", "Duy Xuyên", "Ân Thi", "An Lão", "Bảo Lộc", "Ba Vì", "Ấp Bắc"])
        #expect(sorted == ["An Lão", "Ân Thi", "Ấp Bắc", "Ba Vì", "Bảo Lộc", "Duy Xuyên", "Đông Hà"])
    }

    @Test func collationBreaksTiesByTone() {
        #expect(VietnameseCollation.sorted(["má", "mà", "ma", "mạ", "mả", "mã"]) == ["ma", "mà", "mả", "mã", "má", "mạ"])
    }

    @Test func excerptCutsAfterAWholeWordAndNeverInsideALetter() {
        let text = "Tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân"
        #expect(VietnameseText.excerpt(text, maxCharacters: 200) == text)
        #expect(VietnameseText.excerpt(text, maxCharacters: 20) == "Tổ chức hội nghị…")
        #expect(VietnameseText.excerpt(text, maxCharacters: 55) == "Tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy…")
        // Decomposed tone marks stay with their letter: "ệ" of four scalars is one character.
        let decomposed = "Vie\u{0323}\u{0302}t"
        #expect(VietnameseText.excerpt(decomposed + " Nam", maxCharacters: 5) == decomposed + "…")
        #expect(VietnameseText.excerpt("Khôngcókhoảngtrắng", maxCharacters: 5) == "Không…")
    }
}
