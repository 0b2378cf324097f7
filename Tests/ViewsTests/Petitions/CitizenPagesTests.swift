import Foundation
import Testing

@testable import Views

@Suite struct CitizenPagesTests {
    private let layout = LayoutModel(
        userName: "Phạm Văn Đức", unitName: "Thanh tra thị xã", roleLabel: "Thanh tra",
        navigation: [], csrfToken: "tok", flashes: [])

    /// Every visible input, select and text area has a `<label for>` naming its id.
    private func unlabelledControls(_ html: String) -> [String] {
        let controls = try! NSRegularExpression(pattern: #"<(input|select|textarea)([^>]*)>"#)
        let idPattern = try! NSRegularExpression(pattern: #"id="([^"]+)""#)
        var missing: [String] = []
        for match in controls.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let tag = String(html[Range(match.range, in: html)!])
            guard !tag.contains(#"type="hidden""#) else { continue }
            guard let idMatch = idPattern.firstMatch(in: tag, range: NSRange(tag.startIndex..., in: tag)) else {
                missing.append(tag)
                continue
            }
            let id = String(tag[Range(idMatch.range(at: 1), in: tag)!])
            if !html.contains(#"<label for="\#(id)">"#) { missing.append(id) }
        }
        return missing
    }

    @Test func everyControlOnThePetitionPageHasALabel() {
        var model = PetitionShowPage.Model()
        model.code = "DV-23456-789AB"
        model.petitionID = 42
        model.subject = "<b>Đường</b>"
        model.canClassify = true
        model.canAccept = true
        model.canDecide = true
        model.canStart = true
        model.canExtend = true
        model.canResolve = true
        model.canClose = true
        model.canGrantIdentity = true
        model.classification.kinds = [("khieu_nai", "Khiếu nại"), ("to_cao", "Tố cáo")]
        model.classification.flags = [("dong_nguoi", "Đông người")]
        model.layout = layout
        let html = PetitionShowPage(model: model).render()
        #expect(unlabelledControls(html).isEmpty, "\(unlabelledControls(html))")
        #expect(html.contains("&lt;b&gt;Đường&lt;/b&gt;"))
        // Every step posts to its own typed address (SiteURL.petitionAction).
        for step in PetitionAction.allCases { #expect(html.contains(#"action="/don-thu/42/\#(step.rawValue)""#)) }
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
        row.code = "dat_dai"
        row.label = "Đất \"đai\""
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

/// Issue 18, item 10: who runs the citizens' pages, what is required, what a refused send keeps, the schedule on a phone.
@Suite struct CitizenPagesRunByTests {
    private let runBy = PublicOperator(name: "UBND thị xã Hương Trà", contact: "Bộ phận tiếp công dân, 0234 3557 777")

    @Test func everyPublicPageSaysWhoRunsItAndCarriesNoScript() {
        var form = PublicPetitionPage.Model()
        form.operatorInfo = runBy
        var tracking = PublicTrackingPage.Model()
        tracking.operatorInfo = runBy
        var schedule = PublicSchedulePage.Model()
        schedule.operatorInfo = runBy
        for html in [
            PublicPetitionPage(model: form).render(), PublicTrackingPage(model: tracking).render(), PublicSchedulePage(model: schedule).render()
        ] {
            #expect(html.contains("Trang do <strong>UBND thị xã Hương Trà</strong> quản lý."))
            #expect(html.contains("Liên hệ: Bộ phận tiếp công dân, 0234 3557 777"))
            #expect(!html.contains("<script"))
        }
        var plain = PublicTrackingPage.Model()
        plain.operatorInfo = PublicOperator(name: "<UBND>", contact: nil)
        let html = PublicTrackingPage(model: plain).render()
        #expect(html.contains("&lt;UBND&gt;") && !html.contains("Liên hệ:"))
    }

    @Test func requiredFieldsAreMarkedAndExplained() {
        let html = PublicPetitionPage(model: PublicPetitionPage.Model()).render()
        #expect(html.contains("Ô có dấu * là bắt buộc phải điền."))
        #expect(html.contains(#"<label for="f-citizen_name">Họ và tên *</label>"#))
        #expect(html.contains(#"name="citizen_name" value required="required""#))
        #expect(html.contains(#"<label for="f-citizen_phone">Số điện thoại</label>"#))
        #expect(html.contains("10 chữ số, bắt đầu bằng số 0") && html.contains("12 chữ số"))
        // The staff intake form may take an anonymous petition: there the name stays optional.
        #expect(PetitionNewPage(model: PetitionNewPage.Model()).render().contains(#"<label for="f-citizen_name">Họ và tên</label>"#))
    }

    @Test func aRefusedSendKeepsWhatWasTypedAndLinksBackToTheForm() {
        var model = PublicPetitionPage.Model()
        model.action = "/cong-dan/gui-don"
        model.refusal = "Đơn chưa được gửi vì gửi quá nhanh."
        model.values.subject = "Đèn đường tổ 5"
        model.values.content = "Hỏng hai tháng"
        model.values.citizenPhone = "0905 111 222"
        let html = PublicPetitionPage(model: model).render()
        #expect(html.contains("Đơn chưa được gửi vì gửi quá nhanh."))
        #expect(html.contains(#"<a href="/cong-dan/gui-don">Mở lại biểu mẫu trống</a>"#))
        #expect(html.contains(#"value="Đèn đường tổ 5""#) && html.contains(">Hỏng hai tháng</textarea>") && html.contains(#"value="0905 111 222""#))
        #expect(!html.contains("422") && !html.contains("/dang-nhap"))
    }

    @Test func theTrackingPageSaysWhoHandlesItAndByWhen() {
        var model = PublicTrackingPage.Model()
        var result = PublicTrackingPage.Result()
        result.code = "DV-23456-789AB"
        result.handler = "Phòng Tài nguyên và Môi trường"
        result.answerDue = "04/12/2026"
        model.result = result
        let html = PublicTrackingPage(model: model).render()
        #expect(html.contains("<dt>Cơ quan xử lý</dt><dd>Phòng Tài nguyên và Môi trường</dd>"))
        #expect(html.contains("<dt>Hạn trả lời</dt><dd>04/12/2026</dd>"))
        model.result?.answerDue = nil
        #expect(!PublicTrackingPage(model: model).render().contains("Hạn trả lời"))
    }

    @Test func theScheduleFitsAPhoneAsOneCardPerRow() {
        var model = PublicSchedulePage.Model()
        var row = PublicSchedulePage.Row()
        row.unit = "UBND phường Tứ Hạ"
        row.place = "Trụ sở UBND"
        model.rows = [row]
        let html = PublicSchedulePage(model: model).render()
        #expect(html.contains(#"<table class="stacked">"#))
        #expect(html.contains(#"<td data-label="Cơ quan">UBND phường Tứ Hạ</td>"#))
        #expect(html.contains(#"<td data-label="Địa điểm">Trụ sở UBND</td>"#))
        #expect(Stylesheet.css.contains("table.stacked td::before { content:attr(data-label)"))
        #expect(Stylesheet.css.contains("input[type=tel]"))
    }
}
