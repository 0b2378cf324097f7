import DanVanCore
import Fluent
import SQLKit

/// The "Dân vận khéo" figures of the default report template, read from the registry for a unit's draft report:
/// `dvk_dang_ky` — models of the unit's subtree registered within the period; `dvk_cong_nhan` — models of the subtree
/// with a recognition decision dated within the period (each model once).
enum ExemplarReportFigures {
    static func figures(unitPath: String, from: String, to: String, on db: any Database) async throws -> [String: Double] {
        let sql = db as! any SQLDatabase
        struct Row: Decodable {
            let registered: Int
            let recognised: Int
        }
        let row = try await sql.raw(
            """
            SELECT \
            (SELECT COUNT(*) FROM exemplars e JOIN units u ON u.id = e.unit_id \
             WHERE u.path LIKE \(bind: unitPath + "%") AND e.registered_on >= \(bind: from) AND e.registered_on <= \(bind: to)) AS registered, \
            (SELECT COUNT(DISTINCT r.exemplar_id) FROM exemplar_recognitions r JOIN exemplars e ON e.id = r.exemplar_id JOIN units u ON u.id =\
             e.unit_id \
             WHERE u.path LIKE \(bind: unitPath + "%") AND r.decision_date >= \(bind: from) AND r.decision_date <= \(bind: to)) AS recognised
            """
        ).first(decoding: Row.self)
        return ["dvk_dang_ky": Double(row?.registered ?? 0), "dvk_cong_nhan": Double(row?.recognised ?? 0)]
    }
}
