import Testing

@testable import Views

/// Issue 13, item 3: what was read from a scan through OCR is marked on the review page for a person to check.
@Suite struct PlanReviewPageTests {
    private func page(recognisedFromImages: Bool) -> String {
        let layout = LayoutModel(
            userName: "Trần Văn Minh", unitName: "Thị xã Hương Trà", roleLabel: "Chuyên viên Nội vụ",
            navigation: [], csrfToken: "tok", flashes: [])
        let row = PlanReviewPage.Row(include: true, fields: [("Đơn vị", "written", "Phòng Nội vụ", false)], hint: nil, snippet: nil)
        var model = PlanReviewPage.Model()
        model.action = "/ke-hoach/tao"
        model.fileName = "ban-quet.pdf"
        model.status = "ban_hanh"
        model.hidden = recognisedFromImages ? [("recognisedFromImages", "1")] : []
        model.recognisedFromImages = recognisedFromImages
        model.groups = [.init(title: "Tổ chức thực hiện", prefix: "duties", rows: [row])]
        model.layout = layout
        return PlanReviewPage(model: model).render()
    }

    @Test func aScanIsAnnouncedAndEachGroupMarked() {
        let scanned = page(recognisedFromImages: true)
        #expect(scanned.contains("chữ được nhận dạng từ ảnh (OCR)"))
        #expect(scanned.contains("Tổ chức thực hiện (1)<span class=\"ocr-mark\"> — nhận dạng từ ảnh quét, cần đối chiếu</span>"))
        // Posted back with the form, so a page shown again after an error still says so.
        #expect(scanned.contains(#"name="recognisedFromImages" value="1""#))
        let typed = page(recognisedFromImages: false)
        #expect(!typed.contains("OCR") && !typed.contains("ocr-mark"))
    }
}
