import Plot

/// Ghi nhận đối thoại — the form for one dialogue: unit, date, chair, participants, subject, related petition, outcome, follow-up.
public struct DialogueNewPage: HTMLPage {
    public struct Values: Sendable {
        public var unit = "", heldOn = "", chairedBy = "", participants = "", peopleCount = "1", subject = "", petitionCode = ""
        public var outcome = "", followUp = ""
        public var errors: [String: String] = [:]
        public init() {}
    }

    public struct Model: PageModel {
        public var values = Values()
        public var units: [(value: String, label: String)] = []
        public var action = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Dialogues.ghiNhanDoiThoai }
    public var heading: String { L10n.Dialogues.ghiNhanBuoiDoiThoai }

    public var content: [Node<HTML.BodyContext>] {
        let v = model.values
        return [
            Form.errorSummary(v.errors),
            Form.post(
                action: model.action, csrf: model.layout.csrfToken,
                [
                    Form.select(L10n.Dialogues.coQuanToChucDoiThoai, name: "unit_id", options: model.units, selected: v.unit, required: true),
                    Form.field(L10n.Dialogues.ngayDoiThoaiDdMmYyyy, name: "held_on", value: v.heldOn, required: true, error: v.errors["held_on"]),
                    Form.field(L10n.Dialogues.nguoiChuTri, name: "chaired_by", value: v.chairedBy, required: true, error: v.errors["chaired_by"]),
                    Form.textarea(
                        L10n.Dialogues.thanhPhanThamDuCongDan, name: "participants", value: v.participants,
                        required: true, error: v.errors["participants"], rows: 3),
                    Form.field(
                        L10n.Dialogues.soCongDanThamDu, name: "people_count", value: v.peopleCount, type: "number", error: v.errors["people_count"]),
                    Form.field(L10n.Dialogues.noiDungDoiThoai, name: "subject", value: v.subject, required: true, error: v.errors["subject"]),
                    Form.field(
                        L10n.Dialogues.maDonLienQuanNeuCo, name: "petition_code", value: v.petitionCode, hint: L10n.Dialogues.viDuDv23456789ab,
                        error: v.errors["petition_code"]),
                    Form.textarea(
                        L10n.Dialogues.ketQuaDoiThoai, name: "outcome", value: v.outcome, required: true, error: v.errors["outcome"], rows: 4),
                    Form.textarea(
                        L10n.Dialogues.viecTiepTheoNguoiThucHien, name: "follow_up", value: v.followUp,
                        error: v.errors["follow_up"], rows: 3),
                    Form.submit(L10n.Dialogues.luuBuoiDoiThoai)
                ])
        ]
    }
}
