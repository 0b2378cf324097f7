import DanVanCore
import Fluent
import Foundation
import Views

/// Soạn, nộp, trả lại, chấp nhận — every change to a report, each one transaction, each audited.
/// A submitted or accepted version is never edited: a correction is a new version.
enum ReportSubmission {
    /// What the unit typed: figures by indicator code, narrative by section id, new files.
    /// A section that is not in `texts` at all keeps the text last saved; one posted empty is cleared.
    struct Input: Sendable {
        var figures: [String: String]
        var texts: [Int: String]
        var files: [(name: String, hash: String, size: Int)]
        /// The version the form was opened on ("id:updated"), to refuse saving over someone else's change.
        var base: String
        /// Figures and texts came from consolidating the units below.
        var consolidated = false
    }

    /// The figures were wrong: indicator code → message. Nothing was written.
    struct Invalid: Error {
        let problems: [String: String]
    }

    /// The reporting unit's own people, the inspectorate included (Thanh tra reports too). A reviewer above the unit
    /// reads its report but never lands on an editable copy of it (issue 18); an administrator may fill in for a unit.
    static func canFill(_ user: User, _ request: ReportRequest) -> Bool {
        user.role.canWrite && (user.$unit.id == request.$unit.id || (user.role == .admin && user.canSee(request.unit)))
    }

    static func canReview(_ user: User, _ request: ReportRequest) -> Bool {
        (user.role == .coordinator || user.role == .admin) && user.canSee(request.receiver)
    }

    /// Saves the draft, and submits it when `submit` is set.
    static func save(
        _ request: ReportRequest, _ input: Input, submit: Bool, indicators: [ReportIndicator], by user: User, at now: Date,
        on db: any Database
    ) async throws -> ReportVersion {
        guard canFill(user, request) else { throw AppError.outsideScope }
        switch request.status {
        case .accepted: throw AppError(.conflict, code: "report_locked", message: L10n.Reports.baoCaoDaDuocChapNhan)
        case .submitted: throw AppError(.conflict, code: "report_under_review", message: L10n.Reports.baoCaoDangChoDuyetChi)
        case .pending, .draft, .returned: break
        }
        let checked = ReportFigures.check(input.figures, indicators: indicators.map(\.definition), requireAll: submit)
        guard checked.problems.isEmpty else { throw Invalid(problems: checked.problems) }
        let byCode = Dictionary(indicators.map { ($0.code, $0.id!) }, uniquingKeysWith: { first, _ in first })

        let stale = AppError(.conflict, code: "stale_report", message: L10n.Reports.baoCaoVuaDuocNguoiKhac)
        do {
            return try await write(request, input, checked: checked, byCode: byCode, submit: submit, stale: stale, by: user, at: now, on: db)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Two people saving the same report at the same instant: the second one's version number is taken.
            throw stale
        }
    }

