import DanVanCore
import Fluent
import SQLKit
import Vapor

/// `danvan seed-exemplars`: a synthetic "Dân vận khéo" registry for benchmarks — by default 50,000 models with ten result
/// updates each (500,000), over every commune of the pre-2025 unit list under a national root "VN", across the four
/// fields, five years, every status and level. Runs on a database without models; multi-row INSERTs, 500 rows a statement.
struct ExemplarSeedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "count", help: "Number of models (default 50000)") var count: Int?
        @Option(name: "updates", help: "Result updates per model (default 10)") var updates: Int?
    }

    var help: String { "Tạo dữ liệu mô hình “Dân vận khéo” tổng hợp để đo hiệu năng (synthetic exemplars)" }

    static let rowsPerStatement = 500

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        if try await OrgUnit.query(on: app.db).count() == 0 {
            try await UnitsImport.loadNationalTree(app: app)
        }
        guard try await Exemplar.query(on: app.db).count() == 0 else {
            throw ImportFailure(code: "not_empty", message: "Cơ sở dữ liệu đã có mô hình; hãy dùng một cơ sở dữ liệu chưa có mô hình.")
        }
        let start = ContinuousClock.now
        let units = try await OrgUnit.query(on: app.db).filter(\.$kind == .commune).sort(\.$id).all().map { $0.id! }
        let count = signature.count ?? 50_000
        let perModel = signature.updates ?? 10
        let today = app.clock.today
        let sql = app.db as! any SQLDatabase
        let names = [
            "Hiến đất làm đường giao thông nông thôn", "Tổ tự quản an ninh trật tự", "Tổ hợp tác trồng rau an toàn",
            "Bữa cơm nghĩa tình cho người già neo đơn", "Cán bộ một cửa không hẹn lần hai", "Ngày chủ nhật xanh",
            "Dòng họ không có người vi phạm pháp luật", "Hòa giải viên giỏi ở khu dân cư", "Chi hội phụ nữ tiết kiệm giúp nhau thoát nghèo",
            "Camera an ninh do dân góp"
        ]
        let fields = ExemplarField.allCases
        let statuses = ExemplarStatus.allCases
        let columns = [
            "unit_id", "kind", "field", "sub_topic", "name", "name_key", "search_key", "problem", "goals", "methods", "place", "forces",
            "resources", "outputs", "sustainability", "person_name", "person_consent", "status", "level", "year", "registered_on",
            "is_late", "created_by"
        ]
        var next = 0
        while next < count {
            let begin = next
            let end = min(count, next + Self.rowsPerStatement * 20)
            try await app.db.transaction { db in
                let sql = db as! any SQLDatabase
                for chunk in stride(from: begin, to: end, by: Self.rowsPerStatement) {
                    var insert = sql.insert(into: Exemplar.schema).columns(columns)
                    for index in chunk..<min(end, chunk + Self.rowsPerStatement) {
                        let name = names[index % names.count] + " số \(index)"
                        let status = statuses[index % statuses.count]
                        let level: RecognitionLevel? = status.isRecognised ? RecognitionLevel.allCases[(index / 8) % 3] : nil
                        let registered = today.adding(days: -(index % (5 * 365)))
                        let methods = "Vận động nhân dân cùng làm, công khai, cán bộ gương mẫu đi trước"
                        let values: [any Encodable & Sendable] = [
                            units[index % units.count], index % 5 == 0 ? "dien_hinh" : "mo_hinh", fields[index % fields.count].rawValue, "",
                            name, VietnameseText.searchKey(name), VietnameseText.searchKey(name + " " + methods), "Thực trạng", "Mục tiêu", methods,
                            "", "", "", "", "", "", false, status.rawValue, level?.rawValue, registered.year, registered.iso, index % 11 == 0, "seed"
                        ]
                        insert = insert.values(values)
                    }
                    try await insert.run()
                }
            }
            next = end
        }
        // Updates set-based: `perModel` rows a model, from the models just written.
        for step in 0..<perModel {
            try await sql.raw(
                """
                INSERT INTO exemplar_updates (exemplar_id, reported_on, households, money_vnd, land_m2, cases_settled, note, created_by) \
                SELECT id, registered_on, 10 + \(bind: step), 1000000 * (\(bind: step) + 1), 50, \(bind: step % 3), '', 'seed' FROM exemplars
                """
            ).run()
        }
        try await sql.raw(sql.dialect.name == "sqlite" ? "ANALYZE" : "VACUUM ANALYZE").run()
        context.console.print("Đã tạo \(count) mô hình, \(count * perModel) lần cập nhật trong \(ContinuousClock.now - start).")
    }
}
