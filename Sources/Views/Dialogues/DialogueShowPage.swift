import Plot

/// Một buổi đối thoại — its facts, participants (when allowed), outcome and follow-up.
public struct DialogueShowPage: HTMLPage {
    public struct Model: PageModel {
        public var date = "", unit = "", chairedBy = "", peopleCount = "", subject = "", outcome = "", followUp = "", recordedBy = ""
        /// Nil when this user may not see the participants' names.
        public var participants: String?
        public var petition: (code: String, url: String, subject: String)?
        public var listURL = ""
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Dialogues.doiThoaiNgay + model.date }
    public var heading: String { L10n.Dialogues.doiThoaiNgay + model.date + ": " + model.subject }

    public var content: [Node<HTML.BodyContext>] {
        [
            Tables.facts([
                (L10n.Dialogues.coQuan, model.unit), (L10n.Dialogues.ngay, model.date), (L10n.Dialogues.nguoiChuTri, model.chairedBy),
                (L10n.Dialogues.soCongDanThamDu, model.peopleCount), (L10n.Dialogues.nguoiGhiNhan, model.recordedBy)
            ]),
            .section(
                .h2(.text(L10n.Dialogues.thanhPhanThamDu)),
                .unwrap(
                    model.participants, { .p(.class("prose"), .text($0)) },
                    else: .p(.class("notice"), .text(L10n.Dialogues.thongTinCaNhanCuaCong)))),
            .section(
                .h2(.text(L10n.Dialogues.donLienQuan)),
                .unwrap(
                    model.petition, { .p(.link($0.code, $0.url), .text(": " + $0.subject)) },
                    else: .p(.class("empty"), .text(L10n.Dialogues.khongGanVoiDonNao)))),
            .section(.h2(.text(L10n.Dialogues.ketQuaDoiThoai)), .p(.class("prose"), .text(model.outcome))),
            .section(
                .h2(.text(L10n.Dialogues.viecTiepTheo)),
                .if(model.followUp.isEmpty, .p(.class("empty"), .text(L10n.Dialogues.khongGhi))),
                .if(!model.followUp.isEmpty, .p(.class("prose"), .text(model.followUp)))),
            .p(.class("no-print"), .link(L10n.Dialogues.danhSachDoiThoai, model.listURL))
        ]
    }
}
