import Foundation
import Testing
@testable import Views

@Suite struct CitizenPagesTests {
    private let layout = LayoutModel(userName: "Phạm Văn Đức", unitName: "Thanh tra thị xã", roleLabel: "Thanh tra",
                                     navigation: [], csrfToken: "tok", flashes: [])

    /// Every visible input, select and text area has a `<label for>` naming its id.
    private func unlabelledControls(_ html: String) -> [String] {
        let controls = try! NSRegularExpression(pattern: #"<(input|select|textarea)([^>]*)>"#)
        let idPattern = try! NSRegularExpression(pattern: #"id="([^"]+)""#)
        var missing: [String] = []
        for match in controls.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let tag = String(html[Range(match.range, in: html)!])
            guard !tag.contains(#"type="hidden""#) else { continue }
            guard let idMatch = idPattern.firstMatch(in: tag, range: NSRange(tag.startIndex..., in: tag)) else { missing.append(tag); continue }
            let id = String(tag[Range(idMatch.range(at: 1), in: tag)!])
            if !html.contains(#"<label for="\#(id)">"#) { missing.append(id) }
        }
        return missing
    }

    @Test func everyControlOnThePetitionPageHasALabel() {
        var model = PetitionShowPage.Model()
        model.code = "DV-23456-789AB"
        model.subject = "<b>Đường</b>"
        model.canClassify = true; model.canAccept = true; model.canDecide = true; model.canStart = true
        model.canExtend = true; model.canResolve = true; model.canClose = true; model.canGrantIdentity = true
        model.classification.kinds = [("khieu_nai", "Khiếu nại"), ("to_cao", "Tố cáo")]
        model.classification.flags = [("dong_nguoi", "Đông người")]
        model.layout = layout
        let html = PetitionShowPage(model: model).render()
        #expect(unlabelledControls(html).isEmpty, "\(unlabelledControls(html))")
        #expect(html.contains("&lt;b&gt;Đường&lt;/b&gt;"))
        #expect(html.contains(#"action="/cho-xem-danh-tinh""#))
    }

    @Test func thePublicFormHasLabelsAndATrapForRobots() {
        var model = PublicPetitionPage.Model()
        model.units = [("1", "Thị xã Hương Trà")]
        model.layout = .anonymous(csrfToken: "tok")
        let html = PublicPetitionPage(model: model).render()
        #expect(unlabelledControls(html).isEmpty, "\(unlabelledControls(html))")
        #expect(html.contains(#"name="website""#))
        #expect(!html.contains("<script"))
    }

    @Test func theTrackingPageShowsTheAnswerButNoCitizen() {
        var model = PublicTrackingPage.Model()
        var result = PublicTrackingPage.Result()
        result.code = "DV-23456-789AB"
        result.status = "Đơn đã được giải quyết."
        result.answer = "<script>x</script>"
        model.result = result
        model.layout = .anonymous()
        let html = PublicTrackingPage(model: model).render()
        #expect(html.contains("Đơn đã được giải quyết."))
        #expect(html.contains("&lt;script&gt;x&lt;/script&gt;"))
        #expect(unlabelledControls(html).isEmpty)
    }
}
