import DanVanCore
import Fluent
import Foundation
import SQLKit
import Views

/// Kế thừa — one predecessor → successor pair of a reorganisation (tổ chức lại đơn vị hành chính).
final class UnitSuccession: Model, CreationStamped, @unchecked Sendable {
    static let schema = "unit_successions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "predecessor_id") var predecessor: OrgUnit
    @Parent(key: "successor_id") var successor: OrgUnit
    /// The whole predecessor went into the successor (else part of it did).
    @Field(key: "whole") var whole: Bool
    /// The successor the predecessor sits under from the effective date.
    @Field(key: "is_main") var isMain: Bool
    /// The predecessor's open work moved here automatically (it went whole into one successor).
    @Field(key: "moves_open_items") var movesOpenItems: Bool
    /// ISO date from which the successor holds.
    @Field(key: "effective_on") var effectiveOn: String
    /// `Reorganisation.Source`: the conversion table, or the agency mapping file.
    @Field(key: "source") var source: String
    /// Who decided: the username that applied it (or "dòng lệnh").
    @Field(key: "decided_by") var decidedBy: String
    /// The line of the table or mapping file the pair came from.
    @OptionalField(key: "line") var line: Int?
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    init(
        predecessorID: Int, successorID: Int, whole: Bool, isMain: Bool, movesOpenItems: Bool, effectiveOn: String, source: String, decidedBy: String,
        line: Int?
    ) {
        self.$predecessor.id = predecessorID
        self.$successor.id = successorID
        self.whole = whole
        self.isMain = isMain
        self.movesOpenItems = movesOpenItems
        self.effectiveOn = effectiveOn
        self.source = source
        self.decidedBy = decidedBy
        self.line = line
    }
}

/// Giao việc của xã bị chia tách — one open item of a split commune given to one of its successors by a person.
final class UnitSplitDecision: Model, @unchecked Sendable {
    static let schema = "unit_split_decisions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    /// `UnitReorganisation.OpenWork.table`.
    @Field(key: "item_table") var itemTable: String
    @Field(key: "item_id") var itemID: Int
    @Parent(key: "predecessor_id") var predecessor: OrgUnit
    @Parent(key: "successor_id") var successor: OrgUnit
    @OptionalParent(key: "user_id") var user: User?
    @Field(key: "decided_by") var decidedBy: String
    @Field(key: "decided_at") var decidedAt: Date

    init() {}

    init(itemTable: String, itemID: Int, predecessorID: Int, successorID: Int, userID: Int?, decidedBy: String, decidedAt: Date) {
        self.itemTable = itemTable
        self.itemID = itemID
        self.$predecessor.id = predecessorID
        self.$successor.id = successorID
        self.$user.id = userID
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }
}

/// A unit's predecessors and successors as lines of its history: "Kế thừa: Xã Hương Toàn (toàn bộ)".
enum UnitSuccessionHistory {
    static func rows(of unit: OrgUnit, on db: any Database) async throws -> [UnitShowPage.HistoryRow] {
        let asSuccessor = try await UnitSuccession.query(on: db).filter(\.$successor.$id == unit.id!).with(\.$predecessor).all()
        let asPredecessor = try await UnitSuccession.query(on: db).filter(\.$predecessor.$id == unit.id!).with(\.$successor).all()
        func date(_ iso: String) -> String { CivilDate(iso: iso)?.vietnamese ?? iso }
        func part(_ whole: Bool) -> String { whole ? L10n.Units.toanBo : L10n.Units.motPhanTrongNgoac }
        return asSuccessor.sorted { $0.predecessor.sortKey < $1.predecessor.sortKey }.map {
            .init(
                date: date($0.effectiveOn), label: L10n.Units.tiepNhanDonViCu,
                detail: L10n.Units.tenMaPhan($0.predecessor.name, $0.predecessor.code, part($0.whole)), by: $0.decidedBy)
        }
            + asPredecessor.map {
                .init(
                    date: date($0.effectiveOn), label: L10n.Units.sapNhapVaoDonViKe,
                    detail: L10n.Units.tenMaPhan($0.successor.name, $0.successor.code, part($0.whole)), by: $0.decidedBy)
            }
    }
}

extension UnitSuccessionHistory {
    /// The sign-in notice for a user whose unit was closed: where it went, and that an administrator can move the account.
    static func closedUnitNotice(for user: User, on db: any Database) async throws -> String? {
        guard let unit = try await OrgUnit.find(user.$unit.id, on: db), let closedOn = unit.activeUntil else { return nil }
        let main = try await UnitSuccession.query(on: db).filter(\.$predecessor.$id == unit.id!).filter(\.$isMain == true).with(\.$successor).first()
        let date = CivilDate(iso: closedOn)?.vietnamese ?? closedOn
        return L10n.Units.donViCuaBanDaGiai(unit.name, date)
            + (main.map { L10n.Units.sapNhapVao($0.successor.name) } ?? "")
            + L10n.Units.banVanXemDuocDuLieu
    }

    struct ClosedAccount: Decodable, Sendable {
        let user_id: Int
        let username: String
        let full_name: String
        let unit_name: String
        let successor_id: Int
        let successor_name: String
    }

    /// Accounts (in scope) whose unit is closed and has a main successor to move them to.
    static func closedAccounts(scopePath: String, limit: Int, on db: any Database) async throws -> [ClosedAccount] {
        try await (db as! any SQLDatabase).raw(
            """
            SELECT us.id AS user_id, us.username AS username, us.full_name AS full_name, u.name AS unit_name,
                   s.successor_id AS successor_id, n.name AS successor_name
            FROM users us JOIN units u ON u.id = us.unit_id
            JOIN unit_successions s ON s.predecessor_id = u.id AND s.is_main
            JOIN units n ON n.id = s.successor_id
            WHERE u.active_until IS NOT NULL AND u.path LIKE \(bind: scopePath + "%") AND NOT us.is_disabled
            ORDER BY u.sort_key, us.username LIMIT \(bind: limit)
            """
        ).all(decoding: ClosedAccount.self)
    }

    /// Moves one account of a closed unit to the unit's main successor, audited.
    static func moveAccount(userID: Int, scopePath: String, actor: Actor, on database: any Database) async throws -> String {
        try await database.transaction { db in
            guard let account = try await closedAccounts(scopePath: scopePath, limit: 100_000, on: db).first(where: { $0.user_id == userID }),
                let user = try await User.find(userID, on: db)
            else {
                throw AppError.invalid(L10n.Units.taiKhoanNayKhongThuocMot, code: "not_in_closed_unit")
            }
            user.$unit.id = account.successor_id
            try await user.save(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "user", id: "\(userID)", action: "update",
                before: ["unit": account.unit_name], after: ["unit": account.successor_name])
            return L10n.Units.daChuyenTaiKhoanTuSang(account.username, account.unit_name, account.successor_name)
        }
    }
}
