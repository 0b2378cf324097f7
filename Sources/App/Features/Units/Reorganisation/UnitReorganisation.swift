import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Applies a `Reorganisation` (the official conversion table) to the units held, in one transaction and set-based:
/// creates the new units, renames and moves the continuing rows, closes the others under their main successor,
/// records the successions, recomputes the paths (so a successor's subtree holds its predecessors' records) and moves
/// the open work of units that went whole into one successor. What it plans first is the same as the preview.
enum UnitReorganisation {
    struct Input: Sendable {
        var table: ConversionTable
        var newList: AdministrativeUnitList
        var agencyMapping: [AgencyMapping.Row]?
        var effective: CivilDate
        /// Leave aside rows naming an old commune the database does not hold (listed in the summary), instead of refusing.
        var skipUnknownOldCodes = false
        /// Leave open (and list) the communes held that the table does not name and that own open work, instead of refusing.
        var keepUnnamedWithOpenWork = false
        /// Told how long each step of the apply took (`units reorganise --timing`, for the benchmark).
        var trace: (@Sendable (String) -> Void)? = nil
        /// Above this many petitions to index again, the petition index is rebuilt after the reorganisation commits
        /// (`PetitionSearchIndex.catchUp`) instead of inside it: for the national one (2,000,000 petitions) the rebuild
        /// took longer than all the rest of the reorganisation.
        var reindexAfterCommitAbove = 100_000
    }

    /// The plan was refused: nothing applied.
    struct Refused: Error, CustomStringConvertible {
        let issues: [Reorganisation.Issue]
        var description: String { L10n.Units.khongApDungDuocBangChuyen + issues.map { "  " + $0.description }.joined(separator: "\n") }
    }

    struct Summary: Content, Equatable {
        var effective: String
        var applied = false
        var continued = 0
        var created = 0
        var closedCommunes = 0
        var closedDistricts = 0
        var closedProvinces = 0
        var closedAgencies = 0
        /// Open items moved to a successor, by kind label.
        var moved: [String: Int] = [:]
        /// Open items left with a closed unit because the successor already had the same one (same report period, same task).
        var keptAsDuplicates = 0
        /// Items removed because the successor already had the same one (a regime's reporter), by kind label.
        var removedDuplicates: [String: Int] = [:]
        var splitCommunes = 0
        /// Open items of split communes waiting for a person to choose their successor.
        var splitOpenItems = 0
        var rowsOutOfScope = 0
        /// Rows left aside (`skipUnknownOldCodes`), as "Dòng N: …".
        var skippedRows: [String] = []
        /// Communes left open (`keepUnnamedWithOpenWork`).
        var keptUnnamed: [String] = []
        /// The petition index is to be rebuilt now that the reorganisation has committed (`PetitionSearchIndex.catchUp`).
        var searchIndexPending = false

        var lines: [String] {
            let movedText = moved.isEmpty ? "0" : moved.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            let date = CivilDate(iso: effective)?.vietnamese ?? effective
            var out: [String] = []
            out.append((applied ? L10n.Units.daToChucLai : L10n.Units.xemTruocToChucLai) + L10n.Units.donViHanhChinhTuNgay + date + ":")
            out.append(L10n.Units.donViCuTiepTucThanh(continued, created))
            out.append(L10n.Units.giaiTheXaHuyenTinhCo(closedCommunes, closedDistricts, closedProvinces, closedAgencies))
            var moving = L10n.Units.chuyenViecDangMoSangDonLabel + movedText
            if keptAsDuplicates > 0 { moving += L10n.Units.viecTrungVoiViecDonVi(keptAsDuplicates) }
            for (label, count) in removedDuplicates.sorted(by: { $0.key < $1.key }) { moving += L10n.Units.boTrungVoiDonViKe(count, label) }
            out.append(moving + ";")
            var split = L10n.Units.xaBiChiaTachViecDang(splitCommunes, splitOpenItems)
            if rowsOutOfScope > 0 { split += L10n.Units.dongCuaBangThuocTinhKhong(rowsOutOfScope) }
            out.append(split)
            if !skippedRows.isEmpty {
                out.append(L10n.Units.boQuaDongCoMaXaLabel(skippedRows.count))
                out += skippedRows.map { "    " + $0 }
            }
            if !keptUnnamed.isEmpty {
                out.append(L10n.Units.giuNguyenXaKhongCoTrongLabel(keptUnnamed.count))
                out += keptUnnamed.map { "    " + $0 }
            }
            if searchIndexPending { out.append(L10n.Units.chiMucTimKiemDonDungLaiSauKhiGhi) }
            return out
        }
    }

