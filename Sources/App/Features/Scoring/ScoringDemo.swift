import DanVanCore
import Fluent
import SQLKit
import Vapor

/// The demo's scoring: Thị xã Hương Trà's offices and communes scored last year (finalised, with appraisal differences
/// and one answered objection) and this year (open: computed lines filled, some sheets submitted). Set-based.
enum ScoringDemo {
    static func load(_ app: Application) async throws {
        guard let coordinator = try await User.query(on: app.db).filter(\.$username == "noivu.huongtra").with(\.$unit).first(),
            let example = try await ScoringSet.query(on: app.db).filter(\.$exampleKey == "tay-ninh-1563").first(),
            let sql = app.db as? any SQLDatabase
        else { return }
        let today = app.clock.today
        let now = app.clock.now
        let actor = Actor.user(coordinator, at: now)
        let town = coordinator.unit
        // Last year: a copy of the example, a round whose deadlines have passed, every sheet filled and finalised.
        let lastSet = try await ScoringSetStore.copy(
            example.id!, toYear: today.year - 1, title: "Bộ tiêu chí chấm điểm dân vận chính quyền Hương Trà năm \(today.year - 1)",
            issuerUnitID: town.id!, actor: actor, on: app.db)
        let lastDue = CivilDate(year: today.year - 1, month: 12, day: 10)!
        let last = try await ScoringRounds.open(
            .init(
                setID: lastSet.id!, year: today.year - 1, title: "", subtreeUnitID: town.id!, kinds: [.office, .commune],
                selfDue: lastDue, appraisalDue: lastDue.adding(days: 10), objectionDue: lastDue.adding(days: 18),
                appraisers: ["noivu.hue"]), by: coordinator, actor: actor, on: app.db)
        try await fillSelf(roundID: last.id!, sql: sql)
        try await sql.raw(
            """
            UPDATE scoring_lines SET appraised_points = 0, appraisal_reason = 'Chưa có tài liệu kiểm chứng' \
            WHERE sheet_id IN (SELECT id FROM scoring_sheets WHERE round_id = \(bind: last.id!)) AND (sheet_id * 7 + criterion_id) % 9 = 0 \
            AND criterion_id IN (SELECT id FROM scoring_criteria WHERE kind = \(literal: ScoringKind.yesNo) AND role = \(literal: LineRole.regular))
            """
        ).run()
        try await sql.raw(
            """
            UPDATE scoring_sheets SET status = \(bind: SheetStatus.finalised.rawValue), submitted_on = \(bind: lastDue.adding(days: -2).iso), \
            late = \(bind: false), finalised_on = \(bind: lastDue.adding(days: 9).iso) WHERE round_id = \(bind: last.id!)
            """
        ).run()
        try await ScoringResults.recompute(roundID: last.id!, on: app.db)
        // The one objection of last year, answered.
        if let line = try await ScoringLine.query(on: app.db).join(ScoringSheet.self, on: \ScoringLine.$sheet.$id == \ScoringSheet.$id)
            .filter(ScoringSheet.self, \.$round.$id == last.id!).filter(\.$appraisedPoints != nil).sort(\.$id).first()
        {
            let objection = ScoringObjection()
            objection.$line.id = line.id!
            objection.text = "Đơn vị đã ban hành văn bản triển khai; xin gửi kèm bản chụp."
            objection.lodgedBy = "canbo.pnv"
            objection.lodgedOn = lastDue.adding(days: 12).iso
            objection.answer = "Đoàn thẩm định giữ nguyên: văn bản ban hành sau thời hạn."
            objection.answeredBy = "noivu.hue"
            objection.answeredOn = lastDue.adding(days: 15).iso
            try await objection.create(on: app.db)
        }
        // This year: the same criteria copied, the round open; a few sheets already submitted.
        let set = try await ScoringSetStore.copy(
            lastSet.id!, toYear: today.year, title: "Bộ tiêu chí chấm điểm dân vận chính quyền Hương Trà năm \(today.year)",
            issuerUnitID: town.id!, actor: actor, on: app.db)
        let open = try await ScoringRounds.open(
            .init(
                setID: set.id!, year: today.year, title: "", subtreeUnitID: town.id!, kinds: [.office, .commune],
                selfDue: today.adding(days: 10), appraisalDue: today.adding(days: 20), objectionDue: today.adding(days: 30),
                appraisers: ["noivu.hue"]), by: coordinator, actor: actor, on: app.db)
        let pnv = try await OrgUnit.query(on: app.db).filter(\.$code == town.code + ".PNV").first()
        try await fillSelf(roundID: open.id!, sql: sql, only: "s.id % 3 = 0 AND s.unit_id <> \(pnv?.id ?? -1)")
        try await sql.raw(
            """
            UPDATE scoring_sheets SET status = \(bind: SheetStatus.submitted.rawValue), submitted_on = \(bind: today.iso), late = \(bind: false) \
            WHERE round_id = \(bind: open.id!) AND id % 3 = 0 AND unit_id <> \(bind: pnv?.id ?? -1)
            """
        ).run()
        try await ScoringResults.recompute(roundID: open.id!, on: app.db)
    }

    /// Self points for every line but computed and deduction ones: mostly the maximum, some half (levels) or none (yes/no).
    static func fillSelf(roundID: Int, sql: any SQLDatabase, only: String = "1 = 1") async throws {
        try await sql.raw(
            """
            UPDATE scoring_lines SET self_points = (SELECT CASE \
            WHEN c.kind = \(literal: ScoringKind.yesNo) AND (scoring_lines.sheet_id + scoring_lines.criterion_id) % 7 = 0 THEN 0 \
            WHEN c.kind = \(literal: ScoringKind.levels) AND (scoring_lines.sheet_id + scoring_lines.criterion_id) % 4 = 0 THEN c.max_points / 2 \
            ELSE c.max_points END FROM scoring_criteria c WHERE c.id = scoring_lines.criterion_id), \
            explanation = 'Theo báo cáo kết quả năm của đơn vị' \
            WHERE sheet_id IN (SELECT s.id FROM scoring_sheets s WHERE s.round_id = \(bind: roundID) AND \(unsafeRaw: only)) \
            AND criterion_id IN (SELECT id FROM scoring_criteria WHERE source IS NULL AND role <> \(literal: LineRole.deduction))
            """
        ).run()
    }
}
