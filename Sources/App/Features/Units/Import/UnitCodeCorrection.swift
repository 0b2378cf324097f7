import DanVanCore
import Fluent
import SQLKit
import Vapor

/// Brings the administrative units already held in line with a corrected official list, in place: the same rows
/// (ids unchanged, so every user, plan, assignment, report request and petition still points at its unit) get the
/// list's codes and names, the agencies under a recoded unit follow its code ("00196.VP" → "00226.VP"), and each
/// change is kept in the unit's history. Which row is which unit is decided by `UnitListMatching`; set-based updates.
enum UnitCodeCorrection {
    /// Runs inside the import's transaction, before new units are created.
    static func apply(list: [AdministrativeUnit], rootCode: String?, actor: Actor, on db: any Database) async throws -> UnitListMatching.Result {
        let units = try await OrgUnit.query(on: db).all()
        let byID = Dictionary(units.map { ($0.id!, $0) }, uniquingKeysWith: { first, _ in first })
        let kinds = Set(list.map { UnitKind(level: $0.level) })
        let held = units.filter { kinds.contains($0.kind) }.map { unit in
            let parentCode = unit.$parent.id.flatMap { byID[$0]?.code }
            return UnitListMatching.Held(code: unit.code, name: unit.name, parentCode: parentCode == rootCode ? nil : parentCode)
        }
        let result = UnitListMatching.match(held: held, list: list)
        guard !result.corrections.isEmpty else { return result }

        let byCode = Dictionary(units.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var newCodes: [Int: String] = [:]
        for correction in result.corrections where correction.codeChanged {
            let unit = byCode[correction.oldCode]!
            newCodes[unit.id!] = correction.newCode
        }
        // Agencies named after their recoded parent's code.
        for unit in units {
            guard let parentID = unit.$parent.id, let newParentCode = newCodes[parentID], let parent = byID[parentID],
                unit.code.hasPrefix(parent.code + "."), newCodes[unit.id!] == nil
            else { continue }
            newCodes[unit.id!] = newParentCode + unit.code.dropFirst(parent.code.count)
        }
        let moving = Set(newCodes.keys)
        let blocked = newCodes.compactMap { id, code in byCode[code].flatMap { moving.contains($0.id!) ? nil : "\(code) (\($0.name))" } }
        guard blocked.isEmpty else {
            throw AppError.invalid(
                """
                Không thể sửa mã: các mã \(blocked.sorted().joined(separator: ", ")) đang thuộc đơn vị không có trong danh sách mới. Hãy xử lý\
                 các đơn vị đó trước.
                """,
                code: "code_in_use")
        }
        let sql = db as! any SQLDatabase
        // Codes may swap (00226 ↔ 00196), and codes are unique: first park every moving row on a code no unit has.
        let ids = newCodes.keys.sorted()
        for chunk in ids.chunked(500) {
            try await sql.raw("UPDATE units SET code = '~' || id WHERE id IN (\(binds: Array(chunk)))").run()
        }
        try await setColumns(["code"], rows: ids.map { ($0, [newCodes[$0]!]) }, on: sql)
        let renames = result.corrections.filter(\.nameChanged).map { correction -> (Int, [String]) in
            let unit = OrgUnit(code: correction.newCode, name: correction.newName, kind: .other, parentID: nil)
            return (byCode[correction.oldCode]!.id!, [unit.name, unit.nameKey, unit.sortKey])
        }
        try await setColumns(["name", "name_key", "sort_key"], rows: renames, on: sql)

        let today = actor.today.iso
        let history = result.corrections.flatMap { correction -> [UnitChange] in
            let id = byCode[correction.oldCode]!.id!
            return
                (correction.codeChanged
                ? [
                    UnitChange(
                        unitID: id, kind: .recoded, oldValue: correction.oldCode, newValue: correction.newCode, effectiveOn: today,
                        userID: actor.userID)
                ] : [])
                + (correction.nameChanged
                    ? [
                        UnitChange(
                            unitID: id, kind: .renamed, oldValue: correction.oldName, newValue: VietnameseText.nfc(correction.newName),
                            effectiveOn: today, userID: actor.userID)
                    ] : [])
        }
        for chunk in history.chunked(500) { try await chunk.create(on: db) }
        return result
    }

    /// Sets columns of many rows in one statement per 300 rows: `SET c = CASE id WHEN … THEN … END`.
    private static func setColumns(_ columns: [String], rows: [(id: Int, values: [String])], on sql: any SQLDatabase) async throws {
        for chunk in rows.chunked(300) {
            let sets = columns.enumerated().map { index, column -> SQLQueryString in
                let cases = chunk.map { row -> SQLQueryString in "WHEN \(bind: row.id) THEN \(bind: row.values[index]) " }.joined()
                return "\(ident: column) = CASE id \(cases)END"
            }.joined(separator: ", ")
            try await sql.raw("UPDATE units SET \(sets) WHERE id IN (\(binds: chunk.map(\.id)))").run()
        }
    }
}

extension UnitKind {
    init(level: AdministrativeUnit.Level) {
        switch level {
        case .province: self = .province
        case .district: self = .district
        case .commune: self = .commune
        }
    }
}

extension Array {
    /// The array in consecutive slices of at most `size` elements.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
