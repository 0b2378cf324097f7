import DanVanCore
import Fluent
import SQLKit
import Vapor

/// `danvan seed-democracy`: synthetic published items for benchmarks — by default 200 a year for every commune of the
/// pre-2025 unit list (about 2,000,000), spread over the year ending today and over the categories of Điều 11. Runs on a
/// database without items; multi-row INSERTs, 500 rows a statement, 20 statements a transaction.
struct DemocracySeedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "per-commune", help: "Items per commune (default 200)") var perCommune: Int?
    }

    var help: String { "Tạo dữ liệu công khai thông tin tổng hợp để đo hiệu năng (synthetic disclosure items)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        if try await OrgUnit.query(on: app.db).count() == 0 {
            _ = try await UnitsImport.run(
                app: app, structure: "2024", file: DataFiles.unitList(structure: "2024"), provinceCode: nil, rootCode: nil, withAgencies: true)
        }
        guard try await DisclosureItem.query(on: app.db).count() == 0 else {
            throw ImportFailure(code: "not_empty", message: "Cơ sở dữ liệu đã có thông tin công khai; hãy dùng một cơ sở dữ liệu chưa có.")
        }
        let start = ContinuousClock.now
        let count = try await Self.seed(app.db, perCommune: signature.perCommune ?? 200, today: app.clock.today) { done, total in
            context.console.print("  \(done) / \(total) (\(ContinuousClock.now - start))")
        }
        let sql = app.db as! any SQLDatabase
        try await sql.raw(sql.dialect.name == "sqlite" ? "ANALYZE" : "VACUUM ANALYZE").run()
        context.console.print("Đã tạo \(count) thông tin công khai trong \(ContinuousClock.now - start).")
    }

    static let columns = [
        "unit_id", "category_code", "title", "content", "forms", "decided_on", "starts_on", "ends_on", "short_reason", "on_time",
        "year", "published_by", "withdrawn_on", "withdrawn_reason", "withdrawn_by"
    ]

    /// Inserts `perCommune` items for every active commune; returns how many. Each row is a pure function of its index.
    static func seed(_ database: any Database, perCommune: Int, today: CivilDate, progress: (Int, Int) -> Void = { _, _ in }) async throws -> Int {
        let communes = try await OrgUnit.query(on: database).filter(\.$kind == .commune).filter(\.$activeUntil == nil).sort(\.$id).all().map {
            $0.id!
        }
        let categories = DisclosureCategory.lawDefaults()
        let total = communes.count * perCommune
        var next = 0
        while next < total {
            let end = min(total, next + 10_000)
            let first = next
            try await database.transaction { db in
                let sql = db as! any SQLDatabase
                for chunk in stride(from: first, to: end, by: 500) {
                    var insert = sql.insert(into: DisclosureItem.schema).columns(columns)
                    for index in chunk..<min(end, chunk + 500) {
                        let commune = communes[index / perCommune]
                        let number = index % perCommune
                        let category = categories[number % categories.count]
                        let starts = today.adding(days: -((number * 365) / max(perCommune, 1)))
                        let ends: String? = category.minimumPostingDays.map { starts.adding(days: $0 - 1).iso }
                        let withdrawn = number % 97 == 0
                        let values: [any Encodable & Sendable] = [
                            commune, category.code, "Thông tin công khai số \(number + 1): " + category.title,
                            "Nội dung công khai của thông tin số \(number + 1).",
                            "niem_yet,trang_thong_tin", starts.adding(days: -(number % 9)).iso, starts.iso, ends, String?.none, number % 9 <= 6,
                            starts.year, "seed", withdrawn ? starts.adding(days: 2).iso : nil, withdrawn ? "Thay bằng bản đính chính" : nil,
                            withdrawn ? "seed" : nil
                        ]
                        insert = insert.values(values)
                    }
                    try await insert.run()
                }
            }
            next = end
            if next % 100_000 == 0 { progress(next, total) }
        }
        return total
    }
}
