import Plot

/// Một đơn — facts, time limits with the law they come from, the citizen (when allowed), history, duplicates, and the next steps.
public struct PetitionShowPage: HTMLPage {
    public struct Deadline: Sendable {
        public var step = "", due = "", state = "", rule = ""
        public var isOverdue = false
        public init() {}
    }

    public struct Event: Sendable {
        public var date = "", status = "", note = "", by = ""
        public init() {}
    }

    public struct Attachment: Sendable {
        public var name = "", url = "", size = "", description = "", by = "", at = ""
        public init() {}
    }

    public struct Duplicate: Sendable {
        public var code = "", url = "", subject = "", reason = ""
        public init() {}
    }

    /// The choices the classification form offers, and what is selected now.
    public struct Classification: Sendable {
        public var kinds: [(value: String, label: String)] = []
        public var selectedKinds: Set<String> = []
        public var instances: [(value: String, label: String)] = []
        public var instance = ""
        public var fields: [(value: String, label: String)] = []
        public var field = ""
        public var inCompetence = ""
        public var flags: [(value: String, label: String)] = []
        public var selectedFlags: Set<String> = []
        public var unitChoice = ""
        public init() {}
    }

    public struct Model: PageModel {
        public var code = "", subject = "", content = "", receivedOn = "", channel = "", kinds = "", instance = "", field = ""
        public var competence = "", flags = "", status = "", statusReason = "", unitName = "", profileID = ""
        public var deadlines: [Deadline] = []
        public var resolution: String?
        public var resolutionPublic = false
        /// The citizen's name, address, phone, ID; nil when this user may not see them.
        public var personal: [(String, String)]?
        public var personalHiddenReason = ""
        public var events: [Event] = []
        /// Files attached to the case; nil when this user may not open them (personal data).
        public var attachments: [Attachment]?
        /// Where to post a new file; nil when this user may not add one.
        public var attachmentUploadURL: String?
        public var attachmentLimit = ""
        public var duplicates: [Duplicate] = []
        public var petitionID = 0
        public var today = ""
        public var canClassify = false, canAccept = false, canDecide = false, canStart = false, canExtend = false
        public var canResolve = false, canClose = false, canGrantIdentity = false
        public var classification = Classification()
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Petitions.don + model.code }
    public var heading: String { L10n.Petitions.don + model.code + ": " + model.subject }

    public var content: [Node<HTML.BodyContext>] {
        [
            Tables.facts([
                (L10n.Petitions.trangThai, model.status + (model.statusReason.isEmpty ? "" : " — " + model.statusReason)),
                (L10n.Petitions.ngayNhan, model.receivedOn), (L10n.Petitions.nguonDon, model.channel), (L10n.Petitions.loaiDon, model.kinds),
                (L10n.Petitions.lanGiaiQuyet, model.instance),
                (L10n.Petitions.linhVuc, model.field), (L10n.Petitions.thamQuyen, model.competence),
                (L10n.Petitions.danhDau, model.flags.isEmpty ? "—" : model.flags),
                (L10n.Petitions.donViGiaiQuyet, model.unitName), (L10n.Petitions.boThoiHanApDung, model.profileID)
            ]),
            .section(
                .h2(.text(L10n.Petitions.thoiHan)),
                .if(model.deadlines.isEmpty, .p(.class("empty"), .text(L10n.Petitions.khongConThoiHanNaoDang))),
                .if(
                    !model.deadlines.isEmpty,
                    Tables.table(
                        [L10n.Petitions.buoc, L10n.Petitions.han, L10n.Petitions.tinhTrang, L10n.Petitions.canCu],
                        model.deadlines.map { row in
                            [
                                .text(row.step), .text(row.due), .span(.class(row.isOverdue ? "overdue" : ""), .text(row.state)),
                                .small(.text(row.rule))
                            ]
                        }))),
            .section(
                .h2(.text(L10n.Petitions.nguoiGuiDon)),
                .unwrap(model.personal, { Tables.facts($0) }, else: .p(.class("notice"), .text(model.personalHiddenReason)))),
            .section(.h2(.text(L10n.Petitions.noiDungDon)), .p(.class("prose"), .text(model.content))),
            attachmentsSection,
            .unwrap(model.resolution) { text in
                .section(
                    .h2(.text(L10n.Petitions.ketQuaGiaiQuyet)), .p(.class("prose"), .text(text)),
                    .p(.class("muted"), .text(model.resolutionPublic ? L10n.Petitions.daCongKhaiTrenTrangTra : L10n.Petitions.khongCongKhai)))
            },
            .if(
                !model.duplicates.isEmpty,
                .section(
                    .h2(.text(L10n.Petitions.coTheTrungVoi)),
                    Tables.table(
                        [L10n.Petitions.ma, L10n.Petitions.noiDung, L10n.Petitions.lyDo],
                        model.duplicates.map { [.link($0.code, $0.url), .text($0.subject), .text($0.reason)] }))),
            .section(
                .h2(.text(L10n.Petitions.dienBienXuLy)),
                Tables.table(
                    [L10n.Petitions.ngay, L10n.Petitions.trangThai, L10n.Petitions.ghiChu, L10n.Petitions.nguoiThucHien],
                    model.events.map {
                        [.text($0.date), .text($0.status), .text($0.note), .text($0.by)]
                    })),
            handling
        ]
    }

