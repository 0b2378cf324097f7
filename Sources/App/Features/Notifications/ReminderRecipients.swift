import Fluent
import SQLKit

/// Who is told about a unit's report: its officers and coordinators, and on escalation its head (lãnh đạo)
/// and the coordinators of the receiving unit, the level above. Loaded for all units at once.
struct ReminderRecipients: Sendable {
    struct Person: Decodable, Sendable, Hashable {
        let id: Int
        let unitID: Int
        let role: String
        let fullName: String
        let email: String?
    }

    private var byUnit: [Int: [Person]] = [:]

    /// Active users of the given units with a role that receives reminders; chunked to stay under bind limits.
    static func load(unitIDs: Set<Int>, on sql: any SQLDatabase) async throws -> ReminderRecipients {
        var recipients = ReminderRecipients()
        let roles = [Role.unitOfficer, .coordinator, .leader].map(\.rawValue)
        let ids = Array(unitIDs).sorted()
        for start in stride(from: 0, to: ids.count, by: 5_000) {
            let people = try await sql.select()
                .column("id").column(SQLColumn("unit_id"), as: "unitID").column("role")
                .column(SQLColumn("full_name"), as: "fullName").column("email")
                .from(User.schema)
                .where("unit_id", .in, SQLBind.group(Array(ids[start..<min(start + 5_000, ids.count)])))
                .where("role", .in, SQLBind.group(roles))
                .where("is_disabled", .equal, SQLBind(false))
                .all(decoding: Person.self)
            for person in people { recipients.byUnit[person.unitID, default: []].append(person) }
        }
        return recipients
    }

    /// Everyone to tell about one request at one step.
    func people(unitID: Int, receiverID: Int, escalates: Bool) -> [Person] {
        let own = byUnit[unitID] ?? []
        var chosen = own.filter { $0.role == Role.unitOfficer.rawValue || $0.role == Role.coordinator.rawValue }
        if escalates {
            chosen += own.filter { $0.role == Role.leader.rawValue }
            chosen += (byUnit[receiverID] ?? []).filter { $0.role == Role.coordinator.rawValue }
        }
        var seen = Set<Int>()
        return chosen.filter { seen.insert($0.id).inserted }
    }
}