    private static func write(
        _ request: ReportRequest, _ input: Input, checked: ReportFigures.Checked, byCode: [String: Int], submit: Bool,
        stale: AppError, by user: User, at now: Date, on db: any Database
    ) async throws -> ReportVersion {
        try await db.transaction { db in
            let latest = try await latestVersion(of: request.id!, on: db)
            if (latest.map(stamp) ?? "") != input.base { throw stale }
            let version: ReportVersion
            var carried: [ReportAttachment] = []
            var texts: [Int: String] = [:]
            if let latest {
                for stored in try await ReportText.query(on: db).filter(\.$version.$id == latest.id!).all() {
                    texts[stored.$section.id] = stored.text
                }
            }
            texts.merge(input.texts) { _, typed in typed }
            if let latest, latest.state == .draft {
                version = latest
                try await ReportValue.query(on: db).filter(\.$version.$id == version.id!).delete()
                try await ReportText.query(on: db).filter(\.$version.$id == version.id!).delete()
            } else {
                version = ReportVersion(requestID: request.id!, number: (latest?.number ?? 0) + 1, authorID: user.id, at: now)
                if let latest { carried = try await ReportAttachment.query(on: db).filter(\.$version.$id == latest.id!).all() }
            }
            version.$author.id = user.id
            version.updatedAt = now
            version.consolidated = input.consolidated
            let today = VietnamTime.civilDate(of: now)
            if submit {
                version.state = .submitted
                version.submittedAt = now
            }
            try await version.save(on: db)
            let versionID = version.id!
            try await checked.values.compactMap { code, value in byCode[code].map { ReportValue(versionID: versionID, indicatorID: $0, value: value) }
            }
            .create(on: db)
            try await texts.filter { !$0.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
                .map { ReportText(versionID: versionID, sectionID: $0.key, text: VietnameseText.nfc($0.value)) }.create(on: db)
            try await (carried.map { ($0.name, $0.hash, $0.size) } + input.files.map { ($0.name, $0.hash, $0.size) })
                .map { ReportAttachment(versionID: versionID, name: $0.0, hash: $0.1, size: $0.2) }.create(on: db)

            let before = request.status
            if submit {
                request.status = .submitted
                if request.submittedOn == nil {
                    request.submittedOn = today.iso
                    request.late = CivilDate(iso: request.dueOn).map { ReportTimeliness.isLate(sentOn: today, dueOn: $0) } ?? false
                }
            } else {
                request.status = .draft
            }
            try await request.save(on: db)
            if submit && before == .returned {
                try await EventNotice.send(
                    .reportResubmitted, to: [request.$receiver.id],
                    message: EventMessage.reportResubmitted(periodLabel: request.periodLabel, unitName: try await request.$unit.get(on: db).name),
                    url: SiteURL.reportRequest(.value(request.id!)).path, except: user.id, at: now, on: db)
            }
            try await Audit.record(
                on: db, actor: .user(user, at: now), entity: "report_request", id: "\(request.id!)", action: submit ? "submit" : "save_draft",
                before: ["status": before.rawValue],
                after: AuditedVersion(version: version.number, status: request.status.rawValue, figures: checked.values))
            return version
        }
    }

    static func returnForCorrection(_ request: ReportRequest, reason: String, by user: User, at now: Date, on db: any Database) async throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw AppError.invalid(L10n.Reports.hayGhiLyDoTraLai, code: "reason_required")
        }
        try await review(request, to: .returned, note: reason, by: user, at: now, on: db)
    }

    static func accept(_ request: ReportRequest, by user: User, at now: Date, on db: any Database) async throws {
        try await review(request, to: .accepted, note: nil, by: user, at: now, on: db)
    }

    private static func review(
        _ request: ReportRequest, to state: ReportVersionState, note: String?, by user: User, at now: Date, on db: any Database
    ) async throws {
        guard canReview(user, request) else { throw AppError.outsideScope }
        try await db.transaction { db in
            // Re-read inside the transaction: two reviewers acting at once must not both succeed.
            guard let current = try await ReportRequest.find(request.id!, on: db), current.status == .submitted,
                let version = try await latestVersion(of: request.id!, on: db), version.state == .submitted
            else {
                throw AppError(.conflict, code: "not_under_review", message: L10n.Reports.baoCaoKhongOTrangThai)
            }
            version.state = state
            version.$reviewer.id = user.id
            version.reviewedAt = now
            version.reviewNote = note
            try await version.save(on: db)
            current.status = state == .accepted ? .accepted : .returned
            try await current.save(on: db)
            request.status = current.status
            let unitName = try await current.$unit.get(on: db).name
            let message =
                state == .accepted
                ? EventMessage.reportAccepted(periodLabel: current.periodLabel, unitName: unitName)
                : EventMessage.reportReturned(periodLabel: current.periodLabel, unitName: unitName, reason: note ?? "")
            try await EventNotice.send(
                state == .accepted ? .reportAccepted : .reportReturned, to: [current.$unit.id], message: message,
                url: SiteURL.reportRequest(.value(request.id!)).path, except: user.id, at: now, on: db)
            try await Audit.record(
                on: db, actor: .user(user, at: now), entity: "report_request", id: "\(request.id!)",
                action: state == .accepted ? "accept" : "return", before: ["status": ReportStatus.submitted.rawValue],
                after: ["status": current.status.rawValue, "version": String(version.number), "reason": note ?? ""])
        }
    }

    static func latestVersion(of requestID: Int, on db: any Database) async throws -> ReportVersion? {
        try await ReportVersion.query(on: db).filter(\.$request.$id == requestID).sort(\.$number, .descending).first()
    }

    /// Identifies the version a form was opened on; "" when there was none.
    static func stamp(_ version: ReportVersion) -> String {
        "\(version.id!):\(Int(version.updatedAt.timeIntervalSince1970 * 1000))"
    }

    private struct AuditedVersion: Encodable {
        let version: Int
        let status: String
        let figures: [String: Double]
    }
}
