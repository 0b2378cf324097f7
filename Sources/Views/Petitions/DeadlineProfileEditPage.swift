import Plot

/// Sửa bộ thời hạn — a new version of one kind and instance's time limits; values not yet checked against the law are marked.
public struct DeadlineProfileEditPage: HTMLPage {
    /// One step's values as shown in the form.
    public struct Step: Sendable {
        public var days = "", complexDays = "", remoteDays = "", remoteComplexDays = "", counting = "", citation = ""
        public var confirmed = false
        public init() {}
    }

    public struct Model: PageModel {
        public var title = "", code = ""
        public var accept = Step(), resolve = Step()
        public var acceptLabel = L10n.Petitions.thuLy
        public var extensionMaxCount = "", extensionDays = "", extensionCitation = "", note = ""
        public var countings: [(value: String, label: String)] = []
        public var errors: [String: String] = [:]
        public var action = "", backURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    private func step(_ legend: String, _ prefix: String, _ s: Step) -> Node<HTML.BodyContext> {
        let e = model.errors
        return .el(
            "fieldset",
            [
                .el("legend", .text(legend)),
                .if(!s.confirmed, .p(.strong(.class("unconfirmed"), .text(L10n.Petitions.chuaDoiChieuGiaTriMac)))),
                Form.field(L10n.Petitions.soNgay, name: prefix + "_days", value: s.days, type: "number", required: true, error: e[prefix + "_days"]),
                Form.field(
                    L10n.Petitions.vuViecPhucTap, name: prefix + "_complex_days", value: s.complexDays, type: "number", required: true,
                    error: e[prefix + "_complex_days"]),
                Form.field(
                    L10n.Petitions.vungSauVungXa, name: prefix + "_remote_days", value: s.remoteDays, type: "number", required: true,
                    error: e[prefix + "_remote_days"]),
                Form.field(
                    L10n.Petitions.vungSauVungXaVaPhuc, name: prefix + "_remote_complex_days", value: s.remoteComplexDays, type: "number",
                    required: true,
                    error: e[prefix + "_remote_complex_days"]),
                Form.select(L10n.Petitions.cachTinh, name: prefix + "_counting", options: model.countings, selected: s.counting, required: true),
                Form.field(
                    L10n.Petitions.canCuVanBanDieu, name: prefix + "_citation", value: s.citation, required: true, error: e[prefix + "_citation"]),
                Form.checkbox(L10n.Petitions.daDoiChieuVoiVanBan, name: prefix + "_confirmed", value: "true", checked: s.confirmed)
            ])
    }

    public var title: String { L10n.Petitions.suaBoThoiHan }
    public var heading: String { L10n.Petitions.suaBoThoiHanLabel + model.title }

    public var content: [Node<HTML.BodyContext>] {
        let e = model.errors
        return [
            .p(
                .text(L10n.Petitions.dangDungPhienBan), .code(.text(model.code)),
                .text(L10n.Petitions.luuSeTaoPhienBanMoi)),
            Form.errorSummary(e),
            Form.post(
                action: model.action, csrf: model.layout.csrfToken,
                [
                    step(model.acceptLabel + L10n.Petitions.tinhTuNgayNhanDon, "accept", model.accept),
                    step(L10n.Petitions.giaiQuyetTinhTuNgayThu, "resolve", model.resolve),
                    .el(
                        "fieldset",
                        [
                            .el("legend", .text(L10n.Petitions.giaHanGiaiQuyetTheoQuyet)),
                            Form.field(
                                L10n.Petitions.soLanDuocGiaHan0, name: "extension_max_count", value: model.extensionMaxCount, type: "number",
                                error: e["extension_max_count"]),
                            Form.field(
                                L10n.Petitions.soNgayMoiLan, name: "extension_days", value: model.extensionDays, type: "number",
                                error: e["extension_days"]),
                            Form.field(
                                L10n.Petitions.canCuGiaHan, name: "extension_citation", value: model.extensionCitation, error: e["extension_citation"]
                            )
                        ]),
                    Form.textarea(
                        L10n.Petitions.lyDoSuaDoiVanBan, name: "note", value: model.note, required: true, error: e["note"], rows: 3),
                    Form.submit(L10n.Petitions.luuPhienBanMoi)
                ]),
            .p(.class("no-print"), .link(L10n.Petitions.boThoiHan, model.backURL))
        ]
    }
}
