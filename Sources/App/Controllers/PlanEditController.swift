import DanVanCore
import Fluent
import Vapor
import Views

/// Sửa kế hoạch — change a plan's header; the number stays unique per issuer and year, every change is audited.
enum PlanEditController {
    struct EditForm: Content {
        var number: String?
        var issuedOn: String?
        var year: String?
        var title: String?
        var purposes: String?
        var status: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let plan = try await editable(req)
        let form = EditForm(number: plan.number ?? "", issuedOn: plan.issuedOn.flatMap(CivilDate.init(iso:))?.vietnamese ?? "",
                            year: String(plan.year), title: plan.title, purposes: plan.purposes, status: plan.status.rawValue)
        return page(req, plan: plan, form: form, problems: [], status: .ok)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let user = try req.user
        let plan = try await editable(req)
        let form = try req.content.decode(EditForm.self)
        var problems: [String] = []
        let number = (form.number ?? "").trimmingCharacters(in: .whitespaces)
        let issuedText = (form.issuedOn ?? "").trimmingCharacters(in: .whitespaces)
        let issuedOn = issuedText.isEmpty ? nil : CivilDate(vietnamese: issuedText)
        if !issuedText.isEmpty && issuedOn == nil { problems.append("Ngày ban hành \"\(issuedText)\" không hợp lệ (dd/mm/yyyy).") }
        let year = Int((form.year ?? "").trimmingCharacters(in: .whitespaces)) ?? 0
        if !(2000...2100).contains(year) { problems.append("Năm của kế hoạch không hợp lệ.") }
        let title = (form.title ?? "").trimmingCharacters(in: .whitespaces)
        if title.isEmpty { problems.append("Vui lòng nhập trích yếu (tên) của kế hoạch.") }
        let status = Plan.Status(rawValue: form.status ?? "") ?? plan.status
        if status != .draft && number.isEmpty { problems.append("Kế hoạch đã ban hành phải có số, ký hiệu.") }
        if !number.isEmpty, try await Plan.query(on: req.db).filter(\.$unit.$id == plan.$unit.id).filter(\.$year == year)
            .filter(\.$number == number).filter(\.$id != plan.id!).count() > 0 {
            problems.append("Số \(number) đã được dùng cho một kế hoạch khác của \(plan.unit.name) năm \(year) (Nghị định 30/2020/NĐ-CP).")
        }
        guard problems.isEmpty else { return page(req, plan: plan, form: form, problems: problems, status: .unprocessableEntity) }
        try await req.db.transaction { db in
            let before = PlanSnapshot(plan: plan, citations: 0, tasks: 0, assignments: 0, obligations: 0)
            plan.number = number.isEmpty ? nil : number
            plan.issuedOn = issuedOn?.iso
            plan.year = year
            plan.title = title
            plan.titleKey = VietnameseText.searchKey(title + " " + number)
            plan.purposes = form.purposes ?? ""
            plan.status = status
            try await plan.save(on: db)
            try await Audit.record(on: db, actor: .user(user), entity: "plan", id: "\(plan.id!)", action: "update", before: before,
                                   after: PlanSnapshot(plan: plan, citations: 0, tasks: 0, assignments: 0, obligations: 0))
        }
        req.flash(.success, "Đã lưu kế hoạch.")
        return req.redirect(to: SiteURL.plan(.value(plan.id!)).path)
    }

    private static func editable(_ req: Request) async throws -> Plan {
        let user = try req.require(\.canWrite)
        let plan = try await PlanAccess.find(try req.idParameter(), for: user, on: req.db)
        guard user.canSee(plan.unit) else { throw AppError.outsideScope }
        return plan
    }

    private static func page(_ req: Request, plan: Plan, form: EditForm, problems: [String], status: HTTPResponseStatus) -> Response {
        let model = PlanEditPage.Model(
            action: SiteURL.planEdit(.value(plan.id!)).path, cancelURL: SiteURL.plan(.value(plan.id!)).path,
            fields: [("Số, ký hiệu", "number", form.number ?? ""), ("Ngày ban hành (dd/mm/yyyy)", "issuedOn", form.issuedOn ?? ""),
                     ("Năm", "year", form.year ?? ""), ("Trích yếu", "title", form.title ?? "")],
            purposes: form.purposes ?? "", statuses: Plan.Status.allCases.map { ($0.rawValue, $0.label) }, status: form.status ?? plan.status.rawValue,
            problems: problems, layout: req.layoutModel)
        return HTMLResponse.make(PlanEditPage(model: model).render(), status: status)
    }
}