    private var attachmentsSection: Node<HTML.BodyContext> {
        .section(
            .h2(.text(L10n.Petitions.tepDinhKem)),
            .unwrap(
                model.attachments,
                { rows in
                    rows.isEmpty
                        ? .p(.class("empty"), .text(L10n.Petitions.chuaCoTepDinhKem))
                        : Tables.table(
                            [L10n.Petitions.tep, L10n.Petitions.moTa, L10n.Petitions.dungLuong, L10n.Petitions.nguoiTaiLen, L10n.Petitions.luc],
                            rows.map { row in
                                [.link(row.name, row.url), .text(row.description), .text(row.size), .text(row.by), .text(row.at)]
                            })
                }, else: .p(.class("notice"), .text(L10n.Petitions.tepDinhKemChuaThongTin))),
            .unwrap(model.attachmentUploadURL) { url in
                Form.post(
                    action: url, csrf: model.layout.csrfToken,
                    [
                        .h3(.text(L10n.Petitions.dinhKemTepBanQuetDon)),
                        Form.field(L10n.Petitions.tep, name: "file", type: "file", required: true, hint: model.attachmentLimit),
                        Form.field(L10n.Petitions.moTa, name: "description"),
                        Form.submit(L10n.Petitions.taiLen)
                    ], extra: [.attr("enctype", "multipart/form-data"), .class("card no-print")])
            })
    }

