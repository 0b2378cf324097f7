import DanVanCore
import Fluent
import SQLKit
import Views

/// The names of the people and things a page of audit entries is about, read with one query per kind of thing.
struct AuditSubjects {
    /// Full name by username; operators at the command line read as such.
    private(set) var people: [String: String] = [:]
    /// "Tháng 3/2026 của Phòng Nội vụ", "số 14/KH-UBND" … by entity and id.
    private(set) var things: [String: [String: String]] = [:]

    static func load(for entries: [AuditEntry], on db: any Database) async throws -> AuditSubjects {
        var subjects = AuditSubjects()
        let usernames = Set(entries.map(\.username))
        for user in try await User.query(on: db).filter(\.$username ~~ usernames).all() {
            subjects.people[user.username] = user.fullName
        }
        let ids = Dictionary(grouping: entries, by: \.entity).mapValues { Set($0.compactMap { $0.entityID.flatMap(Int.init) }) }
        let sql = db as! any SQLDatabase
        func names(_ entity: String, _ statement: (Set<Int>) -> SQLQueryString) async throws {
            guard let set = ids[entity], !set.isEmpty else { return }
            for row in try await sql.raw(statement(set)).all(decoding: Named.self) {
                subjects.things[entity, default: [:]][String(row.id)] = row.name
            }
        }
        try await names("unit") { "SELECT id, name FROM units WHERE id IN (\(binds: Array($0)))" }
        try await names("user") { "SELECT id, full_name AS name FROM users WHERE id IN (\(binds: Array($0)))" }
        try await names("plan") { "SELECT id, COALESCE('số ' || number, title) AS name FROM plans WHERE id IN (\(binds: Array($0)))" }
        try await names("report_request") {
            """
            SELECT r.id AS id, r.period_label || ' của ' || u.name AS name FROM report_requests r JOIN units u ON u.id = r.unit_id WHERE r.id IN\
             (\(binds: Array($0)))
            """
        }
        try await names("assignment") {
            "SELECT a.id AS id, 'cho ' || u.name AS name FROM assignments a JOIN units u ON u.id = a.unit_id WHERE a.id IN (\(binds: Array($0)))"
        }
        try await DemocracyAuditWords.names { entity, statement in try await names(entity, statement) }
        try await names("exemplar") { "SELECT id, name FROM exemplars WHERE id IN (\(binds: Array($0)))" }
        try await names("scoring_sheet") {
            """
            SELECT s.id AS id, 'của ' || u.name || ' năm ' || CAST(r.year AS TEXT) AS name FROM scoring_sheets s JOIN units u ON u.id =\
             s.unit_id JOIN scoring_rounds r ON r.id = s.round_id WHERE s.id IN (\(binds: Array($0)))
            """
        }
        try await names("petition") { "SELECT id, tracking_code AS name FROM petitions WHERE id IN (\(binds: Array($0)))" }
        return subjects
    }

    private struct Named: Decodable {
        let id: Int
        let name: String
    }

    /// Who did it, as people know them.
    func person(_ username: String) -> String {
        if username.hasPrefix("cli:") { return L10n.Audit.quanTriVienDongLenh(username.dropFirst(4)) }
        if username == "cong-dan" { return L10n.Audit.congDanTrangCongKhai }
        return people[username] ?? username
    }

    /// The sentence of an entry: "Nguyễn Văn A chấp nhận báo cáo Tháng 3/2026 của Phường X".
    func sentence(_ entry: AuditEntry) -> String {
        let name = entry.entityID.flatMap { things[entry.entity]?[$0] }
        let object = entry.entity == "session" ? "" : [AuditWording.noun(entry.entity), name ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        return [person(entry.username), AuditWording.verb(entry.action), object].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A stored code as its label, whichever status vocabulary it belongs to.
    static func label(_ raw: String) -> String? {
        ReportStatus(rawValue: raw)?.label ?? AssignmentStatus(rawValue: raw)?.label ?? ReportVersionState(rawValue: raw)?.label
            ?? TaskAssignment.Role(rawValue: raw)?.label ?? Role(rawValue: raw)?.label
    }
}
