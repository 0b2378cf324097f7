import DanVanCore
import Fluent
import Vapor
import Views

extension ScoringRecordLinks {
    /// Removes a link from a line of the unit's own sheet while the unit may still edit it, audited. The record itself
    /// stays in DanVan; only its mention on the sheet goes. The sheet's state is read again inside the transaction, so a
    /// sheet submitted meanwhile keeps its links.
    static func unlink(_ context: SheetContext, linkID: Int, user: User, actor: Actor, on database: any Database) async throws {
        guard ScoringAccess.isUnitOfficer(user, context.sheet) else {
            throw AppError(.forbidden, code: "not_unit_officer", message: L10n.Scoring.chiCanBoDonViDinhKemTaiLieu)
        }
        guard context.sheet.status.unitMayEdit else { throw AppError.invalid(L10n.Scoring.phieuDaNopNenKhongDinh, code: "sheet_locked") }
        let lineIDs = context.lines.compactMap(\.id)
        guard !lineIDs.isEmpty,
            let link = try await ScoringRecordLink.query(on: database).filter(\.$id == linkID).filter(\.$line.$id ~~ lineIDs).first()
        else { throw AppError.notFound(L10n.Scoring.lienKet) }
        let code = context.lines.first { $0.id == link.$line.id }.flatMap { context.criterion(of: $0)?.code } ?? ""
        let sheetID = context.sheet.id!
        try await database.transaction { db in
            guard let sheet = try await ScoringSheet.find(sheetID, on: db), sheet.status.unitMayEdit else {
                throw AppError.invalid(L10n.Scoring.phieuDaNopNenKhongDinh, code: "sheet_locked")
            }
            try await link.delete(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "scoring_evidence", id: "lien-ket-\(linkID)", action: "delete",
                before: EvidenceSnapshot(name: link.title, size: 0, line: code), after: EvidenceSnapshot?.none)
        }
    }
}

extension ScoringSheetController {
    struct UnlinkForm: Content {
        var lien_ket: Int?
    }

    /// Gỡ liên kết: the unit's officer takes a linked record off a line of the sheet (the record is not deleted).
    @Sendable static func unlinkRecord(req: Request) async throws -> Response {
        let user = try req.user
        let (context, _) = try await self.context(req, user: user)
        guard let linkID = try req.content.decode(UnlinkForm.self).lien_ket else {
            throw AppError.invalid(L10n.Scoring.vuiLongChonLienKetCanGo, code: "missing_link")
        }
        try await ScoringRecordLinks.unlink(context, linkID: linkID, user: user, actor: req.actor(user), on: req.db)
        req.flash(.success, L10n.Scoring.daGoLienKet)
        return req.redirect(to: SiteURL.scoringSheet(.value(context.sheet.id!)).path)
    }
}

extension APIScoringController {
    struct RecordLinkDTO: Content {
        let id: Int
        let lineID: Int
        let kind: String
        let recordID: Int
        let title: String
        let addedBy: String
    }

    /// The sheet's links to DanVan records, in one query.
    @Sendable static func recordLinks(req: Request) async throws -> [RecordLinkDTO] {
        let user = try req.user
        let (context, _) = try await ScoringSheetController.context(req, user: user)
        let links = try await ScoringRecordLinks.links(ofLines: context.lines.compactMap(\.id), on: req.db)
        return links.values.joined().sorted { $0.id! < $1.id! }.map {
            RecordLinkDTO(id: $0.id!, lineID: $0.$line.id, kind: $0.kind, recordID: $0.recordID, title: $0.title, addedBy: $0.addedBy)
        }
    }

    struct NewRecordLink: Content {
        var lineID: Int?
        /// One of the unit's records, as the sheet page offers them: "ke-hoach:12", "bao-cao:7", "dan-van-kheo:3",
        /// "thong-ke-don:2026".
        var record: String?
    }

    /// Links one of the unit's own records to a line; 201 with the sheet's links.
    @Sendable static func addRecordLink(req: Request) async throws -> Response {
        let user = try req.user
        let (context, _) = try await ScoringSheetController.context(req, user: user)
        let body = try req.content.decode(NewRecordLink.self)
        guard let lineID = body.lineID else { throw AppError.invalid(L10n.Scoring.vuiLongChonTieuChi, code: "missing_line") }
        guard let record = body.record, !record.isEmpty else { throw AppError.invalid(L10n.Scoring.vuiLongChonBanGhi, code: "missing_record") }
        try await ScoringRecordLinks.link(context, lineID: lineID, choice: record, user: user, actor: req.actor(user), on: req.db)
        return try await recordLinks(req: req).encodeResponse(status: .created, for: req)
    }

    /// Removes one link; 204 when done.
    @Sendable static func removeRecordLink(req: Request) async throws -> HTTPStatus {
        let user = try req.user
        let (context, _) = try await ScoringSheetController.context(req, user: user)
        guard let linkID = req.parameters.get("link", as: Int.self) else { throw AppError.notFound(L10n.Scoring.lienKet) }
        try await ScoringRecordLinks.unlink(context, linkID: linkID, user: user, actor: req.actor(user), on: req.db)
        return .noContent
    }
}
