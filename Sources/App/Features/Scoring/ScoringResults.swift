import DanVanCore
import Fluent
import Foundation
import SQLKit
import Views

/// The results of a round: one query for the sheets, one for last year's totals; ranks as stored by `ScoringRanks`.
enum ScoringResults {
    struct Row: Sendable {
        let sheetID: Int
        let unitID: Int
        let unitName: String
        let sortKey: String
        let group: ScoringGroup
        let status: SheetStatus
        let late: Bool
        let selfTotal: Points?
        let finalTotal: Points?
        let classLabel: String?
        let ineligible: Bool
        var rank: Int?
        var lastYear: Points?
        var lastYearClass: String?
    }

    /// A row of `sheetColumns`, read by column: decoding a page of them through `Decodable` was 9 % of the results page's
    /// CPU on PostgreSQL.
    static func row(_ sql: any SQLRow) throws -> Row {
        Row(
            sheetID: try sql.decode(column: "id", as: Int.self), unitID: try sql.decode(column: "unit_id", as: Int.self),
            unitName: try sql.decode(column: "name", as: String.self), sortKey: try sql.decode(column: "sort_key", as: String.self),
            group: ScoringGroup(rawValue: try sql.decode(column: "unit_group", as: String.self)) ?? .agencies,
            status: SheetStatus(rawValue: try sql.decode(column: "status", as: String.self)) ?? .draft,
            late: try sql.decode(column: "late", as: Bool.self),
            selfTotal: try sql.decode(column: "self_total", as: Int?.self).map(Points.init(hundredths:)),
            finalTotal: try sql.decode(column: "final_total", as: Int?.self).map(Points.init(hundredths:)),
            classLabel: try sql.decode(column: "class_label", as: String?.self), ineligible: try sql.decode(column: "ineligible", as: Bool.self),
            rank: try sql.decode(column: "group_rank", as: Int?.self))
    }

    static let sheetColumns: SQLQueryString =
        "s.id, s.unit_id, u.name, u.sort_key, s.unit_group, s.status, s.late, s.self_total, s.final_total, s.class_label, s.ineligible, s.group_rank"

