import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// `danvan seed-scoring`: the scoring benchmark's data (issue 15, "Scale"). With `--prepare` on an empty database it
/// only imports the pre-2025 unit list under a national root "VN" (so `seed-national` and `seed-reports` can then add
/// plans and the report requests the computed line reads). Without it: a 60-line criteria set (six groups of ten lines,
/// one line computed from report timeliness), a national round over every agency and commune opened by `--by` (timed:
/// sheets, lines and the pre-fill of the computed line), a round of the province `--province` (timed too), that round's
/// sheets filled, appraised and finalised (set-based), and the paths the benchmark requests.
struct ScoringSeedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "prepare", help: "Only import the unit list under a national root") var prepare: Bool
        @Option(name: "by", help: "Username of the national account opening the round (default bench.quantri)") var by: String?
        @Option(name: "province", help: "Code of the province whose own round is filled (default 38, Thanh Hóa)") var province: String?
    }

    var help: String { "Tạo dữ liệu chấm điểm dân vận chính quyền để đo hiệu năng (synthetic scoring rounds)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        if try await OrgUnit.query(on: app.db).count() == 0 {
            try await UnitsImport.loadNationalTree(app: app)
        }
        if signature.prepare { return }
        let username = signature.by ?? "bench.quantri"
        guard let user = try await User.query(on: app.db).filter(\.$username == username).with(\.$unit).first() else {
            throw ImportFailure(code: "unknown_user", message: "Không có tài khoản “\(username)”.")
        }
        guard let province = try await OrgUnit.query(on: app.db).filter(\.$code == (signature.province ?? "38")).first() else {
            throw ImportFailure(code: "unknown_unit", message: "Không có tỉnh mã “\(signature.province ?? "38")”.")
        }
        let today = app.clock.today
        let actor = Actor.commandLine(at: app.clock.now)
        let set = try await ScoringSetStore.create(
            Self.set, title: "Bộ tiêu chí đo hiệu năng (60 tiêu chí)", decision: "Không ban hành (dữ liệu đo hiệu năng)",
            issuerUnitID: user.$unit.id, yearFrom: today.year, yearTo: nil, exampleKey: nil,
            createdBy: username, on: app.db)
        func opening(_ unitID: Int, _ title: String) -> ScoringRounds.Opening {
            .init(
                setID: set.id!, year: today.year, title: title, subtreeUnitID: unitID, kinds: ScoringRounds.defaultKinds,
                selfDue: today.adding(days: 30), appraisalDue: today.adding(days: 45), objectionDue: today.adding(days: 60), appraisers: [username])
        }
        var start = ContinuousClock.now
        let national = try await ScoringRounds.open(
            opening(user.$unit.id, "Đợt chấm điểm toàn quốc (đo hiệu năng)"), by: user, actor: actor, on: app.db)
        let nationalTime = ContinuousClock.now - start
        let sql = app.db as! any SQLDatabase
        struct Count: Decodable { let n: Int }
        let sheets =
            try await sql.raw("SELECT COUNT(*) AS n FROM scoring_sheets WHERE round_id = \(bind: national.id!)").first(decoding: Count.self)?.n ?? 0
        let lines =
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM scoring_lines l JOIN scoring_sheets s ON s.id = l.sheet_id WHERE s.round_id = \(bind: national.id!)"
            )
            .first(decoding: Count.self)?.n ?? 0
        let computed =
            try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM scoring_lines l JOIN scoring_sheets s ON s.id = l.sheet_id \
                WHERE s.round_id = \(bind: national.id!) AND l.computed_source IS NOT NULL
                """
            ).first(decoding: Count.self)?.n ?? 0
        context.console.print(
            "Mở đợt chấm điểm toàn quốc: \(sheets) phiếu × \(lines / max(sheets, 1)) tiêu chí (\(lines) dòng), "
                + "điền sẵn \(computed) dòng tự tính, trong \(Self.ms(nationalTime)) ms")
        start = ContinuousClock.now
        let own = try await ScoringRounds.open(
            opening(province.id!, "Đợt chấm điểm của \(province.name) (đo hiệu năng)"), by: user, actor: actor, on: app.db)
        let provinceTime = ContinuousClock.now - start
        // The province's round scored, appraised and finalised, set-based: every line's points from its ids, an appraised
        // figure on one line in seven, one sheet in ten still waiting for appraisal.
        try await sql.raw(
            """
            UPDATE scoring_lines SET self_points = (SELECT c.max_points * (1 + (scoring_lines.id % 4)) / 4 FROM scoring_criteria c WHERE c.id =\
             scoring_lines.criterion_id), \
            explanation = 'Số liệu đo hiệu năng' WHERE sheet_id IN (SELECT id FROM scoring_sheets WHERE round_id = \(bind: own.id!))
            """
        ).run()
        try await sql.raw(
            """
            UPDATE scoring_lines SET appraised_points = self_points / 2, appraisal_reason = 'Chưa đủ tài liệu kiểm chứng' \
            WHERE id % 7 = 0 AND sheet_id IN (SELECT id FROM scoring_sheets WHERE round_id = \(bind: own.id!))
            """
        ).run()
        try await sql.raw(
            """
            UPDATE scoring_sheets SET status = CASE WHEN id % 10 = 0 THEN \(bind: SheetStatus.submitted.rawValue) ELSE\
             \(bind: SheetStatus.finalised.rawValue) END, \
            submitted_on = \(bind: today.iso) WHERE round_id = \(bind: own.id!)
            """
        ).run()
        try await ScoringResults.recompute(roundID: own.id!, on: app.db)
        try await sql.raw(sql.dialect.name == "sqlite" ? "ANALYZE" : "VACUUM ANALYZE").run()
        let provinceSheets =
            try await sql.raw("SELECT COUNT(*) AS n FROM scoring_sheets WHERE round_id = \(bind: own.id!)").first(decoding: Count.self)?.n ?? 0
        context.console.print("Mở đợt chấm điểm của \(province.name): \(provinceSheets) phiếu, trong \(Self.ms(provinceTime)) ms")
        // A commune of the province, in the national round: a sheet the unit is still filling in.
        struct Sheet: Decodable { let id: Int }
        let sheet = try await sql.raw(
            """
            SELECT s.id FROM scoring_sheets s JOIN units u ON u.id = s.unit_id \
            WHERE s.round_id = \(bind: national.id!) AND u.kind = \(bind: UnitKind.commune.rawValue) AND u.path LIKE \(bind: province.path + "%") \
            ORDER BY u.sort_key LIMIT 1
            """
        ).first(decoding: Sheet.self)
        context.console.print("ROUND_PATH=" + SiteURL.scoringRound(.value(own.id!)).path)
        context.console.print("NATIONAL_ROUND_PATH=" + SiteURL.scoringRound(.value(national.id!)).path)
        if let sheet { context.console.print("SHEET_PATH=" + SiteURL.scoringSheet(.value(sheet.id)).path) }
    }

    static func ms(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }

    /// Six groups of ten lines (100 points); line 6.10 is the on-time rate of periodic reports.
    static let set: CriteriaSet = {
        var nodes: [CriterionNode] = []
        for group in 1...6 {
            let each = group <= 4 ? 2 : 1
            nodes.append(CriterionNode(code: "\(group)", text: "Nhóm tiêu chí \(group)", maxPoints: Points(each * 10)))
            for line in 1...10 {
                let code = "\(group).\(line)"
                if group == 6 && line == 10 {
                    nodes.append(
                        CriterionNode(
                            code: code, parentCode: "\(group)", text: "Tỷ lệ báo cáo định kỳ nộp đúng hạn", maxPoints: Points(each),
                            kind: .computedRate, source: .reportsOnTime, evidence: "Số liệu báo cáo trên DanVan"))
                } else if line % 2 == 0 {
                    nodes.append(
                        CriterionNode(
                            code: code, parentCode: "\(group)", text: "Tiêu chí \(code)", maxPoints: Points(each), kind: .yesNo,
                            evidence: "Văn bản, báo cáo kết quả"))
                } else {
                    nodes.append(
                        CriterionNode(
                            code: code, parentCode: "\(group)", text: "Tiêu chí \(code)", maxPoints: Points(each), kind: .levels,
                            levels: [
                                ScoreLevel("Tốt", Points(each)), ScoreLevel("Đạt một phần", Points(hundredths: each * 50)),
                                ScoreLevel("Chưa đạt", .zero)
                            ]))
                }
            }
        }
        return CriteriaSet(
            nodes: nodes,
            bands: [
                ClassificationBand("Hoàn thành xuất sắc", minimum: Points(90), minimumGroupPercent: 50),
                ClassificationBand("Hoàn thành tốt", minimum: Points(75)),
                ClassificationBand("Hoàn thành", minimum: Points(50)),
                ClassificationBand("Không hoàn thành", minimum: .zero)
            ])
    }()
}
