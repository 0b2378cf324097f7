import DanVanCore
import Fluent
import Foundation
import SQLKit
import Views

/// Opening a round: every scored unit's sheet and every line in two INSERT … SELECT statements, then the computed lines.
enum ScoringRounds {
    struct Opening: Sendable {
        var setID: Int
        var year: Int
        var title: String
        /// Root of the subtree whose units are scored.
        var subtreeUnitID: Int
        var kinds: [UnitKind]
        var selfDue: CivilDate
        var appraisalDue: CivilDate
        var objectionDue: CivilDate
        /// Usernames of the appraisal team.
        var appraisers: [String]
    }

    /// The kinds a round usually scores: agencies and communes.
    static let defaultKinds: [UnitKind] = [.department, .district, .office, .commune, .publicService]

    static func open(_ opening: Opening, by user: User, actor: Actor, on database: any Database) async throws -> ScoringRound {
        guard let subtree = try await OrgUnit.find(opening.subtreeUnitID, on: database), user.canSee(subtree) else { throw AppError.outsideScope }
        guard (2000...2100).contains(opening.year) else { throw AppError.invalid(L10n.Scoring.namChamDiemKhongHopLe, code: "invalid_year") }
        guard !opening.kinds.isEmpty else { throw AppError.invalid(L10n.Scoring.vuiLongChonLoaiDonViDuocCham, code: "missing_kinds") }
        guard opening.selfDue <= opening.appraisalDue, opening.appraisalDue <= opening.objectionDue else {
            throw AppError.invalid(L10n.Scoring.cacHanPhaiTheoThuTu, code: "deadlines_out_of_order")
        }
        let (setRow, criteria, _) = try await ScoringSetStore.load(opening.setID, on: database)
        if let problem = criteria.problems().first {
            throw AppError.invalid(L10n.Scoring.boTieuChiChuaDungDuocVaLyDo(problem), code: "set_inconsistent")
        }
        if setRow.isExample { throw AppError.invalid(L10n.Scoring.boTieuChiMauKhongDung, code: "set_is_example") }
        let usernames = Set(opening.appraisers.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty })
        let appraisers = usernames.isEmpty ? [] : try await User.query(on: database).filter(\.$username ~~ usernames).with(\.$unit).all()
        let unknown = usernames.subtracting(appraisers.map(\.username))
        if let missing = unknown.sorted().first { throw AppError.invalid(L10n.Scoring.khongCoTaiKhoan(missing), code: "unknown_appraiser") }
        // The team may come from the level above (Sở Nội vụ, Ban Dân vận), so any active account that may write.
        if let unfit = appraisers.first(where: { !$0.role.canWrite || $0.isDisabled }) {
            throw AppError.invalid(L10n.Scoring.taiKhoanKhongTheThamGia(unfit.username), code: "appraiser_cannot_write")
        }
        let title =
            opening.title.trimmingCharacters(in: .whitespaces).isEmpty
            ? L10n.Scoring.danhGiaXepLoaiCongTacNam(opening.year) : opening.title.trimmingCharacters(in: .whitespaces)
        let round = try await database.transaction { db -> ScoringRound in
            let round = ScoringRound()
            round.$set.id = opening.setID
            round.$owner.id = opening.subtreeUnitID
            round.year = opening.year
            round.title = title
            round.kinds = opening.kinds.map(\.rawValue).joined(separator: ",")
            round.selfDueOn = opening.selfDue.iso
            round.appraisalDueOn = opening.appraisalDue.iso
            round.objectionDueOn = opening.objectionDue.iso
            round.createdBy = user.username
            try await round.create(on: db)
            for appraiser in appraisers {
                let member = ScoringAppraiser()
                member.$round.id = round.id!
                member.$user.id = appraiser.id!
                try await member.create(on: db)
            }
            try await insertSheets(round: round, subtreePath: subtree.path, on: db)
            if !setRow.frozen {
                setRow.frozen = true
                try await setRow.save(on: db)
            }
            let count = try await ScoringSheet.query(on: db).filter(\.$round.$id == round.id!).count()
            try await Audit.record(
                on: db, actor: actor, entity: "scoring_round", id: "\(round.id!)", action: "create",
                before: RoundSnapshot?.none, after: RoundSnapshot(round, sheets: count, appraisers: appraisers.map(\.username).sorted()))
            // The computed lines in the same transaction: a round is opened whole or not at all.
            try await ScoringComputed.prefill(roundID: round.id!, on: db, today: actor.today)
            return round
        }
        return round
    }

    /// The group (`ScoringGroup`'s raw value) of a unit, from its `kind` column, with `ScoringGroup(unitKind:)`'s rule:
    /// what a sheet stores in `unit_group` when its round opens.
    private static let unitGroup: SQLQueryString = """
        CASE WHEN kind = \(bind: UnitKind.commune.rawValue) THEN \(bind: ScoringGroup.communes.rawValue)\
         ELSE \(bind: ScoringGroup.agencies.rawValue) END
        """

    /// One sheet per active unit of the chosen kinds under the subtree, in its unit's group of today, then one line per
    /// scored criterion per sheet.
    static func insertSheets(round: ScoringRound, subtreePath: String, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let kinds = round.kinds.split(separator: ",").map(String.init)
        try await sql.raw(
            """
            INSERT INTO scoring_sheets (round_id, unit_id, unit_group, status, late, returned_count, ineligible) \
            SELECT \(bind: round.id!), id, \(unitGroup), \(bind: SheetStatus.draft.rawValue), \(bind: false), 0,\
             \(bind: false) FROM units \
            WHERE path LIKE \(bind: subtreePath + "%") AND active_until IS NULL AND kind IN (\(binds: kinds))
            """
        ).run()
        try await sql.raw(
            """
            INSERT INTO scoring_lines (sheet_id, criterion_id, explanation, appraisal_reason) \
            SELECT s.id, c.id, '', '' FROM scoring_sheets s, scoring_criteria c \
            WHERE s.round_id = \(bind: round.id!) AND c.set_id = \(bind: round.$set.id) AND c.is_line = \(bind: true)
            """
        ).run()
    }
}

