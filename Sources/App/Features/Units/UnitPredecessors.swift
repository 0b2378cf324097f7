import DanVanCore
import Fluent
import SQLKit
import Views

/// A successor shown with its predecessors (issue 14, item 4): "Phường Kim Trà, gồm các xã, phường, thị trấn cũ: Xã
/// Hương Toàn, Phường Hương Chữ", for a period that spans the reorganisation, and the sentence that says how such a
/// period is counted.
enum UnitPredecessors {
    struct Entry: Sendable, Equatable {
        let effective: CivilDate
        /// The predecessors' names, a partial one as "một phần Xã Hương Bình".
        let names: [String]
        let allCommunes: Bool
    }

    /// The predecessors of these units by reorganisations that took effect within `from`…`to` (after `from`, on or
    /// before `to`), in one query per 500 units.
    static func of(_ unitIDs: [Int], from: CivilDate, to: CivilDate, on db: any Database) async throws -> [Int: Entry] {
        struct Row: Decodable {
            let successor_id: Int
            let effective_on: String
            let name: String
            let kind: String
            let whole: Bool
        }
        let sql = db as! any SQLDatabase
        var rows: [Row] = []
        for chunk in Array(Set(unitIDs)).sorted().chunked(500) {
            rows += try await sql.raw(
                """
                SELECT s.successor_id, s.effective_on, u.name, u.kind, s.whole FROM unit_successions s JOIN units u ON u.id = s.predecessor_id \
                WHERE s.successor_id IN (\(binds: Array(chunk))) AND s.effective_on > \(bind: from.iso) AND s.effective_on <= \(bind: to.iso) \
                ORDER BY s.successor_id, s.effective_on, u.sort_key
                """
            ).all(decoding: Row.self)
        }
        var result: [Int: Entry] = [:]
        for (successor, group) in Dictionary(grouping: rows, by: \.successor_id) {
            guard let effective = group.compactMap({ CivilDate(iso: $0.effective_on) }).max() else { continue }
            result[successor] = Entry(
                effective: effective, names: group.map { $0.whole ? $0.name : L10n.Units.motPhan + $0.name },
                allCommunes: group.allSatisfy { $0.kind == UnitKind.commune.rawValue })
        }
        return result
    }

    /// "Phường Kim Trà, gồm các xã, phường, thị trấn cũ: Xã Hương Toàn, Phường Hương Chữ (từ 01/07/2025)".
    static func label(_ name: String, _ entry: Entry) -> String {
        name + L10n.Units.gom + (entry.allCommunes ? L10n.Units.cacXaPhuongThiTranCuLabel : L10n.Units.cacDonViCuLabel)
            + entry.names.joined(separator: ", ")
            + L10n.Units.tu(entry.effective.vietnamese)
    }

    /// How a period that spans the reorganisation is counted.
    static func note(_ effective: CivilDate) -> String {
        L10n.Units.coToChucLaiDonVi(effective.vietnamese)
            + L10n.Units.tuNgayDoTinhCuaDon
    }
}
