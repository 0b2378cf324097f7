import DanVanCore
import Fluent
import Vapor
import Views

/// Tệp đính kèm của đơn — upload on the petition's page, download by id; every opening is written to the audit log.
enum PetitionAttachmentController {
    struct UploadForm: Content {
        var file: File?
        var description: String?
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let user = try req.user
        let (petition, unit) = try await PetitionController.find(req, user: user)
        guard PetitionAttachmentService.canUpload(user, petition, unit: unit) else { throw AppError.forbidden }
        let form = try req.content.decode(UploadForm.self)
        let back = SiteURL.petition(.value(petition.id!)).path
        do {
            let attachment = try await PetitionAttachmentService.attach(
                form.file.map { Data(buffer: $0.data) } ?? Data(), fileName: form.file?.filename ?? "", description: form.description ?? "",
                to: petition, user: user, at: req.clock.now, store: req.application.fileStore, on: req.db)
            req.flash(.success, L10n.Petitions.daDinhKemTep(attachment.fileName))
        } catch let error as AppError where error.status != .forbidden {
            req.flash(.error, error.message)
        }
        return req.redirect(to: back)
    }

    @Sendable static func download(req: Request) async throws -> Response {
        let user = try req.user
        guard let attachment = try await PetitionAttachment.find(try req.idParameter(), on: req.db),
            let petition = try await Petition.query(on: req.db).filter(\.$id == attachment.$petition.id).with(\.$unit).first()
        else {
            throw AppError.notFound(L10n.Petitions.tepDinhKem)
        }
        guard PetitionAccess.canSee(user, petitionUnit: petition.unit) else { throw AppError.outsideScope }
        guard PetitionAttachmentService.canOpen(user, petition, unit: petition.unit) else {
            throw AppError(.forbidden, code: "personal_data", message: L10n.Petitions.tepDinhKemCuaDonChua)
        }
        let data = try req.application.fileStore.read(attachment.fileHash)
        try await Audit.event(on: req.db, actor: req.actor(user), entity: "petition_attachment", id: "\(attachment.id!)", action: "view")
        return Download.response(data, name: attachment.fileName)
    }

    /// The petition page's list of files, or nil when this user may not open them.
    static func rows(_ petition: Petition, user: User, unit: OrgUnit, on db: any Database) async throws -> [Views.PetitionShowPage.Attachment]? {
        guard PetitionAttachmentService.canOpen(user, petition, unit: unit) else { return nil }
        let attachments = try await PetitionAttachment.query(on: db).filter(\.$petition.$id == petition.id!).sort(\.$id).limit(200).all()
        return attachments.map { attachment in
            var row = Views.PetitionShowPage.Attachment()
            row.name = attachment.fileName
            row.url = SiteURL.petitionAttachment(.value(attachment.id!)).path
            row.size = PetitionAttachmentService.megabytes(attachment.sizeBytes)
            row.description = attachment.description
            row.by = attachment.uploadedBy
            row.at = attachment.createdAt.map(VietnamTime.format) ?? ""
            return row
        }
    }
}
