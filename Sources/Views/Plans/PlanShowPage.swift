import DanVanCore
import Plot

/// One plan: header, legal bases, obligations of the units below (the cascade), tasks and their assignments.
public struct PlanShowPage {
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

    public struct Model: Sendable {
        public let title: String
        public let facts: [(String, String)]
        public let parent: Link?
        public let progress: String
        public let citations: [Link]
        public let obligations: [ObligationRow]
        public let obligationSummary: String
        public let subPlans: [Link]
        public let tasks: [TaskRow]
        public let reports: [(String, String, String, String, url: String)]
        public let fileURL: String?
        public let treeURL: String
        public let workListURL: String
        /// Where task edits are posted, when the user may change this plan.
        public let editBase: String?
        /// What the coordinator asked to edit in place (without JavaScript, one at a time): a task's weight, an assignment's due date.
        public let editingWeightOf: Int?
        public let editingDueOf: Int?
        /// The task whose assignments are listed one by one although they are many (`?mo=`).
        public let expandedTask: Int?
        /// Whether the coordinator asked for the form that gives a task to one more unit (`?giao-them=1`): most visits
        /// read progress, and its list of every task weighed as much as a tenth of the page.
        public let showsAssignmentForm: Bool
        public let layout: LayoutModel

        public init(title: String, facts: [(String, String)], parent: Link?, progress: String, citations: [Link], obligations: [ObligationRow],
                    obligationSummary: String, subPlans: [Link], tasks: [TaskRow], reports: [(String, String, String, String, url: String)],
                    fileURL: String?, treeURL: String, workListURL: String, editBase: String? = nil,
                    editingWeightOf: Int? = nil, editingDueOf: Int? = nil, expandedTask: Int? = nil, showsAssignmentForm: Bool = false, layout: LayoutModel) {
            self.expandedTask = expandedTask
            self.showsAssignmentForm = showsAssignmentForm
            self.editingWeightOf = editingWeightOf
            self.editingDueOf = editingDueOf
            self.title = title
            self.facts = facts
            self.parent = parent
            self.progress = progress
            self.citations = citations
            self.obligations = obligations
            self.obligationSummary = obligationSummary
            self.subPlans = subPlans
            self.tasks = tasks
            self.reports = reports
            self.fileURL = fileURL
            self.treeURL = treeURL
            self.workListURL = workListURL
            self.editBase = editBase
            self.layout = layout
        }
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    private static func link(_ link: Link) -> Node<HTML.BodyContext> {
        link.url.map { .link(link.text, $0) } ?? .text(link.text)
    }

    /// The anchor of a task on the page, where a change to it returns.
    public static func anchor(ofTask id: Int) -> String { "nhiem-vu-\(id)" }

    /// Weight of the task, without JavaScript.
    private static func weightEditor(_ task: TaskRow, base: String, csrf: String) -> Node<HTML.BodyContext> {
        .div(.class("task-edit no-print"),
            Form.post(action: base + "/trong-so", csrf: csrf, [
                .void("input", [("type", "hidden"), ("name", "task_id"), ("value", String(task.id))]),
                Form.field("Trọng số", name: "weight-\(task.id)", value: task.weight, type: "number", attributes: [("min", "0"), ("step", "0.5")]),
                Form.submit("Lưu trọng số", style: "secondary small"),
            ], extra: [.class("inline-form")]))
    }

    /// One form for the whole page to give a task to a further unit (lead or cooperating): the task is chosen in it.
    private static func assignmentForm(_ tasks: [TaskRow], base: String, csrf: String) -> Node<HTML.BodyContext> {
        Form.post(action: base + "/phan-cong", csrf: csrf, [
            .h3(.text("Giao nhiệm vụ cho thêm đơn vị")),
            Form.select("Nhiệm vụ", name: "task_id",
                        options: tasks.map { (String($0.id), $0.reference + " " + VietnameseText.excerpt($0.text, maxCharacters: 60)) },
                        selected: nil, required: true),
            Form.unitField("Đơn vị", name: "don_vi", required: true),
            Form.select("Vai trò", name: "vai_tro", options: [("phoi_hop", "Phối hợp"), ("chu_tri", "Chủ trì")], selected: "phoi_hop"),
            Form.field("Hạn (dd/mm/yyyy)", name: "han", hint: "Để trống: theo hạn của nhiệm vụ.", attributes: [("inputmode", "numeric"), ("placeholder", "dd/mm/yyyy")]),
            Form.submit("Giao nhiệm vụ", style: "secondary"),
        ], extra: [.class("card narrow no-print"), .attr("id", "giao-them")])
    }

