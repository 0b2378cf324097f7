import DanVanCore
import Fluent
import SQLKit
import Vapor

/// `danvan seed-national`: a synthetic national dataset for benchmarks — one plan chain per province over the full
/// pre-2025 unit list, with about 200,000 assignments. Runs on an empty database; writes in batches, per province.
struct NationalSeedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "tasks", help: "Tasks per district plan (default 12)") var tasks: Int?
    }

    var help: String { "Tạo dữ liệu tổng hợp cấp quốc gia để đo hiệu năng (synthetic national dataset)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        if try await OrgUnit.query(on: app.db).count() == 0 {
            _ = try await UnitsImport.run(
                app: app, structure: "2024", file: DataFiles.unitList(structure: "2024"), provinceCode: nil, rootCode: nil, withAgencies: true)
        }
        guard try await Plan.query(on: app.db).count() == 0 else {
            throw ImportFailure(code: "not_empty", message: "Cơ sở dữ liệu đã có kế hoạch; hãy dùng một cơ sở dữ liệu trống.")
        }
        let start = ContinuousClock.now
        let units = try await OrgUnit.query(on: app.db).all()
        let children = Dictionary(grouping: units.filter { $0.$parent.id != nil }, by: { $0.$parent.id! })
        let tasksPerPlan = signature.tasks ?? 12
        var assignmentsTotal = 0
        for (index, province) in units.filter({ $0.kind == .province }).sorted(by: { $0.code < $1.code }).enumerated() {
            assignmentsTotal += try await app.db.transaction { db in
                try await seed(province: province, index: index, children: children, tasksPerPlan: tasksPerPlan, on: db)
            }
        }
        let sql = app.db as! any SQLDatabase
        try await sql.raw("UPDATE assignments SET status = \(literal: AssignmentStatus.done), progress = 100 WHERE id % 5 = 0").run()
        try await sql.raw(
            "UPDATE assignments SET status = \(literal: AssignmentStatus.inProgress), progress = 10 + (id % 9) * 10 WHERE id % 5 IN (1, 2)"
        ).run()
        // Fresh statistics, as a production database has them, so the planner picks the per-unit indexes; on PostgreSQL
        // also the visibility map autovacuum would have set, so index-only reads skip the table.
        try await sql.raw(sql.dialect.name == "postgresql" ? "VACUUM ANALYZE" : "ANALYZE").run()
        context.console.print("Đã tạo \(assignmentsTotal) phân công trong \(ContinuousClock.now - start).")
    }

    private func seed(province: OrgUnit, index: Int, children: [Int: [OrgUnit]], tasksPerPlan: Int, on db: any Database) async throws -> Int {
        let districts = (children[province.id!] ?? []).filter { $0.kind == .district }
        let provincePlan = Plan(
            unitID: province.id!, number: "\(index + 1)/KH-UBND", year: 2026, issuedOn: "2026-01-20",
            title: "Thực hiện công tác dân vận chính quyền năm 2026", purposes: "", status: .issued)
        try await provincePlan.create(on: db)
        try await batches(
            districts.map {
                PlanObligation(
                    planID: provincePlan.id!, unitID: $0.id!, kind: .subPlan, description: "Xây dựng kế hoạch",
                    dueOn: "2026-02-15", sendTo: "UBND tỉnh")
            }, on: db)
        // Most districts issued their plans; the rest are the missing sub-plans a coordinator chases.
        let issuing = districts.enumerated().filter { $0.offset % 7 != 6 }.map(\.element)
        let plans = issuing.enumerated().map { offset, district in
            let plan = Plan(
                unitID: district.id!, number: "\(offset + 1)/KH-UBND", year: 2026, issuedOn: "2026-02-05",
                title: "Thực hiện công tác dân vận chính quyền năm 2026 trên địa bàn", purposes: "", status: .issued)
            plan.$parentPlan.id = provincePlan.id
            return plan
        }
        try await batches(plans, on: db)
        let created = try await Plan.query(on: db).filter(\.$parentPlan.$id == provincePlan.id!).all()
        try await (db as! any SQLDatabase).raw(
            """
            UPDATE plan_obligations SET fulfilled_on = '2026-02-05', fulfilled_plan_id =
              (SELECT p.id FROM plans p WHERE p.unit_id = plan_obligations.unit_id AND p.parent_plan_id = plan_obligations.plan_id)
            WHERE plan_id = CAST(\(bind: provincePlan.id!) AS INTEGER)
            """
        ).run()
        try await PlanObligation.query(on: db).filter(\.$plan.$id == provincePlan.id!).filter(\.$fulfilledPlan.$id == nil)
            .set(\.$fulfilledOn, to: nil).update()
        var tasks: [WorkTask] = []
        for plan in created {
            for number in 1...tasksPerPlan {
                tasks.append(
                    WorkTask(
                        planID: plan.id!, reference: "II.\(number)", text: "Nhiệm vụ \(number): tuyên truyền, vận động, đối thoại với nhân dân",
                        dueOn: nil, position: number))
            }
        }
        try await batches(tasks, on: db)
        let storedTasks = try await WorkTask.query(on: db).filter(\.$plan.$id ~~ created.compactMap(\.id)).all()
        let tasksByPlan = Dictionary(grouping: storedTasks, by: { $0.$plan.id })
        var assignments: [TaskAssignment] = []
        for plan in created {
            let assignees = (children[plan.$unit.id] ?? []).filter { [.commune, .office, .publicService].contains($0.kind) }
            for task in tasksByPlan[plan.id!] ?? [] {
                for (offset, unit) in assignees.enumerated() {
                    let month = 1 + (task.position + offset) % 12
                    assignments.append(
                        TaskAssignment(
                            taskID: task.id!, planID: plan.id!, unitID: unit.id!, role: .lead,
                            dueOn: String(format: "2026-%02d-28", month)))
                }
            }
        }
        try await batches(assignments, on: db)
        return assignments.count
    }

    private func batches<M: Model>(_ models: [M], on db: any Database) async throws {
        for start in stride(from: 0, to: models.count, by: 400) {
            try await models[start..<min(start + 400, models.count)].create(on: db)
        }
    }
}