    /// Kinds of open work that follow a unit to its successor. `open` is a condition on the table's alias `{t}`;
    /// `key` are the columns that, with the unit column, are unique (two items with the same key cannot both move to one
    /// unit).
    struct OpenWork: Sendable {
        let table: String
        /// The column naming the unit that owns the item: `unit_id`, or `parent_id` for a hamlet under its commune.
        var column = "unit_id"
        let label: String
        /// The kind of one item: "Báo cáo".
        let kind: String
        let open: String
        let key: [String]
        /// What one item is called, an SQL expression over `{t}`.
        let title: String
        /// An item whose successor already has one with the same key is removed instead of kept with the closed unit
        /// (a regime's reporter list: the successor already reports, the closed unit must not be asked any more).
        var dropsDuplicates = false

        func open(_ alias: String) -> String { open.replacingOccurrences(of: "{t}", with: alias) }
        func title(_ alias: String) -> String { title.replacingOccurrences(of: "{t}", with: alias) }
        /// The owners of this kind's open items, one row each (`id`).
        var ownersWithOpenWork: String { "SELECT \(owner(table)) AS id FROM \(table) WHERE \(owner(table)) IS NOT NULL AND \(open(table))" }

        static let all: [OpenWork] = [
            OpenWork(
                table: "report_requests", label: L10n.Units.yeuCauBaoCaoChuaDuoc, kind: L10n.Units.baoCao,
                open: "{t}.status <> '\(ReportStatus.accepted.rawValue)'", key: ["schedule_id", "period_key"], title: "{t}.period_label"),
            OpenWork(
                table: "assignments", label: L10n.Units.phanCongChuaHoanThanh, kind: L10n.Units.phanCong,
                open: "{t}.status <> '\(AssignmentStatus.done.rawValue)'", key: ["task_id"],
                title: "(SELECT k.reference || ' ' || substr(k.text, 1, 80) FROM tasks k WHERE k.id = {t}.task_id)"),
            OpenWork(
                table: "petitions", label: L10n.Units.donDangGiaiQuyet, kind: L10n.Units.don,
                open: "{t}.status IN ("
                    + (PetitionStatus.awaitingAcceptance + PetitionStatus.underResolution).map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")",
                key: [], title: "{t}.subject"),
            OpenWork(
                table: "exemplars", label: L10n.Units.moHinhDanVanKheoDang, kind: L10n.Units.moHinh,
                open: "{t}.status <> '\(ExemplarStatus.stopped.rawValue)'", key: [], title: "{t}.name"),
            OpenWork(
                table: "plan_obligations", label: L10n.Units.nghiaVuTheoKeHoachChua, kind: L10n.Units.nghiaVu,
                open: "{t}.fulfilled_on IS NULL", key: ["plan_id", "kind"], title: "{t}.description"),
            OpenWork(
                table: "report_schedule_reporters", label: L10n.Units.luotCoTenTrongDanhSach, kind: L10n.Units.donViBaoCao,
                open: "1 = 1", key: ["schedule_id"],
                title:
                    """
                    (SELECT 'Chế độ báo cáo của kế hoạch ' || COALESCE(p.number, '') || ' ' || substr(p.title, 1, 80) FROM report_schedules s\
                     JOIN plans p ON p.id = s.plan_id WHERE s.id = {t}.schedule_id)
                    """,
                dropsDuplicates: true),
            OpenWork(
                table: "units", column: "parent_id", label: L10n.Units.thonToDanPhoVietThuong, kind: L10n.Units.thonToDanPho,
                open: "{t}.kind = '\(UnitKind.hamlet.rawValue)' AND {t}.active_until IS NULL", key: [], title: "{t}.name")
        ]

        /// The owning unit's column on the alias: "t.unit_id".
        func owner(_ alias: String) -> String { alias + "." + column }
    }

    private struct HeldRow: Decodable {
        let id: Int
        let code: String
        let name: String
        let kind: String
        let parent_id: Int?
        let active_until: String?
    }

