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

        static let all: [OpenWork] = [
            OpenWork(table: "report_requests", label: L10n.Units.yeuCauBaoCaoChuaDuoc, kind: L10n.Units.baoCao,
                     open: "{t}.status <> '\(ReportRequest.Status.accepted.rawValue)'", key: ["schedule_id", "period_key"], title: "{t}.period_label"),
            OpenWork(table: "assignments", label: L10n.Units.phanCongChuaHoanThanh, kind: L10n.Units.phanCong,
                     open: "{t}.status <> '\(TaskAssignment.Status.done.rawValue)'", key: ["task_id"],
                     title: "(SELECT k.reference || ' ' || substr(k.text, 1, 80) FROM tasks k WHERE k.id = {t}.task_id)"),
            OpenWork(table: "petitions", label: L10n.Units.donDangGiaiQuyet, kind: L10n.Units.don,
                     open: "{t}.status IN (" + (PetitionStatus.awaitingAcceptance + PetitionStatus.underResolution).map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")",
                     key: [], title: "{t}.subject"),
            OpenWork(table: "exemplars", label: L10n.Units.moHinhDanVanKheoDang, kind: L10n.Units.moHinh,
                     open: "{t}.status <> '\(ExemplarStatus.stopped.rawValue)'", key: [], title: "{t}.name"),
            OpenWork(table: "plan_obligations", label: L10n.Units.nghiaVuTheoKeHoachChua, kind: L10n.Units.nghiaVu,
                     open: "{t}.fulfilled_on IS NULL", key: ["plan_id", "kind"], title: "{t}.description"),
            OpenWork(table: "report_schedule_reporters", label: L10n.Units.luotCoTenTrongDanhSach, kind: L10n.Units.donViBaoCao,
                     open: "1 = 1", key: ["schedule_id"],
                     title: "(SELECT 'Chế độ báo cáo của kế hoạch ' || COALESCE(p.number, '') || ' ' || substr(p.title, 1, 80) FROM report_schedules s JOIN plans p ON p.id = s.plan_id WHERE s.id = {t}.schedule_id)",
                     dropsDuplicates: true),
            OpenWork(table: "units", column: "parent_id", label: L10n.Units.thonToDanPho2, kind: L10n.Units.thonToDanPho,
                     open: "{t}.kind = '\(UnitKind.hamlet.rawValue)' AND {t}.active_until IS NULL", key: [], title: "{t}.name"),
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
        let rows = try await sql.raw("SELECT id, code, name, kind, parent_id, active_until FROM units WHERE kind <> \(bind: UnitKind.hamlet.rawValue)")
            .all(decoding: HeldRow.self)
        let openUnits = Set(try await sql.raw("\(unsafeRaw: OpenWork.all.map { "SELECT \($0.owner($0.table)) AS id FROM \($0.table) WHERE \($0.owner($0.table)) IS NOT NULL AND \($0.open($0.table))" }.joined(separator: " UNION "))")
            .all(decoding: IDRow.self).map(\.id))
        let held = rows.map { row -> Reorganisation.Held in
            let tier: Reorganisation.Tier = switch UnitKind(rawValue: row.kind) ?? .other {
            case .province: .province
            case .district: .district
            case .commune: .commune
            default: .agency
            }
            return Reorganisation.Held(id: row.id, code: row.code, name: row.name, tier: tier, parentID: row.parent_id,
                                       closed: row.active_until != nil, hasOpenItems: openUnits.contains(row.id))
        }
        let last = try await UnitSuccession.query(on: db).sort(\.$effectiveOn, .descending).first().flatMap { CivilDate(iso: $0.effectiveOn) }
        return Reorganisation(table: input.table, newList: input.newList, held: held, effective: input.effective,
                              agencyMapping: input.agencyMapping, lastEffective: last, skipUnknownOldCodes: input.skipUnknownOldCodes,
                              keepUnnamedWithOpenWork: input.keepUnnamedWithOpenWork)
    }

    private struct IDRow: Decodable { let id: Int }
    private struct CodeRow: Decodable { let id: Int; let code: String; let name: String }
    private struct TreeRow: Decodable { let id: Int; let parent_id: Int?; let path: String; let depth: Int }
    private struct MoveRow: Decodable { let id: Int; let from_id: Int; let to_id: Int }

    /// Plans, then (unless `dryRun`) applies, all in one transaction; a plan with issues is refused (`dryRun` returns it
    /// with its issues, for the preview).
    static func apply(_ input: Input, actor: Actor, dryRun: Bool, on database: any Database) async throws -> (Reorganisation, Summary) {
        try await database.transaction { db in
            let sql = db as! any SQLDatabase
            let plan = try await plan(input, on: db)
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
            let nameOf = Dictionary(units.values.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            var history: [UnitChange] = []

            // 1. New units, provinces before communes.
            for tier in [Reorganisation.Tier.province, .commune] {
                let fresh = plan.created.filter { $0.tier == tier }.map { creation in
                    Unit(code: creation.code, name: creation.name, kind: tier == .province ? .province : .commune,
                         parentID: creation.parentCode.flatMap { units[$0]?.id } ?? (tier == .province ? plan.rootID : nil), activeFrom: effective)
                }
                for chunk in fresh.chunked(500) { try await Array(chunk).create(on: db) }
                if !fresh.isEmpty { try await loadUnits() }
                history += fresh.compactMap { unit in units[unit.code].map { UnitChange(unitID: $0.id, kind: .created, oldValue: nil, newValue: unit.name, effectiveOn: effective, userID: actor.userID) } }
            }

            // 2. Continuing rows: new names, new parents.
            let renames = plan.continued.filter { $0.oldName != $0.newName }
            try await setColumns(["name", "name_key", "sort_key"], rows: renames.map { continuation in
                let unit = Unit(code: continuation.code, name: continuation.newName, kind: .other, parentID: nil)
                return (continuation.unitID, [unit.name, unit.nameKey, unit.sortKey])
            }, on: sql)
            history += renames.map { UnitChange(unitID: $0.unitID, kind: .renamed, oldValue: $0.oldName, newValue: $0.newName, effectiveOn: effective, userID: actor.userID) }

            // 3. Closed rows: closed from the effective date, under their main successor.
            for chunk in plan.closed.map(\.unitID).chunked(500) {
                try await sql.raw("UPDATE units SET active_until = \(bind: effective) WHERE id IN (\(binds: Array(chunk)))").run()
            }
            history += plan.closed.map { UnitChange(unitID: $0.unitID, kind: .closed, oldValue: nil, newValue: nil, effectiveOn: effective, userID: actor.userID) }

            let moves = plan.continued.compactMap { c in c.newParentCode.map { (c.unitID, $0) } } + plan.closed.compactMap { c in c.newParentCode.map { (c.unitID, $0) } }
            let tree = try await sql.raw("SELECT id, parent_id, path, depth FROM units").all(decoding: TreeRow.self)
            let parentOf = Dictionary(tree.map { ($0.id, $0.parent_id) }, uniquingKeysWith: { first, _ in first })
            try await setIntColumn("parent_id", rows: moves.compactMap { id, code in units[code].map { (id, $0.id) } }, on: sql)
            let newName = Dictionary(plan.continued.map { ($0.code, $0.newName) }, uniquingKeysWith: { first, _ in first })
            history += moves.compactMap { id, code in
                units[code].map { UnitChange(unitID: id, kind: .moved, oldValue: (parentOf[id] ?? nil).flatMap { nameOf[$0] }, newValue: newName[code] ?? $0.name, effectiveOn: effective, userID: actor.userID) }
            }
            for chunk in history.chunked(500) { try await Array(chunk).create(on: db) }

            // 4. Paths and depths from the new parents, written only where they changed.
            let repathed = try await recomputePaths(on: sql)

            // 5. Successions (the ones already recorded for this date are kept).
            let existing = Set(try await UnitSuccession.query(on: db).filter(\.$effectiveOn == effective).all().map { "\($0.$predecessor.id)>\($0.$successor.id)" })
            var successions: [UnitSuccession] = []
            func record(_ predecessorID: Int, _ successor: Reorganisation.Successor, moves: Bool, source: Reorganisation.Source) {
                guard let successorID = units[successor.code]?.id, !existing.contains("\(predecessorID)>\(successorID)") else { return }
                successions.append(UnitSuccession(predecessorID: predecessorID, successorID: successorID, whole: successor.whole, isMain: successor.main,
                                                  movesOpenItems: moves && successor.main, effectiveOn: effective, source: source.rawValue,
                                                  decidedBy: actor.username, line: successor.line))
            }
            for closure in plan.closed {
                for successor in closure.successors { record(closure.unitID, successor, moves: !closure.isSplit, source: closure.source) }
            }
            for partial in plan.partial { record(partial.unitID, partial.successor, moves: false, source: .table) }
            for chunk in successions.chunked(500) { try await Array(chunk).create(on: db) }
            try await recordFormerNames(plan, units: units, effective: effective, on: db)

            // 6. Open work of units that went whole into one successor: one statement per kind of work.
            let names = try await sql.raw("SELECT id, code, name FROM units").all(decoding: CodeRow.self)
            let unitName = Dictionary(names.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            var movedPetitionUnits = Set<Int>()
            var hamletsMoved = false
            for work in OpenWork.all {
                let condition = moveCondition(work, effective: effective)
                let moving = try await sql.raw("SELECT \(unsafeRaw: work.table).id AS id, \(unsafeRaw: work.owner(work.table)) AS from_id, \(successorOf(work.owner(work.table), effective: effective)) AS to_id FROM \(unsafeRaw: work.table) WHERE \(condition)")
                    .all(decoding: MoveRow.self)
                if work.dropsDuplicates {
                    // What could not move (the successor already has it) is removed, and said so.
                    let dropped = try await sql.count("SELECT COUNT(*) AS n FROM \(unsafeRaw: work.table) WHERE \(unsafeRaw: work.owner(work.table)) IN (SELECT predecessor_id FROM unit_successions WHERE moves_open_items AND effective_on = \(bind: effective)) AND \(unsafeRaw: work.open(work.table))") - moving.count
                    if dropped > 0 {
                        try await sql.raw("DELETE FROM \(unsafeRaw: work.table) WHERE \(unsafeRaw: work.owner(work.table)) IN (SELECT predecessor_id FROM unit_successions WHERE moves_open_items AND effective_on = \(bind: effective)) AND \(unsafeRaw: work.open(work.table)) AND NOT (\(moveCondition(work, effective: effective)))").run()
                        summary.removedDuplicates[work.label] = dropped
                        try await Audit.record(on: db, actor: actor, entity: "unit_reorganisation", id: effective, action: "drop_duplicate_items",
                                               before: [String: String]?.none, after: ["kind": work.label, "count": "\(dropped)"])
                    }
                }
                guard !moving.isEmpty else { continue }
                try await sql.raw("UPDATE \(unsafeRaw: work.table) SET \(unsafeRaw: work.column) = \(successorOf(work.owner(work.table), effective: effective)) WHERE \(condition)").run()
                summary.moved[work.label] = moving.count
                if work.table == "petitions" { movedPetitionUnits.formUnion(moving.map(\.to_id)) }
                if work.table == "units" { hamletsMoved = true }
                let items = moving.map { "#\($0.id): \(unitName[$0.from_id] ?? "?") → \(unitName[$0.to_id] ?? "?")" }.joined(separator: "; ")
                try await Audit.record(on: db, actor: actor, entity: "unit_reorganisation", id: effective, action: "move_open_items",
                                       before: [String: String]?.none, after: ["kind": work.label, "count": "\(moving.count)", "codes": items])
            }
            // Hamlets moved under their new commune: their paths follow.
            var hamletsRepathed = Set<Int>()
            if hamletsMoved { hamletsRepathed = try await recomputePaths(on: sql) }
            for work in OpenWork.all {
                summary.keptAsDuplicates += try await count(work, units: "SELECT predecessor_id FROM unit_successions WHERE moves_open_items AND effective_on = \(bind: effective)", on: sql)
                summary.splitOpenItems += try await count(work, units: "SELECT predecessor_id FROM unit_successions WHERE is_main AND NOT moves_open_items AND effective_on = \(bind: effective)", on: sql)
            }

            // 7. The petition search knows each case's units by path: the cases of every unit whose path changed, and
            //    the cases that moved to a successor, are indexed again — all of them at once when they are most cases.
            let reindexed = repathed.union(hamletsRepathed).union(movedPetitionUnits)
            try await refreshPetitionSearch(units: reindexed, on: db)
            summary.applied = true
            if !plan.continued.isEmpty || !plan.created.isEmpty || !plan.closed.isEmpty || !summary.moved.isEmpty {
                try await Audit.record(on: db, actor: actor, entity: "unit_reorganisation", id: effective, action: "reorganise",
                                       before: Summary?.none, after: summary)
            }
            return (plan, summary)
        }
    }

    /// Each new commune's predecessors (and a continuing commune's own old name) as former names, so that typing an old
    /// name or code finds it; the ones already held are kept.
    private static func recordFormerNames(_ plan: Reorganisation, units: [String: (id: Int, name: String)], effective: String, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        let tree = try await sql.raw("SELECT id, parent_id, path, depth FROM units").all(decoding: TreeRow.self)
        let parentOf = Dictionary(tree.map { ($0.id, $0.parent_id) }, uniquingKeysWith: { first, _ in first })
        let nameOf = Dictionary(units.values.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        // The old district and province, from the history of moves (the parent before the move).
        let moved = try await UnitChange.query(on: db).filter(\.$kind == .moved).filter(\.$effectiveOn == effective).all()
        let oldParentName = Dictionary(moved.compactMap { change in change.oldValue.map { (change.$unit.id, $0) } }, uniquingKeysWith: { first, _ in first })
        func place(_ unitID: Int) -> String {
            let district = oldParentName[unitID] ?? (parentOf[unitID] ?? nil).flatMap { nameOf[$0] }
            return [district].compactMap { $0 }.joined(separator: ", ")
        }
        var rows: [UnitFormerName] = []
        for closure in plan.closed where closure.tier == .commune {
            for successor in closure.successors {
                guard let target = units[successor.code]?.id else { continue }
                rows.append(UnitFormerName(unitID: target, code: closure.code, name: closure.name, place: place(closure.unitID), whole: successor.whole))
            }
        }
        for continuation in plan.continued where continuation.oldName != continuation.newName {
            rows.append(UnitFormerName(unitID: continuation.unitID, code: continuation.code, name: continuation.oldName, place: place(continuation.unitID), whole: true))
        }
        let continuation = Dictionary(plan.continued.map { ($0.unitID, $0) }, uniquingKeysWith: { first, _ in first })
        for partial in plan.partial {
            guard let target = units[partial.successor.code]?.id, let old = continuation[partial.unitID] else { continue }
            rows.append(UnitFormerName(unitID: target, code: old.code, name: old.oldName, place: place(partial.unitID), whole: false))
        }
        let held = Set(try await UnitFormerName.query(on: db).all().map { "\($0.$unit.id)>\($0.code)" })
        var seen = held
        let fresh = rows.filter { seen.insert("\($0.$unit.id)>\($0.code)").inserted }
        for chunk in fresh.chunked(500) { try await Array(chunk).create(on: db) }
    }

    /// `SELECT … successor_id` of the unit in `column`, for units whose open work moves.
    private static func successorOf(_ column: String, effective: String) -> SQLQueryString {
        // `effective_on || ''`: not the date's index (every succession of the date, for each item) but the predecessor's.
        "(SELECT s.successor_id FROM unit_successions s WHERE s.predecessor_id = \(unsafeRaw: column) AND s.moves_open_items AND s.effective_on || '' = \(bind: effective))"
    }

    /// The open items of moving units, except those whose successor already has (or gets from an earlier row) an item
    /// with the same unique key.
    private static func moveCondition(_ work: OpenWork, effective: String) -> SQLQueryString {
        let t = work.table
        var condition: SQLQueryString = "\(unsafeRaw: work.owner(t)) IN (SELECT predecessor_id FROM unit_successions WHERE moves_open_items AND effective_on = \(bind: effective)) AND \(unsafeRaw: work.open(t))"
        if !work.key.isEmpty {
            // Two point lookups on the (key…, unit) unique index instead of a scan of every item with the same key: the
            // successor's own item, then an earlier open item of another predecessor going to the same successor.
            let sameKey = work.key.map { "r2.\($0) = \(t).\($0)" }.joined(separator: " AND ")
            // `effective_on || ''` keeps the database off the date's index (a scan of every succession of the date per
            // item): s1 by its predecessor, s2 by its successor.
            let mine: SQLQueryString = "s1.predecessor_id = \(unsafeRaw: work.owner(t)) AND s1.moves_open_items AND s1.effective_on || '' = \(bind: effective)"
            let atSuccessor: SQLQueryString = " AND NOT EXISTS (SELECT 1 FROM unit_successions s1 JOIN \(unsafeRaw: t) r2 ON \(unsafeRaw: work.owner("r2")) = s1.successor_id WHERE \(mine) AND \(unsafeRaw: sameKey))"
            let sibling: SQLQueryString = " AND NOT EXISTS (SELECT 1 FROM unit_successions s1 JOIN unit_successions s2 ON s2.successor_id = s1.successor_id AND s2.moves_open_items AND s2.effective_on || '' = s1.effective_on JOIN \(unsafeRaw: t) r2 ON \(unsafeRaw: work.owner("r2")) = s2.predecessor_id WHERE \(mine) AND \(unsafeRaw: sameKey) AND r2.id < \(unsafeRaw: t).id AND \(unsafeRaw: work.open("r2")))"
            condition = condition + atSuccessor
            condition = condition + sibling
        }
        return condition
    }

    private static func count(_ work: OpenWork, units: SQLQueryString, on sql: any SQLDatabase) async throws -> Int {
        struct Count: Decodable { let n: Int }
        return try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: work.table) WHERE \(unsafeRaw: work.owner(work.table)) IN (\(units)) AND \(unsafeRaw: work.open(work.table))")
            .first(decoding: Count.self)?.n ?? 0
    }

    /// Indexes again the petitions of these units: unit by unit (500 a statement) when they hold under half the
    /// cases, else the whole index rebuilt at once.
    private static func refreshPetitionSearch(units: Set<Int>, on db: any Database) async throws {
        guard !units.isEmpty else { return }
        let sql = db as! any SQLDatabase
        let ids = units.sorted()
        var affected = 0
        for chunk in ids.chunked(500) {
            affected += try await sql.count("SELECT COUNT(*) AS n FROM petitions WHERE unit_id IN (\(binds: Array(chunk)))")
        }
        guard affected > 0 else { return }
        let total = try await sql.count("SELECT COUNT(*) AS n FROM petitions")
        if affected * 2 > total {
            try await PetitionSearchIndex.rebuild(on: db)
        } else {
            for chunk in ids.chunked(500) { try await PetitionSearchIndex.refresh(.units(Array(chunk)), on: db) }
        }
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
        try await setColumns(["path"], rows: changed.map { ($0.id, [$0.path]) }, on: sql)
        try await setIntColumn("depth", rows: changed.map { ($0.id, $0.depth) }, on: sql)
        return Set(changed.map(\.id))
    }

    /// Sets text columns of many units, 300 rows a statement: `SET c = CASE id WHEN … THEN … END`.
    private static func setColumns(_ columns: [String], rows: [(id: Int, values: [String])], on sql: any SQLDatabase) async throws {
        for chunk in rows.chunked(300) {
            let sets = columns.enumerated().map { index, column -> SQLQueryString in
                let cases = chunk.map { row -> SQLQueryString in "WHEN \(bind: row.id) THEN \(bind: row.values[index]) " }.joined()
                return "\(ident: column) = CASE id \(cases)END"
            }.joined(separator: ", ")
            try await sql.raw("UPDATE units SET \(sets) WHERE id IN (\(binds: chunk.map(\.id)))").run()
        }
    }

    private static func setIntColumn(_ column: String, rows: [(id: Int, value: Int)], on sql: any SQLDatabase) async throws {
        for chunk in rows.chunked(300) {
            let cases = chunk.map { row -> SQLQueryString in "WHEN \(bind: row.id) THEN \(bind: row.value) " }.joined()
            try await sql.raw("UPDATE units SET \(ident: column) = CASE id \(cases)END WHERE id IN (\(binds: chunk.map(\.id)))").run()
        }
    }
}