    /// A section that folds away when long (more than `openUpTo` rows), open when short; printed expanded.
    private static func foldable(_ title: String, count: Int, openUpTo: Int = 5, _ content: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .section(.el("details", [.class("fold")] + (count <= openUpTo ? [.attribute(named: "open", value: "open")] : [])
            + [.el("summary", .h2(.text(title))), content]))
    }

    /// An assignment's due date; for a coordinator, a link to change it, or the form when it is the one being changed.
    private func due(_ row: AssignmentRow, taskID: Int) -> Node<HTML.BodyContext> {
        guard let base = model.editBase, row.id > 0 else { return .text("hạn " + row.due) }
        // The links to change things in place are page controls, hidden in print by the stylesheet (`.task a[href^="?"]`).
        guard model.editingDueOf == row.id else {
            return .group(.text("hạn " + row.due + " "), .a(.href("?doi-han=\(row.id)#" + Self.anchor(ofTask: taskID)), .text("Đổi hạn")))
        }
        return .group(.text("hạn " + row.due), Form.post(action: base + "/han-phan-cong", csrf: model.layout.csrfToken, [
            .void("input", [("type", "hidden"), ("name", "assignment_id"), ("value", String(row.id))]),
            Form.field("Hạn mới (dd/mm/yyyy)", name: "han", value: row.due == "—" ? "" : row.due, hint: "Để trống: theo hạn của nhiệm vụ.",
                       attributes: [("inputmode", "numeric"), ("autofocus", "autofocus")]),
            Form.submit("Lưu hạn", style: "secondary small"),
        ], extra: [.class("inline-form")]))
    }

    /// Each assignment on one line that reads as a sentence on a phone as in print: "Phòng Nội vụ · Chủ trì · Đang thực
    /// hiện, 60% · hạn 31/12/2026"; a table per task cost a header per task and sideways scrolling.
    private func assignmentList(_ task: TaskRow) -> Node<HTML.BodyContext> {
        let list: Node<HTML.BodyContext> = .ul(.class("assignments"), .forEach(task.assignments) { row in
            .li(row.isOverdue ? .class("late") : .empty, .a(.href(row.url), .text(row.unit)),
                .text(" · " + row.role + " · " + row.status + (row.isOverdue ? " — quá hạn" : "") + ", " + row.progress + " · "),
                due(row, taskID: task.id))
        })
        // A few rows stay in sight; many (a task given to every commune) read as one line of counts naming the late
        // units, so a plan of 33 tasks stays a few pages; the rows are one link away, and open while one is changed.
        guard task.assignments.count > 3, model.expandedTask != task.id, !task.assignments.contains(where: { $0.id == model.editingDueOf }) else {
            return list
        }
        return .p(.class("assignment-summary"), .text(Self.summary(of: task.assignments) + " "),
                  .a(.href("?mo=\(task.id)#" + Self.anchor(ofTask: task.id)), .text("Xem từng đơn vị")))
    }

    /// "Phân công: 9 đơn vị — 2 Hoàn thành, 7 Chưa thực hiện; quá hạn: Phường Tứ Hạ, Xã Hương Toàn."
    static func summary(of rows: [AssignmentRow]) -> String {
        var counts: [(String, Int)] = []
        for row in rows {
            if let index = counts.firstIndex(where: { $0.0 == row.status }) { counts[index].1 += 1 } else { counts.append((row.status, 1)) }
        }
        let late = rows.filter(\.isOverdue).map(\.unit)
        return "Phân công: \(rows.count) đơn vị — " + counts.map { "\($0.1) \($0.0.lowercased())" }.joined(separator: ", ")
            + (late.isEmpty ? "." : "; quá hạn: " + late.joined(separator: ", ") + ".")
    }