    /// Every sheet of the round, ranked within its group (finalised sheets only, the rank stored by `ScoringRanks`), with
    /// last year's total when the same owner had a round the year before.
    static func rows(_ round: ScoringRound, on db: any Database) async throws -> [Row] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let sheets = try await sql.raw(
            """
            SELECT \(sheetColumns) FROM scoring_sheets s JOIN units u ON u.id = s.unit_id WHERE s.round_id = \(bind: round.id!) ORDER BY u.sort_key
            """
        ).all().map(row)
        return try await withLastYear(sheets, round: round, unitIDs: nil, sql: sql)
    }

    /// Fills last year's total and class (the same owner's round the year before) of `rows`, read for `unitIDs` only
    /// when given (a page of rows), else for the whole previous round.
    static func withLastYear(_ rows: [Row], round: ScoringRound, unitIDs: [Int]?, sql: any SQLDatabase) async throws -> [Row] {
        struct Previous: Decodable {
            let unit_id: Int
            let final_total: Int?
            let class_label: String?
        }
        if let unitIDs, unitIDs.isEmpty { return rows }
        var only: SQLQueryString = ""
        if let unitIDs { only = "AND s.unit_id IN (\(binds: unitIDs))" }
        let previous = try await sql.raw(
            """
            SELECT s.unit_id, s.final_total, s.class_label FROM scoring_sheets s JOIN scoring_rounds r ON r.id = s.round_id \
            WHERE r.owner_unit_id = \(bind: round.$owner.id) AND r.year = \(bind: round.year - 1) AND s.status =\
             \(bind: SheetStatus.finalised.rawValue) \(only)
            """
        ).all(decoding: Previous.self)
        let lastYear = Dictionary(previous.map { ($0.unit_id, $0) }, uniquingKeysWith: { a, _ in a })
        var rows = rows
        for index in rows.indices {
            rows[index].lastYear = lastYear[rows[index].unitID]?.final_total.map(Points.init(hundredths:))
            rows[index].lastYearClass = lastYear[rows[index].unitID]?.class_label
        }
        return rows
    }

    /// What the results page asks for: a group, a class, an order, and (for a unit's own officers) only their unit.
    struct Filter: Sendable {
        var group: ScoringGroup?
        var classLabel: String = ""
        /// "ten" (by name), "diem" (by final total), else by group and rank.
        var sort: String = ""
        var unitID: Int?
    }

    /// How many sheets of the round have each status and class, per group: one GROUP BY, a few rows.
    struct Count: Decodable, Sendable {
        let unit_group: String
        let status: String
        let class_label: String?
        let n: Int

        var group: ScoringGroup { ScoringGroup(rawValue: unit_group) ?? .agencies }
    }

    static func counts(roundID: Int, unitID: Int?, on db: any Database) async throws -> [Count] {
        guard let sql = db as? any SQLDatabase else { return [] }
        var only: SQLQueryString = ""
        if let unitID { only = "AND s.unit_id = \(bind: unitID)" }
        return try await sql.raw(
            """
            SELECT s.unit_group, s.status, s.class_label, COUNT(*) AS n FROM scoring_sheets s WHERE s.round_id = \(bind: roundID) \(only)\
             GROUP BY s.unit_group, s.status, s.class_label
            """
        ).all(decoding: Count.self)
    }

    /// How many sheets `filter` keeps, from `counts`.
    static func total(_ counts: [Count], filter: Filter) -> Int {
        counts.filter { count in
            (filter.group.map { $0 == count.group } ?? true) && (filter.classLabel.isEmpty || count.class_label == filter.classLabel)
        }.reduce(0) { $0 + $1.n }
    }

    /// One page of the round's rows as `filter` asks, in the order `ordered` gives (or by name, or by final total),
    /// with last year's figures for those rows only.
    static func page(_ round: ScoringRound, filter: Filter, page: PageParams, on db: any Database) async throws -> [Row] {
        guard let sql = db as? any SQLDatabase else { return [] }
        var conditions: [SQLQueryString] = ["s.round_id = \(bind: round.id!)"]
        if let unitID = filter.unitID { conditions.append("s.unit_id = \(bind: unitID)") }
        if let group = filter.group { conditions.append("s.unit_group = \(bind: group.rawValue)") }
        if !filter.classLabel.isEmpty { conditions.append("s.class_label = \(bind: filter.classLabel)") }
        let order: SQLQueryString
        switch filter.sort {
        case "ten": order = "u.sort_key, s.id"
        case "diem": order = "COALESCE(s.final_total, -1) DESC, u.sort_key, s.id"
        default:
            // `ScoringGroup`'s raw values sort agencies first; with the index (round_id, unit_group, group_rank) the
            // database reads the first rows in this order instead of sorting the round.
            order = "s.unit_group, s.group_rank NULLS LAST, u.sort_key, s.id"
        }
        let sheets = try await sql.raw(
            """
            SELECT \(sheetColumns) FROM scoring_sheets s JOIN units u ON u.id = s.unit_id WHERE \(conditions.joined(separator: " AND ")) \
            ORDER BY \(order) LIMIT \(bind: page.per) OFFSET \(bind: (page.page - 1) * page.per)
            """
        ).all().map(row)
        return try await withLastYear(sheets, round: round, unitIDs: sheets.map(\.unitID), sql: sql)
    }

    /// Points per criterion group for every sheet of the round, summed in SQL (final points: appraised, else self, else computed).
    static func groupSums(_ round: ScoringRound, on db: any Database) async throws -> [Int: [String: Points]] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        struct Sum: Decodable {
            let sheet_id: Int
            let group_code: String
            let points: Int?
        }
        let sums = try await sql.raw(
            """
            SELECT l.sheet_id, c.group_code, CAST(SUM(COALESCE(l.appraised_points, l.self_points, l.computed_points, 0)) AS BIGINT) AS points \
            FROM scoring_lines l JOIN scoring_sheets s ON s.id = l.sheet_id JOIN scoring_criteria c ON c.id = l.criterion_id \
            WHERE s.round_id = \(bind: round.id!) AND c.group_code IS NOT NULL GROUP BY l.sheet_id, c.group_code
            """
        ).all(decoding: Sum.self)
        var result: [Int: [String: Points]] = [:]
        for sum in sums { result[sum.sheet_id, default: [:]][sum.group_code] = Points(hundredths: sum.points ?? 0) }
        return result
    }

    /// Points per criterion group summed over the round's finalised sheets (final points, as `groupSums`), from the
    /// breakdown stored when each sheet was finalised (`ScoringBreakdown`): a few rows whatever the number of sheets.
    static func finalisedGroupTotals(_ round: ScoringRound, on db: any Database) async throws -> [String: Int] {
        try await ScoringBreakdown.finalisedGroupTotals(roundID: round.id!, on: db)
    }

    /// How many units got each class, in the set's band order (then ineligible, then not finalised).
    static func distribution(_ rows: [Row], set: CriteriaSet) -> [(label: String, count: Int)] {
        var counts: [String: Int] = [:]
        for row in rows where row.status == .finalised { counts[row.classLabel ?? "", default: 0] += 1 }
        return distribution(classes: counts, pending: rows.filter { $0.status != .finalised }.count, set: set)
    }

    /// The same from the round's `counts` (one GROUP BY).
    static func distribution(_ counts: [Count], set: CriteriaSet) -> [(label: String, count: Int)] {
        var classes: [String: Int] = [:]
        var pending = 0
        for count in counts {
            if count.status == SheetStatus.finalised.rawValue { classes[count.class_label ?? "", default: 0] += count.n } else { pending += count.n }
        }
        return distribution(classes: classes, pending: pending, set: set)
    }

    static func distribution(classes counts: [String: Int], pending: Int, set: CriteriaSet) -> [(label: String, count: Int)] {
        var labels = set.bands.sorted { $0.minimum > $1.minimum }.map(\.label) + [CriteriaSet.ineligibleLabel]
        labels = labels.filter { counts[$0] != nil } + counts.keys.filter { !labels.contains($0) }.sorted()
        var result: [(label: String, count: Int)] = labels.map { (label: $0, count: counts[$0] ?? 0) }
        if pending > 0 { result.append((label: L10n.Scoring.chuaCoKetQua, count: pending)) }
        return result
    }

    /// The results table as a spreadsheet: unit, group, self and final totals, class, rank, last year, points per group.
    static func spreadsheet(_ round: ScoringRound, set: CriteriaSet, on db: any Database) async throws -> Data {
        let rows = try await self.rows(round, on: db)
        let sums = try await groupSums(round, on: db)
        let groups = set.groups
        var cells: [[XLSXWriter.Cell]] = [
            ([
                "STT", L10n.Scoring.donViCot, L10n.Scoring.nhom, L10n.Scoring.tuCham, L10n.Scoring.thamDinh, L10n.Scoring.xepLoai,
                L10n.Scoring.thuHangTrongNhom, L10n.Scoring.namTruoc
            ]
                + groups.map { L10n.Scoring.nhomToiDa($0.code, $0.maxPoints.text) }).map { .text($0) }
        ]
        for (index, row) in ordered(rows).enumerated() {
            var line: [XLSXWriter.Cell] = [
                .number(index + 1), .text(row.unitName), .text(row.group.label),
                row.selfTotal.map { .decimal($0.value) } ?? .text(""), row.finalTotal.map { .decimal($0.value) } ?? .text(""),
                .text(row.classLabel ?? row.status.label), row.rank.map { .number($0) } ?? .text(""),
                row.lastYear.map { .decimal($0.value) } ?? .text("")
            ]
            line += groups.map { group in sums[row.sheetID]?[group.code].map { .decimal($0.value) } ?? .text("") }
            cells.append(line)
        }
        return try XLSXWriter.workbook(sheetName: "Ket qua \(round.year)", rows: cells)
    }

    /// Agencies then communes, each by rank (unranked last, by name).
    static func ordered(_ rows: [Row]) -> [Row] {
        rows.sorted { a, b in
            if a.group != b.group { return a.group == .agencies }
            switch (a.rank, b.rank) {
            case (let x?, let y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.sortKey < b.sortKey
            }
        }
    }

    /// Draft decision announcing the results (Nghị định 30/2020, văn bản có tên loại), with the results table as its appendix.
    static func decision(_ round: ScoringRound, setRow: ScoringSet, owner: OrgUnit, parent: OrgUnit?, today: CivilDate, on db: any Database)
        async throws
        -> OfficialReport
    {
        let rows = ordered(try await self.rows(round, on: db))
        let body = L10n.Scoring.uyBanNhanDan + owner.name.uppercased()
        let place = owner.name.replacingOccurrences(of: L10n.Scoring.thiXa, with: "").replacingOccurrences(of: L10n.Scoring.huyen, with: "")
            .replacingOccurrences(of: L10n.Scoring.tinh, with: "").replacingOccurrences(of: L10n.Scoring.thanhPho, with: "")
        var blocks: [OfficialReport.Block] = [
            .heading(L10n.Scoring.chuTichUyBanNhanDan + owner.name.uppercased()),
            .paragraph(L10n.Scoring.canCuLuatToChucChinh),
            .paragraph(L10n.Scoring.canCuQuyetDinhSo23),
            .paragraph(L10n.Scoring.canCuChiThiSo33),
            .paragraph(L10n.Scoring.canCu + String(setRow.decision.prefix(1)).lowercased() + String(setRow.decision.dropFirst()) + ";"),
            .paragraph(L10n.Scoring.theoKetQuaThamDinhCua),
            .heading(L10n.Scoring.quyetDinhLabel),
            .paragraph(L10n.Scoring.dieu1CongNhanKetQua(round.year, rows.count)),
            .paragraph(L10n.Scoring.dieu2KetQuaDanhGia(round.year)),
            .paragraph(L10n.Scoring.dieu3QuyetDinhNayCo),
            .heading(L10n.Scoring.phuLucKetQuaDanhGia(round.year))
        ]
        for group in ScoringGroup.allCases {
            let members = rows.filter { $0.group == group }
            guard !members.isEmpty else { continue }
            blocks.append(.heading(group.label))
            blocks.append(
                .table(
                    header: ["STT", L10n.Scoring.coQuanDonVi, L10n.Scoring.diemCot, L10n.Scoring.xepLoai, L10n.Scoring.thuHang],
                    rows: members.enumerated().map { index, row in
                        [
                            String(index + 1), row.unitName, row.finalTotal?.text ?? "", row.classLabel ?? row.status.label,
                            row.rank.map(String.init) ?? ""
                        ]
                    }))
        }
        var document = OfficialReport(
            parentBody: parent.map { "UBND " + $0.name }, issuingBody: body, symbol: L10n.Scoring.qdUbnd, place: place, date: nil,
            year: today.year, title: L10n.Scoring.veViecCongNhanKetQua(round.year),
            body: blocks, signature: .init(lines: [L10n.Scoring.tmUyBanNhanDan, L10n.Scoring.chuTich], name: ""),
            distribution: [L10n.Scoring.nhuDieu3, L10n.Scoring.banDanVanCapUyCung, L10n.Scoring.luuVtNv])
        document.kindName = L10n.Scoring.quyetDinh
        if let signer = try await UnitSigner.find(unitID: owner.id!, on: db) { document.signature = signer.signature }
        return document
    }
}

