import DanVanCore
import Fluent
import Vapor
import Views

/// The deadline profiles and the field list, read from the database on each use: several servers share one database,
/// so an edit made on one is seen by all at once. Both tables hold a few dozen rows.
enum PetitionRuleStore {
    /// Every stored version; for each kind and instance the highest version is current.
    static func profiles(on db: any Database) async throws -> DeadlineProfiles {
        let records = try await DeadlineProfileRecord.query(on: db).sort(\.$kind).sort(\.$instance).sort(\.$version).all()
        return DeadlineProfiles(all: records.map(\.profile))
    }

    /// One version by the id a petition stores.
    static func profile(code: String, on db: any Database) async throws -> DeadlineProfile? {
        try await DeadlineProfileRecord.query(on: db).filter(\.$code == code).first()?.profile
    }

    static func fields(on db: any Database) async throws -> FieldList {
        FieldList(
            all: try await PetitionFieldRecord.query(on: db).sort(\.$position).sort(\.$id).all()
                .map { .init(code: $0.code, label: $0.label, isRetired: $0.isRetired) })
    }
}

/// Lĩnh vực — the field list as read: labels for every code, choices only among the fields still in use.
struct FieldList: Sendable {
    struct Field: Sendable {
        let code: String
        let label: String
        let isRetired: Bool
    }

    let all: [Field]

    func label(for code: String) -> String {
        all.first { $0.code == code }?.label ?? code
    }

    /// The fields offered when classifying; `keeping` stays offered (marked) even when retired, so a case keeps its field.
    func choices(keeping current: String? = nil) -> [(value: String, label: String)] {
        all.filter { !$0.isRetired || $0.code == current }.map { ($0.code, $0.label + ($0.isRetired ? L10n.Petitions.ngungSuDungTrongNgoac : "")) }
    }

    func isSelectable(_ code: String, current: String?) -> Bool {
        all.contains { $0.code == code && (!$0.isRetired || code == current) }
    }
}
