import DanVanCore
import Fluent
import SQLKit
import Vapor

/// The demo's plans: the five shipped plans read by the plan reader into the tree, the two province plans they
/// implement (entered by hand, as a coordinator would), and some progress and some overdue work.
enum PlansDemo {
    /// File in data/demo-plans, issuing unit code.
    static let documents: [(String, String)] = [
        ("tuyen-quang-2024.txt", "08"),
        ("thai-nguyen-2021.txt", "19"),
        ("huong-tra-389-KH-UBND-2024.txt", "480"),
        ("tra-bong-2025.txt", "525"),
        ("van-phong-ubnd-quang-binh-2023.txt", "44.VP")
    ]

    static func load(_ app: Application, as user: User) async throws {
        try await provincePlan(
            app, user: user, unit: "46", number: "33/KH-UBND", date: "24/01/2024", due: "15/02/2024",
            title: "Triển khai thực hiện công tác dân vận chính quyền năm 2024")
        try await provincePlan(
            app, user: user, unit: "51", number: "39/KH-UBND", date: "27/02/2025", due: "15/03/2025",
            title: "Thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính quyền năm 2025")
        for (file, unit) in documents {
            let path = DataFiles.directory + "/demo-plans/" + file
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let hash = try app.fileStore.store(data)
            let document = try PlanReader.read(data: data, fileName: file)
            var form = try await PlanReviewBuilder.form(
                from: document, fileHash: hash, fileName: file, uploader: user, today: app.clock.today, on: app.db)
            form.issuer = unit
            if form.number.isEmpty { form.status = PlanStatus.draft.rawValue }
            // Names the tree does not know are dropped, as a coordinator would after reading the hints.
            form.duties = form.duties?.map { row in
                var row = row
                if row.typedUnits.isEmpty { row.include = nil }
                return row
            }
            form.deadlines = form.deadlines?.map { row in
                var row = row
                if row.typedUnits.isEmpty { row.include = nil }
                return row
            }
            _ = try await PlanCreator.create(form, by: user, at: app.clock.now, on: app.db)
        }
        try await progress(app)
    }

    /// A province plan entered by hand, with its districts' duty to issue their own plans.
    private static func provincePlan(_ app: Application, user: User, unit code: String, number: String, date: String, due: String, title: String)
        async throws
    {
        guard let unit = try await OrgUnit.query(on: app.db).filter(\.$code == code).first() else { return }
        let districts = try await OrgUnit.query(on: app.db).filter(\.$parent.$id == unit.id!).filter(\.$kind == .district).all().map(\.code)
        let form = PlanReviewForm(
            fileHash: nil, fileName: nil, issuer: code, number: number, issuedOn: date, year: String(date.suffix(4)), title: title,
            purposes: "", status: PlanStatus.issued.rawValue, parentPlanID: nil, citations: [], duties: [], tasks: [],
            deadlines: [
                .init(
                    include: "1", what: "Xây dựng kế hoạch thực hiện trên địa bàn và gửi về UBND tỉnh (qua Sở Nội vụ)", dueOn: due,
                    sendTo: "UBND tỉnh (qua Sở Nội vụ)", written: "UBND các huyện, thị xã, thành phố", units: districts.joined(separator: "; "),
                    kind: PlanObligation.Kind.subPlan.rawValue, hint: nil, snippet: nil)
            ],
            reports: ["semiannual": ("day_of_year:5:25", "25/5"), "annual": ("day_of_year:11:25", "25/11")].sorted { $0.key > $1.key }.map {
                .init(
                    include: "1", period: $0.key, dueRule: $0.value.0, dueText: $0.value.1, reporters: "UBND các huyện, thị xã, thành phố",
                    receiver: "UBND tỉnh (qua Sở Nội vụ)", snippet: nil)
            })
        _ = try await PlanCreator.create(form, by: user, at: app.clock.now, on: app.db)
    }

    /// Due dates and a spread of progress, set-based: some done, some under way, some overdue.
    private static func progress(_ app: Application) async throws {
        let sql = app.db as! any SQLDatabase
        try await sql.raw("UPDATE assignments SET due_on = CASE WHEN id % 3 = 0 THEN '2026-12-31' ELSE '2026-06-30' END").run()
        try await sql.raw("UPDATE assignments SET status = \(literal: AssignmentStatus.done), progress = 100 WHERE id % 4 = 0").run()
        try await sql.raw(
            "UPDATE assignments SET status = \(literal: AssignmentStatus.inProgress), progress = 40 + (id % 5) * 10 WHERE id % 4 = 1"
        ).run()
    }
}