struct RoundSnapshot: Codable {
    let year: Int
    let title: String
    let setID: Int
    let kinds: String
    let deadlines: String
    let sheets: Int
    let appraisers: [String]

    init(_ round: ScoringRound, sheets: Int, appraisers: [String]) {
        year = round.year
        title = round.title
        setID = round.$set.id
        kinds = round.kinds
        deadlines = [round.selfDueOn, round.appraisalDueOn, round.objectionDueOn].map { CivilDate(iso: $0)?.vietnamese ?? $0 }.joined(separator: ", ")
        self.sheets = sheets
        self.appraisers = appraisers
    }
}

/// Lines DanVan computes from its own records, set-based: one aggregate query per source, one batched update.
enum ScoringComputed {
    /// Fills `computed_*` of every computed line of the round's sheets still open to the unit (or only `sheetIDs`).
    static func prefill(roundID: Int, sheetIDs: [Int]? = nil, on db: any Database, today: CivilDate) async throws {
        guard let sql = db as? any SQLDatabase, let round = try await ScoringRound.find(roundID, on: db) else { return }
        let computed = try await ScoringCriterion.query(on: db).filter(\.$set.$id == round.$set.id).filter(\.$isLine == true)
            .filter(\.$source != nil).all()
        for criterion in computed {
            guard let source = criterion.source.flatMap(ComputedSource.init(rawValue:)) else { continue }
            switch source {
            case .reportsOnTime:
                try await reportsOnTime(round: round, criterion: criterion, sheetIDs: sheetIDs, db: db, sql: sql, today: today)
            case .exemplarsRegistered, .exemplarsRecognised:
                try await exemplars(source, round: round, criterion: criterion, sheetIDs: sheetIDs, sql: sql, today: today)
            case .disclosureOnTime, .satisfactionRate:
                try await democracy(source, round: round, criterion: criterion, sheetIDs: sheetIDs, sql: sql, today: today)
            }
        }
    }