    /// The plan over the units held now; `Refused` is not thrown here, the issues are in the plan.
    static func plan(_ input: Input, on db: any Database) async throws -> Reorganisation {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            "SELECT id, code, name, kind, parent_id, active_until FROM units WHERE kind <> \(bind: UnitKind.hamlet.rawValue)"
        )
        .all(decoding: HeldRow.self)
        let openUnits = Set(
            try await sql.raw(
                "\(unsafeRaw: OpenWork.all.map(\.ownersWithOpenWork).joined(separator: " UNION "))"
            )
            .all(decoding: IDRow.self).map(\.id))
        let held = rows.map { row -> Reorganisation.Held in
            let tier: Reorganisation.Tier =
                switch UnitKind(rawValue: row.kind) ?? .other {
                case .province: .province
                case .district: .district
                case .commune: .commune
                default: .agency
                }
            return Reorganisation.Held(
                id: row.id, code: row.code, name: row.name, tier: tier, parentID: row.parent_id,
                closed: row.active_until != nil, hasOpenItems: openUnits.contains(row.id))
        }
        let last = try await UnitSuccession.query(on: db).sort(\.$effectiveOn, .descending).first().flatMap { CivilDate(iso: $0.effectiveOn) }
        return Reorganisation(
            table: input.table, newList: input.newList, held: held, effective: input.effective,
            agencyMapping: input.agencyMapping, lastEffective: last, skipUnknownOldCodes: input.skipUnknownOldCodes,
            keepUnnamedWithOpenWork: input.keepUnnamedWithOpenWork)
    }

    private struct IDRow: Decodable { let id: Int }
    private struct SuccessionPair: Decodable {
        let predecessor_id: Int
        let successor_id: Int
    }
    private struct CodeRow: Decodable {
        let id: Int
        let code: String
        let name: String
    }
    private struct TreeRow: Decodable {
        let id: Int
        let parent_id: Int?
        let path: String
        let depth: Int
    }

    /// Plans, then (unless `dryRun`) applies, all in one transaction; a plan with issues is refused (`dryRun` returns it
    /// with its issues, for the preview).
    static func apply(_ input: Input, actor: Actor, dryRun: Bool, on database: any Database) async throws -> (Reorganisation, Summary) {
        try await database.transaction { db in
            let sql = db as! any SQLDatabase
            var mark = ContinuousClock.now
            func step(_ name: String) {
                guard let trace = input.trace else { return }
                let now = ContinuousClock.now
                trace(String(format: "  %7.2f s  ", (now - mark).inSeconds) + name)
                mark = now
            }
            let plan = try await plan(input, on: db)
            step(L10n.Units.n0LapKeHoachDocDon)
            guard plan.isValid || dryRun else { throw Refused(issues: plan.issues) }
            let effective = input.effective.iso
            var summary = Summary(effective: effective)
            summary.continued = plan.continued.count
            summary.created = plan.created.count
            summary.closedCommunes = plan.closed.filter { $0.tier == .commune }.count
            summary.closedDistricts = plan.closed.filter { $0.tier == .district }.count
            summary.closedProvinces = plan.closed.filter { $0.tier == .province }.count
            summary.closedAgencies = plan.closed.filter { $0.tier == .agency }.count
            summary.splitCommunes = plan.splitCommunes.count
            summary.rowsOutOfScope = plan.rowsOutOfScope
            summary.skippedRows = plan.skippedRows.map(\.description)
            summary.keptUnnamed = plan.keptUnnamed.map(\.description)
            if dryRun {
                return (plan, summary)
            }
            var units: [String: (id: Int, name: String)] = [:]
            func loadUnits() async throws {
                let rows = try await sql.raw("SELECT id, code, name FROM units").all(decoding: CodeRow.self)
                units = Dictionary(rows.map { ($0.code, ($0.id, $0.name)) }, uniquingKeysWith: { first, _ in first })
            }
            try await loadUnits()
            step(L10n.Units.n0bDocMaDonVi)
            let nameOf = Dictionary(units.values.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            var history: [UnitChange] = []

            // 1. New units, provinces before communes.
            for tier in [Reorganisation.Tier.province, .commune] {
                let fresh = plan.created.filter { $0.tier == tier }.map { creation in
                    OrgUnit(
                        code: creation.code, name: creation.name, kind: tier == .province ? .province : .commune,
                        parentID: creation.parentCode.flatMap { units[$0]?.id } ?? (tier == .province ? plan.rootID : nil), activeFrom: effective)
                }
                for chunk in fresh.chunked(500) { try await Array(chunk).create(on: db) }
                if !fresh.isEmpty { try await loadUnits() }
                history += fresh.compactMap { unit in
                    units[unit.code].map {
                        UnitChange(unitID: $0.id, kind: .created, oldValue: nil, newValue: unit.name, effectiveOn: effective, userID: actor.userID)
                    }
                }
            }

            step(L10n.Units.n1TaoDonViMoi)

            // 2. Continuing rows: new names, new parents.
            let renames = plan.continued.filter { $0.oldName != $0.newName }
            try await setColumns(
                ["name", "name_key", "sort_key"],
                rows: renames.map { continuation in
                    let unit = OrgUnit(code: continuation.code, name: continuation.newName, kind: .other, parentID: nil)
                    return (continuation.unitID, [unit.name, unit.nameKey, unit.sortKey])
                }, on: sql)
            history += renames.map {
                UnitChange(
                    unitID: $0.unitID, kind: .renamed, oldValue: $0.oldName, newValue: $0.newName, effectiveOn: effective, userID: actor.userID)
            }

            step(L10n.Units.n2DoiTenDonViTiep)

            // 3. Closed rows: closed from the effective date, under their main successor.
            for chunk in plan.closed.map(\.unitID).chunked(500) {
                try await sql.raw("UPDATE units SET active_until = \(bind: effective) WHERE id IN (\(binds: Array(chunk)))").run()
            }
            history += plan.closed.map {
                UnitChange(unitID: $0.unitID, kind: .closed, oldValue: nil, newValue: nil, effectiveOn: effective, userID: actor.userID)
            }

            let moves =
                plan.continued.compactMap { c in c.newParentCode.map { (c.unitID, $0) } }
                + plan.closed.compactMap { c in c.newParentCode.map { (c.unitID, $0) } }
            let tree = try await sql.raw("SELECT id, parent_id, path, depth FROM units").all(decoding: TreeRow.self)
            let parentOf = Dictionary(tree.map { ($0.id, $0.parent_id) }, uniquingKeysWith: { first, _ in first })
            try await setIntColumn("parent_id", rows: moves.compactMap { id, code in units[code].map { (id, $0.id) } }, on: sql)
            let newName = Dictionary(plan.continued.map { ($0.code, $0.newName) }, uniquingKeysWith: { first, _ in first })
            history += moves.compactMap { id, code in
                units[code].map {
                    UnitChange(
                        unitID: id, kind: .moved, oldValue: (parentOf[id] ?? nil).flatMap { nameOf[$0] }, newValue: newName[code] ?? $0.name,
                        effectiveOn: effective, userID: actor.userID, oldParentID: parentOf[id] ?? nil)
                }
            }
            try await insertRows(
                "unit_changes", ["unit_id", "kind", "old_value", "new_value", "effective_on", "user_id", "old_parent_id", "created_at"],
                history.map { [$0.$unit.id, $0.kind.rawValue, $0.oldValue, $0.newValue, $0.effectiveOn, $0.$user.id, $0.oldParentID, actor.at] },
                on: sql)
            step(L10n.Units.n3GiaiTheChuyenCapTren)

            // 4. Paths and depths from the new parents, written only where they changed.
            let repathed = try await recomputePaths(on: sql)
            step(L10n.Units.n4DuongDanTrongCay)

            // 5. Successions (the ones already recorded for this date are kept).
            let existing = Set(
                try await sql.raw("SELECT predecessor_id, successor_id FROM unit_successions WHERE effective_on = \(bind: effective)")
                    .all(decoding: SuccessionPair.self).map { "\($0.predecessor_id)>\($0.successor_id)" })
            var successions: [UnitSuccession] = []
            func record(_ predecessorID: Int, _ successor: Reorganisation.Successor, moves: Bool, source: Reorganisation.Source) {
                guard let successorID = units[successor.code]?.id, !existing.contains("\(predecessorID)>\(successorID)") else { return }
                successions.append(
                    UnitSuccession(
                        predecessorID: predecessorID, successorID: successorID, whole: successor.whole, isMain: successor.main,
                        movesOpenItems: moves && successor.main, effectiveOn: effective, source: source.rawValue,
                        decidedBy: actor.username, line: successor.line))
            }
            for closure in plan.closed {
                for successor in closure.successors { record(closure.unitID, successor, moves: !closure.isSplit, source: closure.source) }
            }
            for partial in plan.partial { record(partial.unitID, partial.successor, moves: false, source: .table) }
            try await insertRows(
                "unit_successions",
                [
                    "predecessor_id", "successor_id", "whole", "is_main", "moves_open_items", "effective_on", "source", "decided_by", "line",
                    "created_at"
                ],
                successions.map {
                    [
                        $0.$predecessor.id, $0.$successor.id, $0.whole, $0.isMain, $0.movesOpenItems, $0.effectiveOn, $0.source, $0.decidedBy,
                        $0.line, actor.at
                    ]
                }, on: sql)
            try await recordFormerNames(plan, units: units, effective: effective, on: db)
            step(L10n.Units.n5KeThuaTenCu)

            // 6. Open work of units that went whole into one successor: a few statements per kind of work, joined on a
            //    keyed table of the moving units; one audit entry per unit moved, naming its counts.
            let (movedPetitionUnits, hamletsMoved) = try await moveOpenWork(
                effective: effective, newlyClosed: Set(successions.map(\.$predecessor.id)),
                actor: actor, summary: &summary, on: db)
            step(L10n.Units.n6ViecDangMoChuyenSang)
            // Hamlets moved under their new commune: their paths follow.
            var hamletsRepathed = Set<Int>()
            if hamletsMoved { hamletsRepathed = try await recomputePaths(on: sql) }
            step(L10n.Units.n6aDuongDanCuaThon)
            for work in OpenWork.all {
                summary.splitOpenItems += try await count(
                    work,
                    units: "SELECT predecessor_id FROM unit_successions WHERE is_main AND NOT moves_open_items AND effective_on = \(bind: effective)",
                    on: sql)
            }
            step(L10n.Units.n6bDemViecCuaXaBi)

            // 7. The petition search knows each case's units by path: the cases of every unit whose path changed, and
            //    the cases that moved to a successor, are indexed again — all of them at once when they are most cases.
            let reindexed = repathed.union(hamletsRepathed).union(movedPetitionUnits)
            summary.searchIndexPending = try await refreshPetitionSearch(
                units: reindexed, afterCommitAbove: input.reindexAfterCommitAbove, since: actor.at, on: db)
            step(L10n.Units.n7ChiMucTimKiemDon)
            summary.applied = true
            if !plan.continued.isEmpty || !plan.created.isEmpty || !plan.closed.isEmpty || !summary.moved.isEmpty {
                try await Audit.record(
                    on: db, actor: actor, entity: "unit_reorganisation", id: effective, action: "reorganise",
                    before: Summary?.none, after: summary)
            }
            return (plan, summary)
        }
    }

    /// Each new commune's predecessors (and a continuing commune's own old name) as former names, so that typing an old
    /// name or code finds it; the ones already held are kept.
    private static func recordFormerNames(_ plan: Reorganisation, units: [String: (id: Int, name: String)], effective: String, on db: any Database)
        async throws
    {
        let sql = db as! any SQLDatabase
        let tree = try await sql.raw("SELECT id, parent_id, path, depth FROM units").all(decoding: TreeRow.self)
        let parentOf = Dictionary(tree.map { ($0.id, $0.parent_id) }, uniquingKeysWith: { first, _ in first })
        let nameOf = Dictionary(units.values.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        // The old district and province, from the history of moves (the parent before the move).
        struct Moved: Decodable {
            let unit_id: Int
            let old_value: String?
        }
        let moved = try await sql.raw(
            "SELECT unit_id, old_value FROM unit_changes WHERE kind = \(bind: UnitChange.Kind.moved.rawValue) AND effective_on = \(bind: effective)"
        )
        .all(decoding: Moved.self)
        let oldParentName = Dictionary(
            moved.compactMap { change in change.old_value.map { (change.unit_id, $0) } }, uniquingKeysWith: { first, _ in first })
        func place(_ unitID: Int) -> String {
            let district = oldParentName[unitID] ?? (parentOf[unitID] ?? nil).flatMap { nameOf[$0] }
            return [district].compactMap { $0 }.joined(separator: ", ")
        }
        var rows: [UnitFormerName] = []
        for closure in plan.closed where closure.tier == .commune {
            for successor in closure.successors {
                guard let target = units[successor.code]?.id else { continue }
                rows.append(
                    UnitFormerName(unitID: target, code: closure.code, name: closure.name, place: place(closure.unitID), whole: successor.whole))
            }
        }
        for continuation in plan.continued where continuation.oldName != continuation.newName {
            rows.append(
                UnitFormerName(
                    unitID: continuation.unitID, code: continuation.code, name: continuation.oldName, place: place(continuation.unitID), whole: true))
        }
        let continuation = Dictionary(plan.continued.map { ($0.unitID, $0) }, uniquingKeysWith: { first, _ in first })
        for partial in plan.partial {
            guard let target = units[partial.successor.code]?.id, let old = continuation[partial.unitID] else { continue }
            rows.append(UnitFormerName(unitID: target, code: old.code, name: old.oldName, place: place(partial.unitID), whole: false))
        }
        struct Held: Decodable {
            let unit_id: Int
            let code: String
        }
        let held = Set(try await sql.raw("SELECT unit_id, code FROM unit_former_names").all(decoding: Held.self).map { "\($0.unit_id)>\($0.code)" })
        var seen = held
        let fresh = rows.filter { seen.insert("\($0.$unit.id)>\($0.code)").inserted }
        try await insertRows(
            "unit_former_names", ["unit_id", "code", "name", "name_key", "place", "place_key", "whole"],
            fresh.map { [$0.$unit.id, $0.code, $0.name, $0.nameKey, $0.place, $0.placeKey, $0.whole] }, on: sql)
    }

    /// Moves the open work of the units that went whole into one successor (`moves_open_items` of this date), set-based:
    /// the moving units are a keyed temporary table (predecessor → successor) that each kind of work joins on its
    /// indexed owner column; what moves is written to a second keyed table and applied with one `UPDATE … FROM`. An item
    /// whose successor already has one with the same key (same report period, same task), or gets one from another
    /// predecessor, is not duplicated: it stays with the closed unit (`keptAsDuplicates`), or is removed for the kinds
    /// that `dropsDuplicates`. One audit entry per unit moved names what moved and what stayed (a unit whose items all
    /// stayed is audited only the first time, so that running the table again records nothing). Returns the successors
    /// that received petitions, and whether hamlets moved.
    private static func moveOpenWork(effective: String, newlyClosed: Set<Int>, actor: Actor, summary: inout Summary, on db: any Database) async throws
        -> (petitionUnits: Set<Int>, hamletsMoved: Bool)
    {
        let sql = db as! any SQLDatabase
        let integerKey = sql.dialect.name == "sqlite" ? "INTEGER PRIMARY KEY" : "BIGINT PRIMARY KEY"
        try await sql.raw("DROP TABLE IF EXISTS reorg_moves").run()
        try await sql.raw("DROP TABLE IF EXISTS reorg_moving").run()
        try await sql.raw("CREATE TEMPORARY TABLE reorg_moves (predecessor_id \(unsafeRaw: integerKey), successor_id BIGINT NOT NULL)").run()
        try await sql.raw(
            """
            INSERT INTO reorg_moves (predecessor_id, successor_id) SELECT predecessor_id, MIN(successor_id) FROM unit_successions \
            WHERE moves_open_items AND effective_on = \(bind: effective) GROUP BY predecessor_id
            """
        ).run()
        try await sql.raw("CREATE TEMPORARY TABLE reorg_moving (id \(unsafeRaw: integerKey), from_id BIGINT NOT NULL, to_id BIGINT NOT NULL)").run()
        try await sql.raw("ANALYZE reorg_moves").run()

        struct Pair: Decodable {
            let predecessor_id: Int
            let successor_id: Int
        }
        let pairs = try await sql.raw("SELECT predecessor_id, successor_id FROM reorg_moves").all(decoding: Pair.self)
        var petitionUnits = Set<Int>()
        var hamletsMoved = false
        // Per predecessor: what moved and what stayed (or was removed), by kind label, for its audit entry.
        var moved: [Int: [(String, Int)]] = [:]
        var kept: [Int: [(String, Int)]] = [:]
        var dropped: [Int: [(String, Int)]] = [:]
        struct UnitCount: Decodable {
            let unit_id: Int
            let n: Int
        }
        if !pairs.isEmpty {
            for work in OpenWork.all {
                let t = work.table
                let owner = work.owner(t)
                try await sql.raw("DELETE FROM reorg_moving").run()
                let candidates: SQLQueryString =
                    "FROM \(unsafeRaw: t) JOIN reorg_moves m ON m.predecessor_id = \(unsafeRaw: owner) WHERE \(unsafeRaw: work.open(t))"
                if work.key.isEmpty {
                    try await sql.raw(
                        "INSERT INTO reorg_moving (id, from_id, to_id) SELECT \(unsafeRaw: t).id, \(unsafeRaw: owner), m.successor_id \(candidates)"
                    ).run()
                } else {
                    // Not when the successor already has the same key (a point lookup on the (key…, unit) unique index),
                    // and only the first of the predecessors' items with the same key going to the same successor.
                    let sameKey = work.key.map { "r2.\($0) = \(t).\($0)" }.joined(separator: " AND ")
                    let partition = work.key.map { "\(t).\($0)" }.joined(separator: ", ")
                    try await sql.raw(
                        """
                        INSERT INTO reorg_moving (id, from_id, to_id) SELECT id, from_id, to_id FROM (
                          SELECT \(unsafeRaw: t).id AS id, \(unsafeRaw: owner) AS from_id, m.successor_id AS to_id,
                                 ROW_NUMBER() OVER (PARTITION BY m.successor_id, \(unsafeRaw: partition) ORDER BY \(unsafeRaw: t).id) AS rn
                          \(candidates) AND NOT EXISTS (SELECT 1 FROM \(unsafeRaw: t) r2 WHERE \(unsafeRaw: work.owner("r2")) = m.successor_id AND\
                         \(unsafeRaw: sameKey))
                        ) x WHERE rn = 1
                        """
                    ).run()
                }
                let movedCounts = try await sql.raw("SELECT from_id AS unit_id, COUNT(*) AS n FROM reorg_moving GROUP BY from_id").all(
                    decoding: UnitCount.self)
                if !movedCounts.isEmpty {
                    try await sql.raw("ANALYZE reorg_moving").run()
                    try await sql.raw(
                        "UPDATE \(unsafeRaw: t) SET \(unsafeRaw: work.column) = mv.to_id FROM reorg_moving mv WHERE \(unsafeRaw: t).id = mv.id"
                    ).run()
                    summary.moved[work.label] = movedCounts.reduce(0) { $0 + $1.n }
                    for row in movedCounts { moved[row.unit_id, default: []].append((work.label, row.n)) }
                    if t == "petitions" {
                        struct ID: Decodable { let id: Int }
                        petitionUnits.formUnion(try await sql.raw("SELECT DISTINCT to_id AS id FROM reorg_moving").all(decoding: ID.self).map(\.id))
                    }
                    if t == "units" { hamletsMoved = true }
                }
                // What is still open at a moving unit duplicates what its successor has.
                let left = try await sql.raw("SELECT \(unsafeRaw: owner) AS unit_id, COUNT(*) AS n \(candidates) GROUP BY \(unsafeRaw: owner)").all(
                    decoding: UnitCount.self)
                guard !left.isEmpty else { continue }
                let total = left.reduce(0) { $0 + $1.n }
                if work.dropsDuplicates {
                    try await sql.raw(
                        """
                        DELETE FROM \(unsafeRaw: t) WHERE \(unsafeRaw: owner) IN (SELECT predecessor_id FROM reorg_moves) AND\
                         \(unsafeRaw: work.open(t))
                        """
                    ).run()
                    summary.removedDuplicates[work.label] = total
                    for row in left { dropped[row.unit_id, default: []].append((work.label, row.n)) }
                } else {
                    summary.keptAsDuplicates += total
                    for row in left { kept[row.unit_id, default: []].append((work.label, row.n)) }
                }
            }
        }
        try await sql.raw("DROP TABLE reorg_moving").run()
        try await sql.raw("DROP TABLE reorg_moves").run()

        // One entry per unit moved: "Xã A → Phường B: 3 yêu cầu báo cáo …; 1 … giữ ở đơn vị cũ".
        let touched = Set(moved.keys).union(dropped.keys).union(kept.keys.filter(newlyClosed.contains))
        guard !touched.isEmpty else { return (petitionUnits, hamletsMoved) }
        let successorOf = Dictionary(pairs.map { ($0.predecessor_id, $0.successor_id) }, uniquingKeysWith: { first, _ in first })
        var nameOf: [Int: String] = [:]
        for chunk in Array(touched.union(touched.compactMap { successorOf[$0] })).chunked(500) {
            for row in try await sql.raw("SELECT id, code, name FROM units WHERE id IN (\(binds: Array(chunk)))").all(decoding: CodeRow.self) {
                nameOf[row.id] = row.name
            }
        }
        func text(_ counts: [(String, Int)]?) -> String? {
            counts.map { $0.map { "\($0.1) \($0.0)" }.joined(separator: "; ") }
        }
        let entries = touched.sorted().map { id -> (id: String?, after: [String: String]) in
            let successor = successorOf[id].flatMap { nameOf[$0] } ?? "?"
            var after = ["from": nameOf[id] ?? "?", "unit": successor]
            after["count"] = text(moved[id])
            if let kept = text(kept[id]) { after["note"] = kept + L10n.Units.trungVoiViecDaCoCung(successor) }
            if let dropped = text(dropped[id]) { after["reason"] = L10n.Units.bo + dropped + L10n.Units.trungVoi(successor) }
            return ("\(id)", after)
        }
        try await Audit.recordMany(on: db, actor: actor, entity: "unit", action: "move_open_items", entries: entries)
        return (petitionUnits, hamletsMoved)
    }

    /// Inserts many rows, a few hundred a statement (`INSERT … VALUES (…), (…)`): the reorganisation writes tens of
    /// thousands of history and succession rows, which model by model cost more than all its updates together.
    static func insertRows(_ table: String, _ columns: [String], _ rows: [[any Encodable & Sendable]], on sql: any SQLDatabase) async throws {
        guard !rows.isEmpty else { return }
        let perStatement = max(1, 3_000 / max(columns.count, 1))
        for chunk in rows.chunked(perStatement) {
            let values = chunk.map { row -> SQLQueryString in "(\(binds: row))" }.joined(separator: ", ")
            try await sql.raw("INSERT INTO \(ident: table) (\(unsafeRaw: columns.joined(separator: ", "))) VALUES \(values)").run()
        }
    }

    private static func count(_ work: OpenWork, units: SQLQueryString, on sql: any SQLDatabase) async throws -> Int {
        struct Count: Decodable { let n: Int }
        return try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM \(unsafeRaw: work.table) WHERE \(unsafeRaw: work.owner(work.table)) IN (\(units)) AND\
             \(unsafeRaw: work.open(work.table))
            """
        )
        .first(decoding: Count.self)?.n ?? 0
    }

    /// Indexes again the petitions of these units: unit by unit (500 a statement) when they hold under half the
    /// cases, else the whole index rebuilt at once — or, above `afterCommitAbove` petitions, marked to be rebuilt after
    /// the commit (returns true).
    private static func refreshPetitionSearch(units: Set<Int>, afterCommitAbove: Int, since: Date, on db: any Database) async throws
        -> Bool
    {
        guard !units.isEmpty else { return false }
        let sql = db as! any SQLDatabase
        let ids = units.sorted()
        var affected = 0
        for chunk in ids.chunked(500) {
            affected += try await sql.count("SELECT COUNT(*) AS n FROM petitions WHERE unit_id IN (\(binds: Array(chunk)))")
        }
        guard affected > 0 else { return false }
        if affected > afterCommitAbove {
            try await PetitionSearchIndex.markStale(since: since, on: db)
            return true
        }
        let total = try await sql.count("SELECT COUNT(*) AS n FROM petitions")
        if affected * 2 > total {
            try await PetitionSearchIndex.rebuild(on: db)
        } else {
            for chunk in ids.chunked(500) { try await PetitionSearchIndex.refresh(.units(Array(chunk)), on: db) }
        }
        return false
    }

    /// Every unit's path and depth from its parent's, computed in memory and written where they changed; returns the
    /// units whose path changed.
    @discardableResult
    static func recomputePaths(on sql: any SQLDatabase) async throws -> Set<Int> {
        let tree = try await sql.raw("SELECT id, parent_id, path, depth FROM units").all(decoding: TreeRow.self)
        var children: [Int: [Int]] = [:]
        var roots: [Int] = []
        for row in tree {
            if let parent = row.parent_id { children[parent, default: []].append(row.id) } else { roots.append(row.id) }
        }
        let current = Dictionary(tree.map { ($0.id, ($0.path, $0.depth)) }, uniquingKeysWith: { first, _ in first })
        var changed: [(id: Int, path: String, depth: Int)] = []
        var queue = roots.map { ($0, "/\($0)/", 0) }
        while let next = queue.popLast() {
            let (id, path, depth) = next
            if let now = current[id], now.0 != path || now.1 != depth { changed.append((id, path, depth)) }
            for child in children[id] ?? [] { queue.append((child, path + "\(child)/", depth + 1)) }
        }
        try await updateUnits([("path", "TEXT"), ("depth", "BIGINT")], rows: changed.map { ($0.id, [$0.path, $0.depth]) }, on: sql)
        return Set(changed.map(\.id))
    }

    /// Sets text columns of many units: the new values go into a keyed temporary table (a few hundred rows a
    /// statement), then one `UPDATE units … FROM` joins it on the primary key.
    private static func setColumns(_ columns: [String], rows: [(id: Int, values: [String])], on sql: any SQLDatabase) async throws {
        try await updateUnits(columns.map { ($0, "TEXT") }, rows: rows.map { ($0.id, $0.values) }, on: sql)
    }

    private static func setIntColumn(_ column: String, rows: [(id: Int, value: Int)], on sql: any SQLDatabase) async throws {
        try await updateUnits([(column, "BIGINT")], rows: rows.map { ($0.id, [$0.value]) }, on: sql)
    }

    private static func updateUnits(
        _ columns: [(name: String, type: String)], rows: [(id: Int, values: [any Encodable & Sendable])], on sql: any SQLDatabase
    ) async throws {
        guard !rows.isEmpty else { return }
        let key = sql.dialect.name == "sqlite" ? "INTEGER PRIMARY KEY" : "BIGINT PRIMARY KEY"
        try await sql.raw("DROP TABLE IF EXISTS reorg_unit_rows").run()
        let definitions = columns.enumerated().map { ", c\($0.offset) \($0.element.type)" }.joined()
        try await sql.raw("CREATE TEMPORARY TABLE reorg_unit_rows (id \(unsafeRaw: key)\(unsafeRaw: definitions))").run()
        try await insertRows("reorg_unit_rows", ["id"] + columns.indices.map { "c\($0)" }, rows.map { [$0.id] + $0.values }, on: sql)
        let sets = columns.enumerated().map { "\($0.element.name) = r.c\($0.offset)" }.joined(separator: ", ")
        try await sql.raw("UPDATE units SET \(unsafeRaw: sets) FROM reorg_unit_rows r WHERE units.id = r.id").run()
        try await sql.raw("DROP TABLE reorg_unit_rows").run()
    }
}
