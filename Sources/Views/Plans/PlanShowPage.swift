import DanVanCore
import Plot

/// One plan: header, legal bases, obligations of the units below (the cascade), tasks and their assignments.
public struct PlanShowPage: HTMLPage {
    public struct Link: Sendable {
        public let text: String
        public let url: String?

        public init(text: String, url: String?) {
            self.text = text
            self.url = url
        }
    }

    public struct ObligationRow: Sendable {
        public let unit: String
        public let what: String
        public let due: String
        public let state: String
        public let isLate: Bool
        public let subPlan: Link?

        public init(unit: String, what: String, due: String, state: String, isLate: Bool, subPlan: Link?) {
            self.unit = unit
            self.what = what
            self.due = due
            self.state = state
            self.isLate = isLate
            self.subPlan = subPlan
        }
    }

    public struct AssignmentRow: Sendable {
        public let unit: String
        public let role: String
        public let status: String
        public let progress: String
        public let due: String
        public let isOverdue: Bool
        public let url: String
        /// The assignment's id, for changing its due date from the plan page.
        public let id: Int

        public init(unit: String, role: String, status: String, progress: String, due: String, isOverdue: Bool, url: String, id: Int = 0) {
            self.id = id
            self.unit = unit
            self.role = role
            self.status = status
            self.progress = progress
            self.due = due
            self.isOverdue = isOverdue
            self.url = url
        }
    }

    public struct TaskRow: Sendable {
        public let id: Int
        public let reference: String
        public let text: String
        public let weight: String
        public let assignments: [AssignmentRow]

        public init(id: Int, reference: String, text: String, weight: String, assignments: [AssignmentRow]) {
            self.id = id
            self.reference = reference
            self.text = text
            self.weight = weight
            self.assignments = assignments
        }
    }

    public struct Model: PageModel {
        public var title = ""
        public var facts: [(String, String)] = []
        public var parent: Link?
        public var progress = ""
        public var citations: [Link] = []
        public var obligations: [ObligationRow] = []
        public var obligationSummary = ""
        public var subPlans: [Link] = []
        public var tasks: [TaskRow] = []
        public var reports: [(String, String, String, String, url: String)] = []
        public var fileURL: String?
        public var treeURL = ""
        public var workListURL = ""
        /// The plan's id when the user may change it: task edits, assignments and regimes are posted to its addresses.
        public var editableID: Int?
        /// What the coordinator asked to edit in place (without JavaScript, one at a time): a task's weight, an assignment's due date.
        public var editingWeightOf: Int?
        public var editingDueOf: Int?
        /// The task whose assignments are listed one by one although they are many (`?mo=`).
        public var expandedTask: Int?
        /// Whether the coordinator asked for the form that gives a task to one more unit (`?giao-them=1`): most visits
        /// read progress, and its list of every task weighed as much as a tenth of the page.
        public var showsAssignmentForm = false
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    private static func link(_ link: Link) -> Node<HTML.BodyContext> {
        link.url.map { .link(link.text, $0) } ?? .text(link.text)
    }

    /// The anchor of a task on the page, where a change to it returns.
    public static func anchor(ofTask id: Int) -> String { "nhiem-vu-\(id)" }

    /// Weight of the task, without JavaScript.
    private static func weightEditor(_ task: TaskRow, planID: Int, csrf: String) -> Node<HTML.BodyContext> {
        .div(
            .class("task-edit no-print"),
            Form.post(
                action: SiteURL.planTaskWeight(.value(planID)).path, csrf: csrf,
                [
                    .void("input", [("type", "hidden"), ("name", "task_id"), ("value", String(task.id))]),
                    Form.field(
                        L10n.Plans.trongSo, name: "weight-\(task.id)", value: task.weight, type: "number", attributes: [("min", "0"), ("step", "0.5")]
                    ),
                    Form.submit(L10n.Plans.luuTrongSo, style: "secondary small")
                ], extra: [.class("inline-form")]))
    }

    /// One form for the whole page to give a task to a further unit (lead or cooperating): the task is chosen in it.
    private static func assignmentForm(_ tasks: [TaskRow], planID: Int, csrf: String) -> Node<HTML.BodyContext> {
        Form.post(
            action: SiteURL.planTaskAssignment(.value(planID)).path, csrf: csrf,
            [
                .h3(.text(L10n.Plans.giaoNhiemVuChoThemDon)),
                Form.select(
                    L10n.Plans.nhiemVu, name: "task_id",
                    options: tasks.map { (String($0.id), $0.reference + " " + VietnameseText.excerpt($0.text, maxCharacters: 60)) },
                    selected: nil, required: true),
                Form.unitField(L10n.Plans.donVi, name: "don_vi", required: true),
                Form.select(
                    L10n.Plans.vaiTro, name: "vai_tro", options: [("phoi_hop", L10n.Plans.phoiHop), ("chu_tri", L10n.Plans.chuTri)],
                    selected: "phoi_hop"),
                Form.field(
                    L10n.Plans.hanDdMmYyyy, name: "han", hint: L10n.Plans.deTrongTheoHanCuaNhiem,
                    attributes: [("inputmode", "numeric"), ("placeholder", "dd/mm/yyyy")]),
                Form.submit(L10n.Plans.giaoNhiemVu, style: "secondary")
            ], extra: [.class("card narrow no-print"), .attr("id", "giao-them")])
    }