    struct Counts: Decodable {
        let sheet: Int
        let due: Int
        let onTime: Int?
    }

    /// Tỷ lệ báo cáo định kỳ nộp đúng hạn: report requests of the unit due in the round's year (and already due today),
    /// sent on time (by the stored lateness flag — `ReportTimeliness`) over all of them.
    static func reportsOnTime(
        round: ScoringRound, criterion: ScoringCriterion, sheetIDs: [Int]?, db: any Database, sql: any SQLDatabase, today: CivilDate
    ) async throws {
        let yearEnd = "\(round.year)-12-31"
        let until = min(yearEnd, today.iso)
        let open: SQLQueryString = "s.status IN (\(bind: SheetStatus.draft.rawValue), \(bind: SheetStatus.returned.rawValue))"
        var only: SQLQueryString = ""
        if let sheetIDs { only = "AND s.id IN (\(binds: sheetIDs.isEmpty ? [-1] : sheetIDs))" }
        let counts = try await sql.raw(
            """
            SELECT s.id AS sheet, t.due, t."onTime" FROM scoring_sheets s JOIN (\
            SELECT unit_id, COUNT(*) AS due, \(ReportTimelinessSQL.sums(today: today.iso)) FROM report_requests \
            WHERE due_on >= \(bind: "\(round.year)-01-01") AND due_on <= \(bind: until) \
            AND unit_id IN (SELECT unit_id FROM scoring_sheets WHERE round_id = \(bind: round.id!)) GROUP BY unit_id) t ON t.unit_id = s.unit_id \
            WHERE s.round_id = \(bind: round.id!) AND \(open) \(only)
            """
        ).all(decoding: Counts.self)
        let line = criterion.node
        var rows: [(sheet: Int, points: Int?, value: Double?, source: String)] = counts.map { count in
            let onTime = count.onTime ?? 0
            let rate = count.due > 0 ? Double(onTime) / Double(count.due) : 0
            let points = LineRule.points(forRate: rate, line: line)
            let percent = count.due > 0 ? Int((rate * 100).rounded()) : 0
            return (
                count.sheet, points.hundredths, rate,
                L10n.Scoring.baoCaoDinhKyDenHan(onTime, count.due, round.year, percent, CivilDate(iso: until)?.vietnamese ?? until)
            )
        }
        // Sheets with nothing due: no computed points, and a source that says so.
        let counted = Set(rows.map(\.sheet))
        // Plain ids, not Fluent models: a national round has 17,830 open sheets.
        struct Open: Decodable { let id: Int }
        let openSheets = try await sql.raw(
            "SELECT s.id FROM scoring_sheets s WHERE s.round_id = \(bind: round.id!) AND \(open) \(only)"
        ).all(decoding: Open.self)
        for sheet in openSheets where !counted.contains(sheet.id) {
            rows.append((sheet.id, nil, nil, L10n.Scoring.chuaCoBaoCaoDinhKy(round.year)))
        }
        for batch in stride(from: 0, to: rows.count, by: 500).map({ Array(rows[$0..<min($0 + 500, rows.count)]) }) {
            var values: [SQLQueryString] = []
            for row in batch {
                values.append("(\(bind: row.sheet), \(bind: row.points ?? -1), \(bind: row.value ?? -1.0), \(bind: row.source))")
            }
            try await sql.raw(
                """
                UPDATE scoring_lines SET computed_points = CASE WHEN v.column2 < 0 THEN NULL ELSE v.column2 END, \
                computed_value = CASE WHEN v.column3 < 0 THEN NULL ELSE v.column3 END, computed_source = v.column4 \
                FROM (VALUES \(values.joined(separator: ", "))) AS v \
                WHERE scoring_lines.sheet_id = v.column1 AND scoring_lines.criterion_id = \(bind: criterion.id!)
                """
            ).run()
        }
    }
}