extension ScoringResults {
    /// Recomputes self totals (and, for finalised sheets, final totals and classes) of a whole round from its lines:
    /// one query for the lines, `ScoreCalculator` per sheet in memory, batched updates of the totals and of the finalised
    /// sheets' per-group breakdown (`ScoringBreakdown`) in one transaction.
    static func recompute(roundID: Int, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, let round = try await ScoringRound.find(roundID, on: db) else { return }
        let (_, set, criteria) = try await ScoringSetStore.load(round.$set.id, on: db)
        let codes = Dictionary(uniqueKeysWithValues: criteria.map { ($0.id!, $0.code) })
        struct LineRow: Decodable {
            let sheet_id: Int
            let criterion_id: Int
            let self_points: Int?
            let computed_points: Int?
            let appraised_points: Int?
        }
        struct SheetRow: Decodable {
            let id: Int
            let status: String
            let ineligible: Bool
        }
        let lines = try await sql.raw(
            """
            SELECT l.sheet_id, l.criterion_id, l.self_points, l.computed_points, l.appraised_points FROM scoring_lines l \
            JOIN scoring_sheets s ON s.id = l.sheet_id WHERE s.round_id = \(bind: roundID)
            """
        ).all(decoding: LineRow.self)
        let sheets = try await sql.raw("SELECT id, status, ineligible FROM scoring_sheets WHERE round_id = \(bind: roundID)").all(
            decoding: SheetRow.self)
        var selfPoints: [Int: [String: Points]] = [:]
        var finalPoints: [Int: [String: Points]] = [:]
        for line in lines {
            guard let code = codes[line.criterion_id] else { continue }
            if let value = line.self_points ?? line.computed_points { selfPoints[line.sheet_id, default: [:]][code] = Points(hundredths: value) }
            if let value = line.appraised_points ?? line.self_points ?? line.computed_points {
                finalPoints[line.sheet_id, default: [:]][code] = Points(hundredths: value)
            }
        }
        var values: [SQLQueryString] = []
        var breakdown: [ScoringBreakdown.Row] = []
        for sheet in sheets {
            let own = ScoreCalculator.result(set, points: selfPoints[sheet.id] ?? [:])
            let finalised = sheet.status == SheetStatus.finalised.rawValue
            let final = ScoreCalculator.result(set, points: finalPoints[sheet.id] ?? [:], ineligible: sheet.ineligible)
            let selfTotal = sheet.status == SheetStatus.draft.rawValue ? -1 : own.total.hundredths
            values.append(
                """
                (\(bind: sheet.id), \(bind: selfTotal), \(bind: finalised ? final.total.hundredths : -1),\
                 \(bind: finalised ? final.classLabel : ""))
                """
            )
            if finalised { breakdown += ScoringBreakdown.rows(sheetID: sheet.id, roundID: roundID, own: own, final: final) }
        }
        // Totals and their per-group breakdown together.
        let updates = values
        let rows = breakdown
        try await db.transaction { db in
            guard let sql = db as? any SQLDatabase else { return }
            for start in stride(from: 0, to: updates.count, by: 500) {
                let batch = updates[start..<min(start + 500, updates.count)]
                try await sql.raw(
                    """
                    UPDATE scoring_sheets SET self_total = CASE WHEN v.column2 < 0 THEN NULL ELSE v.column2 END, \
                    final_total = CASE WHEN v.column3 < 0 THEN NULL ELSE v.column3 END, \
                    class_label = CASE WHEN v.column4 = '' THEN NULL ELSE v.column4 END \
                    FROM (VALUES \(Array(batch).joined(separator: ", "))) AS v WHERE scoring_sheets.id = v.column1
                    """
                ).run()
            }
            try await ScoringBreakdown.replace(roundID: roundID, with: rows, on: db)
            try await ScoringRanks.store(roundID: roundID, on: db)
        }
    }
}