    /// A section that folds away when long (more than `openUpTo` rows), open when short; printed expanded.
    private static func foldable(_ title: String, count: Int, openUpTo: Int = 5, _ content: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .section(
            .el(
                "details",
                [.class("fold")] + (count <= openUpTo ? [.attribute(named: "open", value: "open")] : [])
                    + [.el("summary", .h2(.text(title))), content]))
    }

    /// An assignment's due date; for a coordinator, a link to change it, or the form when it is the one being changed.
    private func due(_ row: AssignmentRow, taskID: Int) -> Node<HTML.BodyContext> {
        guard let planID = model.editableID, row.id > 0 else { return .text(L10n.Plans.han + row.due) }
        // The links to change things in place are page controls, hidden in print by the stylesheet (`.task a[href^="?"]`).
        guard model.editingDueOf == row.id else {
            return .group(.text("hạn " + row.due + " "), .a(.href("?doi-han=\(row.id)#" + Self.anchor(ofTask: taskID)), .text("Đổi hạn")))
        }
        return .group(
            .text(L10n.Plans.han + row.due),
            Form.post(
                action: SiteURL.planAssignmentDue(.value(planID)).path, csrf: model.layout.csrfToken,
                [
                    .void("input", [("type", "hidden"), ("name", "assignment_id"), ("value", String(row.id))]),
                    Form.field(
                        L10n.Plans.hanMoiDdMmYyyy, name: "han", value: row.due == "—" ? "" : row.due, hint: L10n.Plans.deTrongTheoHanCuaNhiem,
                        attributes: [("inputmode", "numeric"), ("autofocus", "autofocus")]),
                    Form.submit(L10n.Plans.luuHan, style: "secondary small")
                ], extra: [.class("inline-form")]))
    }

    /// Each assignment on one line that reads as a sentence on a phone as in print: "Phòng Nội vụ · Chủ trì · Đang thực
    /// hiện, 60% · hạn 31/12/2026"; a table per task cost a header per task and sideways scrolling.
    private func assignmentList(_ task: TaskRow) -> Node<HTML.BodyContext> {
        let list: Node<HTML.BodyContext> = .ul(
            .class("assignments"),
            .forEach(task.assignments) { row in
                .li(
                    row.isOverdue ? .class("late") : .empty, .a(.href(row.url), .text(row.unit)),
                    .text(" · " + row.role + " · " + row.status + (row.isOverdue ? L10n.Plans.quaHan : "") + ", " + row.progress + " · "),
                    due(row, taskID: task.id))
            })
        // A few rows stay in sight; many (a task given to every commune) read as one line of counts naming the late
        // units, so a plan of 33 tasks stays a few pages; the rows are one link away, and open while one is changed.
        guard task.assignments.count > 3, model.expandedTask != task.id, !task.assignments.contains(where: { $0.id == model.editingDueOf }) else {
            return list
        }
        return .p(
            .class("assignment-summary"), .text(Self.summary(of: task.assignments) + " "),
            .a(.href("?mo=\(task.id)#" + Self.anchor(ofTask: task.id)), .text("Xem từng đơn vị")))
    }

    /// "Phân công: 9 đơn vị — 2 Hoàn thành, 7 Chưa thực hiện; quá hạn: Phường Tứ Hạ, Xã Hương Toàn."
    static func summary(of rows: [AssignmentRow]) -> String {
        var counts: [(String, Int)] = []
        for row in rows {
            if let index = counts.firstIndex(where: { $0.0 == row.status }) { counts[index].1 += 1 } else { counts.append((row.status, 1)) }
        }
        let late = rows.filter(\.isOverdue).map(\.unit)
        return L10n.Plans.phanCongDonVi(rows.count) + counts.map { "\($0.1) \($0.0.lowercased())" }.joined(separator: ", ")
            + (late.isEmpty ? "." : L10n.Plans.quaHanLabel + late.joined(separator: ", ") + ".")
    }

    public var title: String { model.title }

