import Plot

/// The fields a petition is taken in with, shared by the staff intake form and the public form.
public struct PetitionFormValues: Sendable {
    public var subject = "", content = "", citizenName = "", citizenAddress = "", citizenPhone = "", citizenIDNumber = ""
    public var receivedOn = "", channel = "", unit = "", peopleCount = "1"
    public var kinds: Set<String> = []
    public var errors: [String: String] = [:]
    public init() {}

    /// The sender's fields; the name is required unless the form lets staff mark the petition anonymous.
    func citizenFields(nameRequired: Bool = false) -> [Node<HTML.BodyContext>] {
        [
            Form.field(
                L10n.Petitions.hoVaTen, name: "citizen_name", value: citizenName, required: nameRequired, error: errors["citizen_name"],
                autocomplete: "name"),
            Form.field(
                L10n.Petitions.diaChi, name: "citizen_address", value: citizenAddress, error: errors["citizen_address"],
                autocomplete: "street-address"),
            Form.field(
                L10n.Petitions.soDienThoai, name: "citizen_phone", value: citizenPhone, type: "tel",
                hint: L10n.Petitions.n10ChuSoBatDauBang,
                error: errors["citizen_phone"], autocomplete: "tel", attributes: [("inputmode", "tel")]),
            Form.field(
                L10n.Petitions.soDinhDanhCaNhanCccd, name: "citizen_id_number", value: citizenIDNumber,
                hint: L10n.Petitions.canCuocCongDan12Chu,
                error: errors["citizen_id_number"], attributes: [("inputmode", "numeric")])
        ]
    }

    var contentFields: [Node<HTML.BodyContext>] {
        [
            Form.field(L10n.Petitions.tomTatNoiDung, name: "subject", value: subject, required: true, error: errors["subject"]),
            Form.textarea(L10n.Petitions.noiDungChiTiet, name: "content", value: content, required: true, error: errors["content"], rows: 8)
        ]
    }
}

/// Tiếp nhận đơn — staff enter a petition received at a reception, by post or by hotline.
public struct PetitionNewPage: HTMLPage {
    public struct Model: PageModel {
        public var values = PetitionFormValues()
        public var channels: [(value: String, label: String)] = []
        public var kinds: [(value: String, label: String)] = []
        public var units: [(value: String, label: String)] = []
        public var action = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Petitions.tiepNhanDon }

    public var content: [Node<HTML.BodyContext>] {
        let v = model.values
        return [
            Form.errorSummary(v.errors),
            Form.post(
                action: model.action, csrf: model.layout.csrfToken,
                [
                    Form.select(L10n.Petitions.nguonDon, name: "channel", options: model.channels, selected: v.channel, required: true),
                    Form.field(
                        L10n.Petitions.ngayNhanDdMmYyyy, name: "received_on", value: v.receivedOn, required: true, error: v.errors["received_on"]),
                    Form.select(L10n.Petitions.coQuanNhanDon, name: "unit_id", options: model.units, selected: v.unit, required: true),
                    Form.checkboxGroup(
                        L10n.Petitions.loaiDon, name: "kinds[]", options: model.kinds, checked: v.kinds, error: v.errors["kinds"]),
                    Form.field(
                        L10n.Petitions.soNguoiCungDungDon, name: "people_count", value: v.peopleCount, type: "number", error: v.errors["people_count"]
                    ),
                    .el(
                        "fieldset",
                        [.el("legend", .text(L10n.Petitions.nguoiGuiDonThongTinCa))] + v.citizenFields()
                            + [Form.checkbox(L10n.Petitions.donNacDanh, name: "anonymous", value: "true", checked: false)])
                ] + v.contentFields + [Form.submit(L10n.Petitions.luuDon)])
        ]
    }
}
