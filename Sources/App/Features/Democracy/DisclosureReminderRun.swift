import DanVanCore
import Fluent
import Foundation
import SQLKit
import Views

/// Nhắc công khai — the step of `danvan remind` that chases the communes which have not published a quarterly or yearly
/// category for a window ending near today (`DisclosureReminders`), on the report ladder: 7, 3, 1 days before the
/// window's last day, on the day, then every 3 days, escalating after 7 to the commune's leaders and the coordinators
/// of the level above. One notice per commune, window and step lists every category still missing.
/// Set-based: one query for the communes that have someone to tell, one coverage statement per window (at most three),
/// one (chunked) for the recipients, multi-row inserts keyed "ck-<commune>-<window>-<step>" so a second run or another
/// server writes nothing new.
enum DisclosureReminderRun {
    struct Outcome: Sendable, Equatable {
        /// Communes with a step today.
        var communes = 0
        var notifications = 0
    }

    private struct Commune: Decodable {
        let id: Int
        let name: String
        let path: String
        let parent_id: Int?
    }

    private struct CategoryRow: Decodable {
        let code: String, title: String, article: String, minimum_posting_days: Int?, frequency: String, loudspeaker: Bool, sort_order: Int
        let owner_unit_id: Int?
    }

    static func run(today: CivilDate, at now: Date, on db: any Database) async throws -> Outcome {
        let sql = db as! any SQLDatabase
        var outcome = Outcome()
        let windows = DisclosureReminders.windows(today: today).compactMap { window -> (DisclosureFrequency, DisclosureRules.Period, ReminderStep)? in
            ReminderLadder.step(due: window.period.end, today: today, submitted: false).map { (window.frequency, window.period, $0) }
        }
        guard !windows.isEmpty else { return outcome }
        let roles = [Role.unitOfficer, .coordinator, .leader].map(\.rawValue)
        let told: SQLQueryString = """
            SELECT u.id FROM units u WHERE u.kind = \(bind: UnitKind.commune.rawValue) AND u.active_until IS NULL \
            AND EXISTS (SELECT 1 FROM users p WHERE p.unit_id = u.id AND p.role IN (\(binds: roles)) AND p.is_disabled = \(bind: false))
            """
        let communes = try await sql.raw("SELECT id, name, path, parent_id FROM units WHERE id IN (\(told)) ORDER BY id").all(decoding: Commune.self)
        guard !communes.isEmpty else { return outcome }
        let categoryRows = try await sql.raw(
            """
            SELECT code, title, article, minimum_posting_days, frequency, loudspeaker, sort_order, owner_unit_id FROM disclosure_categories \
            WHERE active = \(bind: true) AND scope = 'xa' \
            AND frequency IN (\(literal: DisclosureFrequency.quarterly), \(literal: DisclosureFrequency.yearly)) ORDER BY sort_order, id
            """
        ).all(decoding: CategoryRow.self)
        let categories = categoryRows.map { row in
            (
                owner: row.owner_unit_id,
                category: DisclosureCategory(
                    code: row.code, title: row.title, article: row.article, minimumPostingDays: row.minimum_posting_days,
                    frequency: DisclosureFrequency(rawValue: row.frequency) ?? .onEvent, loudspeaker: row.loudspeaker,
                    scope: "xa", sortOrder: row.sort_order)
            )
        }
        var due: [(commune: Commune, period: DisclosureRules.Period, step: ReminderStep, missing: [DisclosureCategory])] = []
        for (frequency, period, step) in windows {
            let coverage = try await DemocracyGridController.coverage(
                unitFilter: "unit_id IN (\(told))", permanentCategories: [], period: period,
                today: today, on: db)
            let ofFrequency = categories.filter { $0.category.frequency == frequency }
            for commune in communes {
                let owners = Set(DisclosureCategoryRules.owners(underPath: commune.path))
                let missing = ofFrequency.filter { entry in entry.owner.map { owners.contains($0) } ?? true }.map { $0.category }.filter { category in
                    let covered = coverage[DemocracyGridController.Key(unit: commune.id, category: category.code)] ?? .init()
                    let status = DisclosureRules.status(of: category, coverage: covered, period: period, today: today)
                    return status == .missing || status == .pending
                }
                if !missing.isEmpty { due.append((commune, period, step, missing)) }
            }
        }
        outcome.communes = Set(due.map { $0.commune.id }).count
        guard !due.isEmpty else { return outcome }
        var units = Set(due.map { $0.commune.id })
        units.formUnion(due.filter { $0.step.escalates }.compactMap { $0.commune.parent_id })
        let recipients = try await ReminderRecipients.load(unitIDs: units, on: sql)
        var pending: [KeyedReminder] = []
        for entry in due {
            let message = DisclosureReminders.text(communeName: entry.commune.name, categories: entry.missing, period: entry.period, today: today)
            let key = "ck-\(entry.commune.id)-\(DisclosureReminders.key(entry.period))-\(entry.step.key)"
            for person in recipients.people(unitID: entry.commune.id, receiverID: entry.commune.parent_id ?? -1, escalates: entry.step.escalates) {
                pending.append(
                    KeyedReminder(
                        userID: person.id, step: "ck-" + entry.step.key, message: message,
                        url: SiteURL.democracyDisclosureNew(.value(entry.commune.id)).path, key: key))
            }
        }
        outcome.notifications += try await KeyedReminder.insert(pending, at: now, on: sql)
        return outcome
    }
}
