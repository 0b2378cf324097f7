import DanVanCore
import Fluent
import Vapor
import Views

/// Attaching files to a petition and opening them; the rules for who may do which are `PetitionAccess`'s.
enum PetitionAttachmentService {
    /// 10 MB: a multi-page scan at 200 dpi fits; larger files are refused with a clear message.
    static let maxBytes = UploadLimits.publicAttachment
    static let allowedExtensions = ["pdf", "jpg", "jpeg", "png", "tif", "tiff", "docx", "xlsx", "odt", "txt"]

    /// Who may add a file: whoever may resolve the case (the inspectorate, the assigned unit's officers).
    static func canUpload(_ user: User, _ petition: Petition, unit: OrgUnit) -> Bool {
        user.role.canWrite && PetitionAccess.canResolve(user, petition, unit: unit)
    }

    /// Who may list and open the files: whoever may see the citizen's personal data — for a tố cáo, the denouncer's identity.
    static func canOpen(_ user: User, _ petition: Petition, unit: OrgUnit) -> Bool {
        PetitionAccess.canSeePersonalData(user, petition, unit: unit)
    }

    static func attach(
        _ data: Data, fileName: String, description: String, to petition: Petition, user: User, at now: Date,
        store: FileStore, on database: any Database
    ) async throws -> PetitionAttachment {
        let name = PlanImportController.sanitized(fileName)
        guard data.count > 0 else { throw AppError.invalid(L10n.Petitions.vuiLongChonTepCanDinh, code: "file_missing") }
        guard data.count <= maxBytes else {
            throw AppError(
                .payloadTooLarge, code: "file_too_large",
                message: L10n.Petitions.tepCoDungLuongVuotQua(name, megabytes(data.count), UploadLimits.label(maxBytes))
                    + L10n.Petitions.vuiLongQuetVoiDoPhan)
        }
        guard allowedExtensions.contains((name as NSString).pathExtension.lowercased()) else {
            throw AppError(
                .unsupportedMediaType, code: "file_type_not_allowed",
                message: L10n.Petitions.khongNhanTepChiNhanTep(name) + allowedExtensions.map { "." + $0 }.joined(separator: ", ") + ".")
        }
        let text = PetitionService.clean(description)
        guard text.count <= 300 else { throw AppError.invalid(L10n.Petitions.moTaTepToiDa300, code: "description_too_long") }
        let attachment = PetitionAttachment()
        attachment.$petition.id = petition.id!
        attachment.fileHash = try store.store(data)
        attachment.fileName = name
        attachment.sizeBytes = data.count
        attachment.description = text
        attachment.uploadedBy = user.username
        try await database.transaction { db in
            try await attachment.create(on: db)
            try await Audit.record(
                on: db, actor: .user(user, at: now), entity: "petition_attachment", id: "\(attachment.id!)", action: "create",
                before: AttachmentSnapshot?.none, after: AttachmentSnapshot(attachment))
        }
        return attachment
    }

    /// "1,5 MB", "320 KB".
    static func megabytes(_ bytes: Int) -> String {
        if bytes < 1024 * 1024 { return "\(max(1, bytes / 1024)) KB" }
        let tenths = bytes * 10 / (1024 * 1024)
        return "\(tenths / 10)" + (tenths % 10 == 0 ? "" : ",\(tenths % 10)") + " MB"
    }
}

/// What the audit log keeps of an attachment: which petition and the file's size — not its name, which may name a person,
/// nor its hash, which would let a reader of the log look for the same file elsewhere.
struct AttachmentSnapshot: Codable {
    let petitionID: Int
    let sizeBytes: Int

    init(_ attachment: PetitionAttachment) {
        petitionID = attachment.$petition.id
        sizeBytes = attachment.sizeBytes
    }
}
