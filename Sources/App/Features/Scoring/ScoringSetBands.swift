import DanVanCore
import Fluent
import Foundation
import Views

extension ScoringSetStore {
    /// Replaces the bands and the bonus and deduction caps of an unfrozen, non-example set, audited with both versions.
    /// The frozen flag is read again inside the transaction, so a round opened meanwhile wins.
    static func replaceBands(_ setID: Int, with set: CriteriaSet, before: CriteriaSet, actor: Actor, on database: any Database) async throws {
        try await database.transaction { db in
            guard let row = try await ScoringSet.find(setID, on: db) else { throw AppError.notFound(L10n.Scoring.boTieuChi) }
            guard !row.frozen else { throw AppError.invalid(L10n.Scoring.boTieuChiDaDuocDung, code: "set_frozen") }
            guard !row.isExample else { throw AppError.invalid(L10n.Scoring.boTieuChiMauKhongSua, code: "set_is_example") }
            row.bands = json(set.bands)
            row.bonusCap = set.bonusCap.hundredths
            row.deductionCap = set.deductionCap.hundredths
            try await row.save(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "scoring_set", id: "\(setID)", action: "update", before: BandsSnapshot(before),
                after: BandsSnapshot(set))
        }
    }
}

/// A set's bands and caps as the audit log shows them: "Hoàn thành xuất sắc từ 90 điểm; …".
struct BandsSnapshot: Codable {
    let bands: String
    let bonusCap: String
    let deductionCap: String

    init(_ set: CriteriaSet) {
        bands = ScoringController.bandRules(set).map { $0.label + " " + $0.rule }.joined(separator: "; ")
        bonusCap = set.bonusCap.text
        deductionCap = set.deductionCap.text
    }
}