    private var handling: Node<HTML.BodyContext> {
        let csrf = model.layout.csrfToken
        func action(_ step: PetitionAction) -> String { SiteURL.petitionAction(.value(model.petitionID), step).path }
        let c = model.classification
        return .section(
            .class("actions no-print"), .h2(.text(L10n.Petitions.xuLyDon)),
            .div(
                .class("action-grid"),
                .if(
                    model.canClassify,
                    Form.post(
                        action: action(.classify), csrf: csrf,
                        [
                            .h3(.text(L10n.Petitions.phanLoaiGiaoDonVi)),
                            Form.checkboxGroup(L10n.Petitions.loaiDon, name: "kinds[]", options: c.kinds, checked: c.selectedKinds),
                            Form.select(L10n.Petitions.lanGiaiQuyetKhieuNai, name: "instance", options: c.instances, selected: c.instance),
                            Form.select(L10n.Petitions.linhVuc, name: "field", options: c.fields, selected: c.field, required: true),
                            Form.select(
                                L10n.Petitions.thamQuyen, name: "competence",
                                options: [("true", L10n.Petitions.thuocThamQuyen), ("false", L10n.Petitions.khongThuocThamQuyen)],
                                selected: c.inCompetence, required: true),
                            Form.checkboxGroup(L10n.Petitions.danhDau, name: "flags[]", options: c.flags, checked: c.selectedFlags),
                            Form.unitField(L10n.Petitions.donViGiaiQuyet, name: "unit", value: c.unitChoice, required: true),
                            Form.submit(L10n.Petitions.luuPhanLoai)
                        ], extra: [.class("card")])),
                .if(
                    model.canAccept,
                    Form.post(
                        action: action(.accept), csrf: csrf,
                        [
                            .h3(.text(L10n.Petitions.thuLy)),
                            Form.field(L10n.Petitions.ngayThuLyDdMmYyyy, name: "date", value: model.today, required: true),
                            Form.submit(L10n.Petitions.thuLy)
                        ], extra: [.class("card")])),
                .if(
                    model.canDecide,
                    Form.post(
                        action: action(.decide), csrf: csrf,
                        [
                            .h3(.text(L10n.Petitions.chuyenTraLaiHoacLuuDon)),
                            Form.select(
                                L10n.Petitions.ketQua, name: "outcome",
                                options: [
                                    ("chuyen_don", L10n.Petitions.chuyenDon), ("tra_lai", L10n.Petitions.traLaiDon),
                                    ("luu_don", L10n.Petitions.luuDon)
                                ],
                                selected: nil, required: true),
                            Form.textarea(L10n.Petitions.lyDo, name: "reason", required: true, rows: 3),
                            Form.submit(L10n.Petitions.ghiNhan)
                        ], extra: [.class("card")])),
                .if(
                    model.canStart,
                    Form.post(
                        action: action(.start), csrf: csrf,
                        [
                            .h3(.text(L10n.Petitions.batDauGiaiQuyet)), Form.submit(L10n.Petitions.batDauGiaiQuyet)
                        ], extra: [.class("card")])),
                .if(
                    model.canExtend,
                    Form.post(
                        action: action(.extend), csrf: csrf,
                        [
                            .h3(.text(L10n.Petitions.giaHanGiaiQuyetToCao)),
                            Form.field(L10n.Petitions.soQuyetDinhGiaHan, name: "decision", required: true),
                            Form.field(L10n.Petitions.ngayQuyetDinhDdMmYyyy, name: "date", value: model.today, required: true),
                            Form.submit(L10n.Petitions.giaHan)
                        ], extra: [.class("card")])),
                .if(
                    model.canResolve,
                    Form.post(
                        action: action(.resolve), csrf: csrf,
                        [
                            .h3(.text(L10n.Petitions.ketQuaGiaiQuyet)),
                            Form.field(L10n.Petitions.ngayGiaiQuyetDdMmYyyy, name: "date", value: model.today, required: true),
                            Form.textarea(L10n.Petitions.quyetDinhHoacNoiDungTra, name: "resolution", required: true),
                            Form.checkbox(L10n.Petitions.congKhaiNoiDungTraLoi, name: "publish", value: "true", checked: true),
                            Form.submit(L10n.Petitions.ghiNhanKetQua)
                        ], extra: [.class("card")])),
                .if(
                    model.canClose,
                    Form.post(
                        action: action(.close), csrf: csrf,
                        [
                            .h3(.text(L10n.Petitions.ketThucHoSo)), Form.submit(L10n.Petitions.ketThuc)
                        ], extra: [.class("card")])),
                .if(
                    model.canGrantIdentity,
                    Form.post(
                        action: action(.grantIdentity), csrf: csrf,
                        [
                            .h3(.text(L10n.Petitions.danhTinhNguoiToCao)),
                            .p(.text(L10n.Petitions.danhTinhNguoiToCaoDang)),
                            Form.submit(L10n.Petitions.choPhepDonViDuocGiao, style: "danger")
                        ], extra: [.class("card")]))
            )
        )
    }
}
