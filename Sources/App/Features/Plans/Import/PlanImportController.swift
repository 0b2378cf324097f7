import DanVanCore
import Fluent
import Vapor
import Views

/// Tạo kế hoạch từ văn bản: upload → the reader fills a review page → the person confirms → one transaction creates it all.
enum PlanImportController {
    struct Upload: Content {
        var file: File?
    }

    @Sendable static func form(req: Request) async throws -> Response {
        _ = try req.require(\.canWrite)
        return uploadPage(req, error: nil, status: .ok)
    }

    private static func uploadPage(_ req: Request, error: String?, status: HTTPResponseStatus) -> Response {
        var model = PlanUploadPage.Model()
        model.error = error
        model.layout = req.pageLayout()
        return HTMLResponse.make(PlanUploadPage(model: model).render(), status: status)
    }

    /// Keeps the file (by content hash) before reading it, so a failed reading or review can be retried.
    @Sendable static func upload(req: Request) async throws -> Response {
        _ = try req.require(\.canWrite)
        let upload = try req.content.decode(Upload.self)
        guard let file = upload.file, file.data.readableBytes > 0 else {
            return uploadPage(req, error: L10n.Plans.vuiLongChonTepKeHoach, status: .unprocessableEntity)
        }
        let name = sanitized(file.filename)
        let allowed = ["docx", "doc", "rtf", "odt", "pdf", "txt", "md", "text", "markdown"]
        guard allowed.contains((name as NSString).pathExtension.lowercased()) else {
            let message = L10n.Plans.chiNhanTepDocxPdfTxt(name)
            return uploadPage(req, error: message, status: .unsupportedMediaType)
        }
        let hash = try req.application.fileStore.store(Data(buffer: file.data))
        PlanUploads.remember(hash, on: req)
        return req.redirect(to: SiteURL.planReview(hash).path + "?ten=" + (name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
    }

    @Sendable static func review(req: Request) async throws -> Response {
        let user = try req.require(\.canWrite)
        let hash = try fileHash(req)
        let name = sanitized(req.query["ten"] ?? "ke-hoach.txt")
        let document: PlanDocument
        do {
            // Off the event loop, and once: a scanned PDF takes seconds a page to recognise, a .doc seconds to convert.
            document = try await PlanSourceCache.document(hash: hash, fileName: name, on: req.application)
        } catch let error as DocumentReadError {
            let message = L10n.Plans.khongDocDuocVanBanMa(error.message, error.code.rawValue)
            return uploadPage(req, error: message, status: .unprocessableEntity)
        }
        let form = try await PlanReviewBuilder.form(
            from: document, fileHash: hash, fileName: name, uploader: user, today: req.clock.today, on: req.db)
        return try await page(req, form: form, problems: [], status: .ok)
    }

    @Sendable static func confirm(req: Request) async throws -> Response {
        let user = try req.require(\.canWrite)
        var form = try req.content.decode(PlanReviewForm.self)
        if let hash = form.fileHash, !PlanUploads.isOwned(hash, on: req) { form.fileHash = nil }
        do {
            let plan = try await PlanCreator.create(form, by: user, at: req.clock.now, on: req.db)
            req.flash(.success, L10n.Plans.daTaoKeHoach(plan.number ?? plan.title))
            return req.redirect(to: SiteURL.plan(.value(plan.id!)).path)
        } catch let rejected as PlanCreator.Rejected {
            return try await page(req, form: form, problems: rejected.problems, status: .unprocessableEntity)
        }
    }

    @Sendable static func manual(req: Request) async throws -> Response {
        let user = try req.require(\.canWrite)
        let form = PlanReviewForm(
            fileHash: nil, fileName: nil, issuer: try await UnitChoice.label(of: user.unit, on: req.db), number: "",
            issuedOn: req.clock.today.vietnamese,
            year: String(req.clock.today.year), title: "", purposes: "", status: PlanStatus.draft.rawValue,
            parentPlanID: "", citations: [], duties: [], tasks: [], deadlines: [], reports: [])
        return try await page(req, form: form, problems: [], status: .ok)
    }

    static func page(_ req: Request, form: PlanReviewForm, problems: [String], status: HTTPResponseStatus) async throws -> Response {
        let user = try req.user
        let chosen = try await UnitChoice.resolve(form.typedIssuer, within: user.unit.path, on: req.db)
        let issuer = if case .unit(let unit) = chosen, user.canSee(unit) { unit } else { user.unit }
        let parents = try await PlanAccess.parentCandidates(for: user, issuer: issuer, on: req.db).sort(\.$id, .descending).range(..<200).all()
        var parentOptions = parents.map { (String($0.id!), $0.displayName) }
        let parentPlanID = form.parentPlanID ?? ""
        if !parentPlanID.isEmpty, !parentOptions.contains(where: { $0.0 == parentPlanID }),
            let chosen = try await PlanAccess.allowedParent(Int(parentPlanID) ?? 0, for: user, issuer: issuer, on: req.db)
        {
            parentOptions.insert((parentPlanID, chosen.displayName), at: 0)
        }
        func include(_ value: String?) -> Bool { value == "1" }
        var model = PlanReviewPage.Model()
        model.action = SiteURL.planConfirm.path
        model.fileName = form.fileName
        model.problems = problems
        model.header = [
            (L10n.Plans.donViBanHanhGoTen, "issuer", form.typedIssuer, false), (L10n.Plans.soKyHieu, "number", form.number, false),
            (L10n.Plans.ngayBanHanhDdMmYyyy, "issuedOn", form.issuedOn, false), (L10n.Plans.nam, "year", form.year, false),
            (L10n.Plans.trichYeu, "title", form.title, false), (L10n.Plans.mucDichYeuCau, "purposes", form.purposes ?? "", true)
        ]
        model.statuses = PlanStatus.allCases.map { ($0.rawValue, $0.label) }
        model.status = form.status
        model.parents = parentOptions
        model.parentPlanID = parentPlanID
        model.hidden = [
            ("fileHash", form.fileHash ?? ""), ("fileName", form.fileName ?? ""),
            ("recognisedFromImages", form.recognisedFromImages ?? "")
        ].filter { !$0.1.isEmpty }
        model.recognisedFromImages = form.recognisedFromImages == "1"
        model.groups = [
            .init(
                title: L10n.Plans.vanBanCanCu, prefix: "citations",
                rows: (form.citations ?? []).map { row in
                    .init(
                        include: include(row.include),
                        fields: [
                            (L10n.Plans.loai, "docType", row.docType, false), (L10n.Plans.soKyHieu, "number", row.number, false),
                            (L10n.Plans.ngay, "issuedOn", row.issuedOn, false), (L10n.Plans.coQuanBanHanh, "issuer", row.issuer, false)
                        ],
                        hidden: [("snippet", row.snippet ?? "")], hint: nil, snippet: row.snippet)
                }),
            .init(
                title: L10n.Plans.toChucThucHienDonVi, prefix: "duties",
                rows: (form.duties ?? []).map { row in
                    .init(
                        include: include(row.include),
                        fields: [
                            (L10n.Plans.donViNhuTrongVanBan, "written", row.written, false),
                            (L10n.Plans.donViChuTriGoTen, "units", row.typedUnits, true),
                            (L10n.Plans.donViPhoiHopNeuCo, "cooperating", row.cooperating ?? "", true),
                            (L10n.Plans.nhiemVuMoiDongMotNhiem, "duties", row.duties, true)
                        ],
                        hidden: [("hint", row.hint ?? ""), ("snippet", row.snippet ?? "")], hint: row.hint, snippet: row.snippet)
                }),
            .init(
                title: L10n.Plans.nhiemVuGiaiPhap, prefix: "tasks",
                rows: (form.tasks ?? []).map { row in
                    .init(
                        include: include(row.include),
                        fields: [
                            (L10n.Plans.muc, "reference", row.reference, false), (L10n.Plans.noiDung, "text", row.text, true),
                            (L10n.Plans.thoiHanDdMmYyyyNeu, "dueOn", row.dueOn, false)
                        ], hint: nil, snippet: nil)
                }),
            .init(
                title: L10n.Plans.thoiHanPhaiThucHien, prefix: "deadlines",
                rows: (form.deadlines ?? []).map { row in
                    .init(
                        include: include(row.include),
                        fields: [
                            (L10n.Plans.noiDung, "what", row.what, true), (L10n.Plans.thoiHanDdMmYyyy, "dueOn", row.dueOn, false),
                            (L10n.Plans.guiVe, "sendTo", row.sendTo, false), (L10n.Plans.donViThucHienNhuTrong, "written", row.written, false),
                            (L10n.Plans.donViPhaiThucHienGo, "units", row.typedUnits, true)
                        ],
                        hidden: [("kind", row.kind), ("hint", row.hint ?? ""), ("snippet", row.snippet ?? "")], hint: row.hint,
                        snippet: row.snippet)
                }),
            .init(
                title: L10n.Plans.cheDoBaoCaoTieuDe, prefix: "reports",
                rows: (form.reports ?? []).map { row in
                    .init(
                        include: include(row.include),
                        fields: [
                            (L10n.Plans.kyBaoCaoHangThangHang, "period", row.period, false),
                            (L10n.Plans.hanNopViDuNgay20, "dueRule", row.dueRule, false),
                            (L10n.Plans.hanNhuTrongVanBan, "dueText", row.dueText, false),
                            (L10n.Plans.donViBaoCao, "reporters", row.reporters, false), (L10n.Plans.guiVe, "receiver", row.receiver, false)
                        ],
                        hidden: [("snippet", row.snippet ?? "")], hint: nil, snippet: row.snippet)
                })
        ]
        model.layout = req.pageLayout()
        return HTMLResponse.make(PlanReviewPage(model: model).render(), status: status)
    }

    private static func fileHash(_ req: Request) throws -> String {
        guard let hash = req.parameters.get("hash"), PlanUploads.isOwned(hash, on: req) else { throw AppError.notFound(L10n.Plans.tep) }
        return hash
    }

    /// A file name safe to show and to keep: no folders, no control characters.
    static func sanitized(_ name: String) -> String {
        let last = (name as NSString).lastPathComponent.filter { !$0.isNewline && $0 != "\0" }
        return last.isEmpty ? "ke-hoach.txt" : String(last.prefix(200))
    }
}