    public func render() -> String {
        Layout.page(title: model.title, layout: model.layout,
            .h1(.text(model.title)),
            .el("dl", .class("facts"), .group(model.facts.map { .group(.el("dt", .text($0.0)), .el("dd", .text($0.1))) }),
                .el("dt", .text("Kế hoạch cấp trên")), .el("dd", model.parent.map(Self.link) ?? .text("—")),
                .el("dt", .text("Tiến độ chung")), .el("dd", .text(model.progress))),
            .p(.class("no-print"), .link("Cây kế hoạch (từ cấp trên đến cấp cơ sở)", model.treeURL),
               .unwrap(model.fileURL) { .group(.text(" · "), .link("Tải văn bản gốc", $0)) },
               .unwrap(model.editBase) { .group(.text(" · "), .link("Sửa thông tin chung", $0 + "/sua")) },
               .text(" · "), .link("Việc cần làm theo kế hoạch này", model.workListURL)),
            Self.foldable("Kế hoạch của đơn vị cấp dưới và văn bản phải gửi (\(model.obligations.count))", count: model.obligations.count, .div(
                .p(.text(model.obligationSummary)),
                model.obligations.isEmpty ? .p(.class("empty"), .text("Kế hoạch không đặt nghĩa vụ cho đơn vị nào.")) : .div(.class("table-wrap"), .table(
                    .thead(.tr(.th(.text("Đơn vị")), .th(.text("Nội dung")), .th(.text("Thời hạn")), .th(.text("Tình trạng")), .th(.text("Kế hoạch của đơn vị")))),
                    .tbody(.forEach(model.obligations) { row in
                        .tr(row.isLate ? .class("late") : .empty, .td(.text(row.unit)), .td(.text(row.what)), .td(.text(row.due)),
                            .td(.strong(.text(row.state))), .td(row.subPlan.map(Self.link) ?? .text("—")))
                    }))))),
            .if(!model.subPlans.isEmpty, .section(.h2(.text("Kế hoạch thực hiện kế hoạch này")),
                .ul(.forEach(model.subPlans) { .li(Self.link($0)) }))),
            .section(.h2(.text("Nhiệm vụ và phân công (\(model.tasks.count))")),
                .group(model.tasks.map { task in
                    .div(.class("task card"), .attr("id", Self.anchor(ofTask: task.id)),
                        .p(.strong(.text(task.reference + " ")), .text(task.text),
                           // The weight only counts when it differs from the default of 1.
                           .if(task.weight != "1", .span(.class("muted"), .text(" · trọng số " + task.weight))),
                           .unwrap(model.editBase) { _ in
                               model.editingWeightOf == task.id ? .empty
                                   : .group(.text(" "), .a(.href("?trong-so=\(task.id)#" + Self.anchor(ofTask: task.id)), .text("Sửa trọng số")))
                           }),
                        .if(!task.assignments.isEmpty, assignmentList(task)),
                        .unwrap(model.editBase) { base in
                            model.editingWeightOf == task.id ? Self.weightEditor(task, base: base, csrf: model.layout.csrfToken) : .empty
                        })
                }),
                .unwrap(model.editBase) { base in
                    .if(!model.tasks.isEmpty, model.showsAssignmentForm ? Self.assignmentForm(model.tasks, base: base, csrf: model.layout.csrfToken)
                        : .p(.class("no-print"), .a(.class("button secondary"), .href("?giao-them=1#giao-them"), .text("Giao nhiệm vụ cho thêm đơn vị"))))
                }),
            Self.foldable("Văn bản căn cứ (\(model.citations.count))", count: model.citations.count,
                .ol(.forEach(model.citations) { .li(Self.link($0)) })),
            Self.foldable("Chế độ báo cáo (\(model.reports.count))", count: model.reports.count,
                model.reports.isEmpty ? .p(.class("empty"), .text("Không có.")) : .div(.class("table-wrap"), .table(
                    .thead(.tr(.th(.text("Kỳ")), .th(.text("Hạn")), .th(.text("Đơn vị báo cáo")), .th(.text("Gửi về")))),
                    .tbody(.forEach(model.reports) { .tr(.td(.link($0.0, $0.url)), .td(.text($0.1)), .td(.text($0.2)), .td(.text($0.3))) })))),
            .unwrap(model.editBase) { base in
                Form.post(action: base + "/che-do-bao-cao", csrf: model.layout.csrfToken, [
                    .h3(.text("Thêm chế độ báo cáo")),
                    Form.select("Kỳ báo cáo", name: "ky", options: [("monthly", "Hằng tháng"), ("quarterly", "Hằng quý"), ("semiannual", "6 tháng"),
                                                                      ("annual", "Hằng năm"), ("adhoc", "Đột xuất")], selected: "semiannual"),
                    Form.field("Hạn nộp như văn bản ghi (ví dụ: trước ngày 20/5)", name: "han"),
                    Form.field("Đơn vị báo cáo như văn bản ghi", name: "don_vi", hint: "Ví dụ: các cơ quan, đơn vị; UBND các xã, phường. Tên nhận ra được sẽ được gán; phần còn lại nhập mã trên trang chế độ báo cáo."),
                    Form.field("Nơi nhận như văn bản ghi", name: "noi_nhan", hint: "Ví dụ: UBND thị xã (qua Phòng Nội vụ). Để trống: đơn vị ban hành."),
                    Form.submit("Thêm chế độ báo cáo"),
                ], extra: [.class("card narrow no-print")])
            }
        )
    }
}
