import DanVanCore
import Fluent
import Vapor
import Views

/// A link from a sheet line to one of the unit's own DanVan records, as evidence the appraisers open.
final class ScoringRecordLink: Model, CreationStamped, @unchecked Sendable {
    static let schema = "scoring_record_links"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "line_id") var line: ScoringLine
    @Field(key: "kind") var kind: String
    /// The record's id; for the petition statistics page, the year it covers.
    @Field(key: "record_id") var recordID: Int
    /// The record's title when it was linked, shown even if the record is renamed later.
    @Field(key: "title") var title: String
    @Field(key: "added_by") var addedBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}
}

/// The records a unit may link: its plans, its accepted periodic reports, its "Dân vận khéo" models (all of the round's
/// year), and the petition statistics of that year. Chosen from a list by title, never typed as an id.
enum ScoringRecordLinks {
    enum Kind: String, CaseIterable {
        case plan = "ke-hoach"
        case report = "bao-cao"
        case exemplar = "dan-van-kheo"
        case petitionStatistics = "thong-ke-don"

        var label: String {
            switch self {
            case .plan: return L10n.Scoring.lienKetKeHoach
            case .report: return L10n.Scoring.lienKetBaoCao
            case .exemplar: return L10n.Scoring.lienKetMoHinh
            case .petitionStatistics: return L10n.Scoring.lienKetThongKeDon
            }
        }
    }

    struct Choice: Equatable {
        var kind: Kind
        var recordID: Int
        var title: String
        var value: String { kind.rawValue + ":" + String(recordID) }
        var label: String { kind.label + ": " + title }
    }

    static func path(kind: String, recordID: Int) -> String? {
        switch Kind(rawValue: kind) {
        case .plan: return SiteURL.plan(.value(recordID)).path
        case .report: return SiteURL.reportRequest(.value(recordID)).path
        case .exemplar: return SiteURL.exemplar(.value(recordID)).path
        case .petitionStatistics: return SiteURL.petitionStatistics.path + "?tu=01/01/\(recordID)&den=31/12/\(recordID)"
        case nil: return nil
        }
    }

    /// The unit's own records for the round's year: three queries, whatever the number of records.
    static func choices(unitID: Int, year: Int, on db: any Database) async throws -> [Choice] {
        let plans = try await Plan.query(on: db).filter(\.$unit.$id == unitID).filter(\.$year == year).filter(\.$status != .draft)
            .sort(\.$issuedOn).sort(\.$id).limit(200).all()
        let reports = try await ReportRequest.query(on: db).filter(\.$unit.$id == unitID).filter(\.$status == .accepted)
            .filter(\.$cutoffEnd, .custom("LIKE"), "\(year)-%").sort(\.$cutoffEnd).sort(\.$id).limit(200).all()
        let models = try await Exemplar.query(on: db).filter(\.$unit.$id == unitID).filter(\.$year == year).sort(\.$id).limit(200).all()
        return plans.map { Choice(kind: .plan, recordID: $0.id!, title: $0.displayName) }
            + reports.map { Choice(kind: .report, recordID: $0.id!, title: L10n.Scoring.baoCaoKy($0.periodLabel)) }
            + models.map { Choice(kind: .exemplar, recordID: $0.id!, title: $0.name) }
            + [Choice(kind: .petitionStatistics, recordID: year, title: L10n.Scoring.thongKeDonNam(year))]
    }

    /// Links the chosen record to a line of the unit's own sheet, audited; the choice must be one of `choices`.
    static func link(_ context: SheetContext, lineID: Int, choice value: String, user: User, actor: Actor, on database: any Database) async throws {
        guard ScoringAccess.isUnitOfficer(user, context.sheet) else {
            throw AppError(.forbidden, code: "not_unit_officer", message: L10n.Scoring.chiCanBoDonViDinhKemTaiLieu)
        }
        guard context.sheet.status.unitMayEdit else { throw AppError.invalid(L10n.Scoring.phieuDaNopNenKhongDinh, code: "sheet_locked") }
        guard let line = context.lines.first(where: { $0.id == lineID }) else { throw AppError.notFound(L10n.Scoring.tieuChi) }
        let choices = try await choices(unitID: context.sheet.$unit.id, year: context.round.year, on: database)
        guard let choice = choices.first(where: { $0.value == value }) else {
            throw AppError.invalid(L10n.Scoring.banGhiKhongThuocDonVi, code: "record_not_owned")
        }
        let existing = try await ScoringRecordLink.query(on: database).filter(\.$line.$id == lineID).filter(\.$kind == choice.kind.rawValue)
            .filter(\.$recordID == choice.recordID).count()
        guard existing == 0 else { throw AppError.invalid(L10n.Scoring.lienKetDaCo, code: "link_exists") }
        let link = ScoringRecordLink()
        link.$line.id = line.id!
        link.kind = choice.kind.rawValue
        link.recordID = choice.recordID
        link.title = choice.label
        link.addedBy = user.username
        try await database.transaction { db in
            try await link.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "scoring_evidence", id: "lien-ket-\(link.id!)", action: "create",
                before: EvidenceSnapshot?.none,
                after: EvidenceSnapshot(name: choice.label, size: 0, line: context.criterion(of: line)?.code ?? ""))
        }
    }

    /// Every link of these lines, in one query.
    static func links(ofLines lineIDs: [Int], on db: any Database) async throws -> [Int: [ScoringRecordLink]] {
        guard !lineIDs.isEmpty else { return [:] }
        let rows = try await ScoringRecordLink.query(on: db).filter(\.$line.$id ~~ lineIDs).sort(\.$id).all()
        return Dictionary(grouping: rows, by: { $0.$line.id })
    }
}
