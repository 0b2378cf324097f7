import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Creating, renaming, moving, closing and reopening units; each change audited and kept in the unit's history.
enum UnitService {
    struct Draft: Sendable {
        var code: String
        var name: String
        var kind: UnitKind
        var parentID: Int?
        var activeFrom: CivilDate?
    }

    static func create(_ draft: Draft, actor: Actor, on database: any Database) async throws -> OrgUnit {
        let code = draft.code.trimmingCharacters(in: .whitespaces)
        let name = draft.name.trimmingCharacters(in: .whitespaces)
        guard !code.isEmpty, code.count <= 40 else { throw AppError.invalid(L10n.Units.maDonViKhongDuocDe, code: "invalid_code") }
        guard !name.isEmpty, name.count <= 250 else { throw AppError.invalid(L10n.Units.tenDonViKhongDuocDe, code: "invalid_name") }
        return try await database.transaction { db in
            if try await OrgUnit.query(on: db).filter(\.$code == code).count() > 0 {
                throw AppError(.conflict, code: "duplicate_code", message: L10n.Units.maDonViDaDuocDung(code))
            }
            var parent: OrgUnit?
            if let parentID = draft.parentID {
                guard let found = try await OrgUnit.find(parentID, on: db) else {
                    throw AppError.invalid(L10n.Units.donViCapTrenKhongTon, code: "invalid_parent")
                }
                parent = found
            }
            let effective = draft.activeFrom ?? actor.today
            let unit = OrgUnit(code: code, name: name, kind: draft.kind, parentID: parent?.id, activeFrom: effective.iso)
            try await unit.create(on: db)
            unit.path = (parent?.path ?? "/") + "\(unit.id!)/"
            unit.depth = (parent?.depth ?? -1) + 1
            try await unit.save(on: db)
            try await UnitChange(
                unitID: unit.id!, kind: .created, oldValue: nil, newValue: unit.name, effectiveOn: effective.iso, userID: actor.userID
            ).create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "unit", id: "\(unit.id!)", action: "create", before: UnitSnapshot?.none, after: UnitSnapshot(unit))
            return unit
        }
    }

    static func rename(_ unit: OrgUnit, to newName: String, effectiveOn: CivilDate, actor: Actor, on database: any Database) async throws {
        let name = newName.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 250 else { throw AppError.invalid(L10n.Units.tenDonViKhongDuocDe, code: "invalid_name") }
        guard VietnameseText.nfc(name) != unit.name else { return }
        try await database.transaction { db in
            let before = UnitSnapshot(unit)
            let oldName = unit.name
            unit.setName(name)
            try await unit.save(on: db)
            try await UnitChange(
                unitID: unit.id!, kind: .renamed, oldValue: oldName, newValue: unit.name, effectiveOn: effectiveOn.iso, userID: actor.userID
            ).create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "unit", id: "\(unit.id!)", action: "rename", before: before, after: UnitSnapshot(unit))
        }
    }

    /// Moves a unit and its whole subtree under a new parent with one set-based update of their paths.
    static func move(_ unit: OrgUnit, under newParentID: Int, effectiveOn: CivilDate, actor: Actor, on database: any Database) async throws {
        guard newParentID != unit.$parent.id else { return }
        try await database.transaction { db in
            guard let newParent = try await OrgUnit.find(newParentID, on: db) else {
                throw AppError.invalid(L10n.Units.donViCapTrenMoiKhong, code: "invalid_parent")
            }
            guard !newParent.path.hasPrefix(unit.path) else {
                throw AppError.invalid(L10n.Units.khongTheChuyenMotDonVi, code: "cyclic_move")
            }
            let before = UnitSnapshot(unit)
            let oldParentID = unit.$parent.id
            let oldParentName = try await unit.$parent.get(on: db)?.name
            let oldPath = unit.path
            let newPath = newParent.path + "\(unit.id!)/"
            let depthChange = newParent.depth + 1 - unit.depth
            let sql = db as! any SQLDatabase
            try await sql.raw(
                """
                UPDATE units SET path = CAST(\(bind: newPath) AS TEXT) || substr(path, CAST(\(bind: oldPath.count + 1) AS INTEGER)),
                depth = depth + CAST(\(bind: depthChange) AS INTEGER)
                WHERE path LIKE \(bind: oldPath + "%")
                """
            ).run()
            try await OrgUnit.query(on: db).filter(\.$id == unit.id!).set(\.$parent.$id, to: newParentID).update()
            try await PetitionSearchIndex.refresh(.unitsUnder(newPath), on: db)
            let after = try await OrgUnit.find(unit.id, on: db)!
            unit.path = after.path
            unit.depth = after.depth
            unit.$parent.id = newParentID
            try await UnitChange(
                unitID: unit.id!, kind: .moved, oldValue: oldParentName, newValue: newParent.name, effectiveOn: effectiveOn.iso,
                userID: actor.userID, oldParentID: oldParentID
            ).create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "unit", id: "\(unit.id!)", action: "move", before: before, after: UnitSnapshot(after))
        }
    }

    /// Closes a unit from a date; refused while units under it are still active, so nothing is orphaned.
    static func close(_ unit: OrgUnit, on date: CivilDate, actor: Actor, on database: any Database) async throws {
        guard unit.isActive else { return }
        try await database.transaction { db in
            let activeChildren = try await OrgUnit.query(on: db).filter(\.$parent.$id == unit.id!).filter(\.$activeUntil == nil).count()
            guard activeChildren == 0 else {
                throw AppError.invalid(L10n.Units.conDonViTrucThuocDang(activeChildren), code: "has_active_children")
            }
            let before = UnitSnapshot(unit)
            unit.activeUntil = date.iso
            try await unit.save(on: db)
            try await UnitChange(unitID: unit.id!, kind: .closed, oldValue: nil, newValue: nil, effectiveOn: date.iso, userID: actor.userID).create(
                on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "unit", id: "\(unit.id!)", action: "close", before: before, after: UnitSnapshot(unit))
        }
    }

    static func reopen(_ unit: OrgUnit, on date: CivilDate, actor: Actor, on database: any Database) async throws {
        guard !unit.isActive else { return }
        try await database.transaction { db in
            let before = UnitSnapshot(unit)
            unit.activeUntil = nil
            try await unit.save(on: db)
            try await UnitChange(unitID: unit.id!, kind: .reopened, oldValue: nil, newValue: nil, effectiveOn: date.iso, userID: actor.userID).create(
                on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "unit", id: "\(unit.id!)", action: "reopen", before: before, after: UnitSnapshot(unit))
        }
    }
}
