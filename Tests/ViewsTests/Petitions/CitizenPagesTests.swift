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

    @Test func theNewCitizenFormsLabelEveryControlAndEscapeWhatWasTyped() {
        var dialogue = DialogueNewPage.Model()
        dialogue.units = [("1", "Thị xã Hương Trà")]
        dialogue.values.outcome = "<script>x</script>"
        dialogue.values.participants = "\"><b>"
        dialogue.layout = layout
        let dialogueHTML = DialogueNewPage(model: dialogue).render()
        #expect(unlabelledControls(dialogueHTML).isEmpty, "\(unlabelledControls(dialogueHTML))")
        #expect(!dialogueHTML.contains("<script>x") && !dialogueHTML.contains("\"><b>"))

        var profile = DeadlineProfileEditPage.Model()
        profile.countings = [("ngay", "Ngày (lịch)")]
        profile.accept.confirmed = false
        profile.resolve.confirmed = true
        profile.layout = layout
        let profileHTML = DeadlineProfileEditPage(model: profile).render()
        #expect(unlabelledControls(profileHTML).isEmpty, "\(unlabelledControls(profileHTML))")
        #expect(profileHTML.components(separatedBy: "CHƯA ĐỐI CHIẾU").count == 2)

        var fields = PetitionFieldIndexPage.Model()
        var row = PetitionFieldIndexPage.Row()
        row.code = "dat_dai"; row.label = "Đất \"đai\""
        fields.rows = [row]
        fields.canEdit = true
        fields.layout = layout
        let fieldsHTML = PetitionFieldIndexPage(model: fields).render()
        #expect(unlabelledControls(fieldsHTML).isEmpty, "\(unlabelledControls(fieldsHTML))")
        #expect(fieldsHTML.contains("Đất &quot;đai&quot;"))

        var page = PetitionShowPage.Model()
        page.attachmentUploadURL = "/don-thu/1/tep-dinh-kem"
        page.attachments = []
        page.layout = layout
        let showHTML = PetitionShowPage(model: page).render()
        #expect(unlabelledControls(showHTML).isEmpty, "\(unlabelledControls(showHTML))")
        #expect(showHTML.contains(#"enctype="multipart/form-data""#))
    }
}