    public var content: [Node<HTML.BodyContext>] {
        [
            .el(
                "dl", .class("facts"), .group(model.facts.map { .group(.el("dt", .text($0.0)), .el("dd", .text($0.1))) }),
                .el("dt", .text(L10n.Plans.keHoachCapTren)), .el("dd", model.parent.map(Self.link) ?? .text("—")),
                .el("dt", .text(L10n.Plans.tienDoChung)), .el("dd", .text(model.progress))),
            .p(
                .class("no-print"), .link(L10n.Plans.cayKeHoachTuCapTren, model.treeURL),
                .unwrap(model.fileURL) { .group(.text(" · "), .link(L10n.Plans.taiVanBanGoc, $0)) },
                .unwrap(model.editableID) { .group(.text(" · "), .link(L10n.Plans.suaThongTinChung, SiteURL.planEdit(.value($0)).path)) },
                .text(" · "), .link(L10n.Plans.viecCanLamTheoKeHoach, model.workListURL)),
            Self.foldable(
                L10n.Plans.keHoachCuaDonViCap(model.obligations.count), count: model.obligations.count,
                .div(
                    .p(.text(model.obligationSummary)),
                    model.obligations.isEmpty
                        ? .p(.class("empty"), .text(L10n.Plans.keHoachKhongDatNghiaVu))
                        : .div(
                            .class("table-wrap"),
                            .table(
                                .thead(
                                    .tr(
                                        .th(.text(L10n.Plans.donVi)), .th(.text(L10n.Plans.noiDung)), .th(.text(L10n.Plans.thoiHan)),
                                        .th(.text(L10n.Plans.tinhTrang)), .th(.text(L10n.Plans.keHoachCuaDonVi)))),
                                .tbody(
                                    .forEach(model.obligations) { row in
                                        .tr(
                                            row.isLate ? .class("late") : .empty, .td(.text(row.unit)), .td(.text(row.what)), .td(.text(row.due)),
                                            .td(.strong(.text(row.state))), .td(row.subPlan.map(Self.link) ?? .text("—")))
                                    }))))),
            .if(
                !model.subPlans.isEmpty,
                .section(
                    .h2(.text(L10n.Plans.keHoachThucHienKeHoach)),
                    .ul(.forEach(model.subPlans) { .li(Self.link($0)) }))),
            .section(
                .h2(.text(L10n.Plans.nhiemVuVaPhanCong(model.tasks.count))),
                .group(
                    model.tasks.map { task in
                        .div(
                            .class("task card"), .attr("id", Self.anchor(ofTask: task.id)),
                            .p(
                                .strong(.text(task.reference + " ")), .text(task.text),
                                // The weight only counts when it differs from the default of 1.
                                .if(task.weight != "1", .span(.class("muted"), .text(L10n.Plans.trongSoSauCham + task.weight))),
                                .unwrap(model.editableID) { _ in
                                    model.editingWeightOf == task.id
                                        ? .empty
                                        : .group(.text(" "), .a(.href("?trong-so=\(task.id)#" + Self.anchor(ofTask: task.id)), .text("Sửa trọng số")))
                                }),
                            .if(!task.assignments.isEmpty, assignmentList(task)),
                            .unwrap(model.editableID) { planID in
                                model.editingWeightOf == task.id ? Self.weightEditor(task, planID: planID, csrf: model.layout.csrfToken) : .empty
                            })
                    }),
                .unwrap(model.editableID) { planID in
                    .if(
                        !model.tasks.isEmpty,
                        model.showsAssignmentForm
                            ? Self.assignmentForm(model.tasks, planID: planID, csrf: model.layout.csrfToken)
                            : .p(
                                .class("no-print"),
                                .a(.class("button secondary"), .href("?giao-them=1#giao-them"), .text(L10n.Plans.giaoNhiemVuChoThemDon))))
                }),
            Self.foldable(
                L10n.Plans.vanBanCanCuSoLuong(model.citations.count), count: model.citations.count,
                .ol(.forEach(model.citations) { .li(Self.link($0)) })),
            Self.foldable(
                L10n.Plans.cheDoBaoCao(model.reports.count), count: model.reports.count,
                model.reports.isEmpty
                    ? .p(.class("empty"), .text(L10n.Plans.khongCoVietHoa))
                    : .div(
                        .class("table-wrap"),
                        .table(
                            .thead(
                                .tr(
                                    .th(.text(L10n.Plans.ky)), .th(.text(L10n.Plans.hanVietHoa)), .th(.text(L10n.Plans.donViBaoCao)),
                                    .th(.text(L10n.Plans.guiVe)))),
                            .tbody(
                                .forEach(model.reports) {
                                    .tr(.td(.link($0.0, $0.url)), .td(.text($0.1)), .td(.text($0.2)), .td(.text($0.3)))
                                })))),
            .unwrap(model.editableID) { planID in
                Form.post(
                    action: SiteURL.planRegimes(.value(planID)).path, csrf: model.layout.csrfToken,
                    [
                        .h3(.text(L10n.Plans.themCheDoBaoCao)),
                        Form.select(
                            L10n.Plans.kyBaoCao, name: "ky",
                            options: [
                                ("monthly", L10n.Plans.hangThang), ("quarterly", L10n.Plans.hangQuy), ("semiannual", L10n.Plans.n6Thang),
                                ("annual", L10n.Plans.hangNam), ("adhoc", L10n.Plans.dotXuat)
                            ], selected: "semiannual"),
                        Form.field(L10n.Plans.hanNopNhuVanBanGhi, name: "han"),
                        Form.field(L10n.Plans.donViBaoCaoNhuVan, name: "don_vi", hint: L10n.Plans.viDuCacCoQuanDon),
                        Form.field(L10n.Plans.noiNhanNhuVanBanGhi, name: "noi_nhan", hint: L10n.Plans.viDuUbndThiXaQua),
                        Form.submit(L10n.Plans.themCheDoBaoCao)
                    ], extra: [.class("card narrow no-print")])
            }
        ]
    }
}
