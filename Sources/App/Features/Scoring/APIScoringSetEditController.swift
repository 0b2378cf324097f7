import DanVanCore
import Fluent
import Foundation
import Vapor
import Views

/// /api/v1/scoring-sets: importing a set from a file (read into a draft to review, then saved) and editing the tree and
/// bands of a set no round uses yet. The same rules as the pages (`ScoringController.importSet`, `ScoringCriterionController`):
/// the same readers, the same tree edits, the same refusals with stable codes; every change audited, in one transaction.
enum APIScoringSetEditController {
    // MARK: Import: a draft to review

    struct ImportUpload: Content {
        var file: File?
        var title: String?
        var decision: String?
        var year: String?
        /// Bands for a file that carries none: "Hoàn thành xuất sắc=90; Hoàn thành tốt=70; …".
        var bands: String?
        /// The total the decision states, to check the groups against.
        var total: String?
    }

    struct ProblemDTO: Content {
        /// `invalid_row` (a row of the file that does not read, with its `line`), `set_problem` (the tree or bands do
        /// not add up), `total_mismatch` (the stated total differs from the sum of the groups).
        let code: String
        let line: Int?
        let message: String
    }

    struct DraftDTO: Content {
        let title: String
        let decision: String
        let yearFrom: Int
        let fileName: String
        let layout: String
        let maximum: Double
        let statedTotal: Double?
        let bonusCap: Double
        let deductionCap: Double
        let nodes: [APIScoringController.NodeDTO]
        let bands: [APIScoringController.BandDTO]
        let problems: [ProblemDTO]
        let canSave: Bool
        /// The set as read, as the template CSV in base64: sent back to `POST /api/v1/scoring-sets` to save it.
        let table: String
    }

    /// Trimmed, without NUL characters (a database refuses them in text).
    static func text(_ value: String?) -> String {
        (value ?? "").replacingOccurrences(of: "\0", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func year(_ value: String?) throws -> Int {
        guard let year = Int(text(value)), (2000...2100).contains(year) else {
            throw AppError.invalid(L10n.Scoring.namApDungKhongHopLe, code: "invalid_year")
        }
        return year
    }

    static func titleAndDecision(_ title: String?, _ decision: String?) throws -> (String, String) {
        let title = text(title)
        let decision = text(decision)
        guard !title.isEmpty, title.count <= 300 else { throw AppError.invalid(L10n.Scoring.vuiLongNhapTenBoTieuChi, code: "missing_title") }
        guard !decision.isEmpty, decision.count <= 300 else {
            throw AppError.invalid(L10n.Scoring.vuiLongGhiVanBanBan, code: "missing_decision")
        }
        return (title, decision)
    }

    /// "Dòng 7: …" → 7.
    static func lineNumber(_ message: String) -> Int? {
        guard message.hasPrefix(L10n.Scoring.dongTruocSo) else { return nil }
        return Int(message.dropFirst(L10n.Scoring.dongTruocSo.count).prefix { $0.isNumber })
    }

    /// Step 1: the uploaded .csv, .xlsx or .docx read as the page reads it; nothing is saved. A file with no criteria
    /// table is refused (422, its code); rows that do not read are listed in `problems` with their line.
    @Sendable static func importDraft(req: Request) async throws -> DraftDTO {
        _ = try req.require { $0.canManageUnits && $0.canWrite }
        let upload = try req.content.decode(ImportUpload.self)
        let (title, decision) = try titleAndDecision(upload.title, upload.decision)
        let year = try year(upload.year)
        guard let file = upload.file, file.data.readableBytes > 0 else {
            throw AppError.invalid(L10n.Scoring.vuiLongChonTepBoTieuChi, code: "missing_file")
        }
        var reading: CriteriaReading
        do { reading = try CriteriaSetImport.read(Data(buffer: file.data), filename: file.filename) } catch {
            throw AppError.invalid(error.message, code: error.code)
        }
        let bandsText = text(upload.bands)
        if reading.set.bands.isEmpty, !bandsText.isEmpty {
            do {
                reading.set.bands = try CriteriaSetCSV.pairs(bandsText, line: 0).map { ClassificationBand($0.0, minimum: $0.1) }.sorted {
                    $0.minimum > $1.minimum
                }
            } catch {
                if case .invalidRow(_, let reason) = error {
                    throw AppError.invalid(L10n.Scoring.mucXepLoaiKhongHopLe(reason), code: "invalid_bands")
                }
                throw AppError.invalid(error.message, code: "invalid_bands")
            }
        }
        let totalText = text(upload.total)
        if !totalText.isEmpty {
            guard let total = Points(text: totalText), total >= .zero else {
                throw AppError.invalid(L10n.Scoring.tongDiemKhongHopLe(totalText), code: "invalid_total")
            }
            if reading.statedTotal == nil { reading.statedTotal = total }
        }
        var problems = reading.errors.map { ProblemDTO(code: "invalid_row", line: lineNumber($0), message: $0) }
        problems += reading.set.problems().map { ProblemDTO(code: "set_problem", line: nil, message: $0) }
        if let stated = reading.statedTotal, stated != reading.set.maximum {
            problems += reading.problems.suffix(1).map { ProblemDTO(code: "total_mismatch", line: nil, message: $0) }
        }
        return DraftDTO(
            title: title, decision: decision, yearFrom: year, fileName: file.filename, layout: reading.layout, maximum: reading.set.maximum.value,
            statedTotal: reading.statedTotal?.value, bonusCap: reading.set.bonusCap.value, deductionCap: reading.set.deductionCap.value,
            nodes: APIScoringController.nodeDTOs(reading.set), bands: APIScoringController.bandDTOs(reading.set), problems: problems,
            canSave: problems.isEmpty,
            table: CriteriaSetCSV.csvData(reading.set).base64EncodedString())
    }

    // MARK: Step 2: save the reviewed table

    struct NewSet: Content {
        var title: String?
        var decision: String?
        var yearFrom: Int?
        var yearTo: Int?
        /// The draft's `table` (the template CSV, base64), as reviewed.
        var table: String?
        /// The total the decision states; the groups must add up to it.
        var statedTotal: String?
    }

    /// Saves a set from a reviewed table: read and checked again (it came back from the client), saved whole with its
    /// audit, for the caller's unit; 422 `set_has_problems` when the tree or bands do not add up, nothing saved.
    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.require { $0.canManageUnits && $0.canWrite }
        let body = try req.content.decode(NewSet.self)
        let (title, decision) = try titleAndDecision(body.title, body.decision)
        let yearFrom = try year(body.yearFrom.map(String.init))
        if let yearTo = body.yearTo, !(yearFrom...2100).contains(yearTo) {
            throw AppError.invalid(L10n.Scoring.namApDungKhongHopLe, code: "invalid_year")
        }
        guard let data = Data(base64Encoded: text(body.table)), !data.isEmpty, !data.contains(0) else {
            throw AppError.invalid(L10n.Scoring.bangDaDocKhongConHopLe, code: "invalid_table")
        }
        let set: CriteriaSet
        do { set = try CriteriaSetCSV.read(data) } catch { throw AppError.invalid(error.message, code: error.code) }
        var reading = CriteriaReading(set: set, errors: [], layout: "")
        let totalText = text(body.statedTotal)
        if !totalText.isEmpty {
            guard let total = Points(text: totalText), total >= .zero else {
                throw AppError.invalid(L10n.Scoring.tongDiemKhongHopLe(totalText), code: "invalid_total")
            }
            reading.statedTotal = total
        }
        let problems = reading.problems
        guard problems.isEmpty else {
            throw AppError.invalid(L10n.Scoring.boTieuChiChuaDungDuocLabel + problems.prefix(5).joined(separator: " "), code: "set_has_problems")
        }
        let row = try await ScoringSetStore.imported(
            set, title: title, decision: decision, yearFrom: yearFrom, yearTo: body.yearTo, by: user, actor: req.actor(user), on: req.db)
        return try await APIScoringController.setDTO(row, set: set, detailed: true).encodeResponse(status: .created, for: req)
    }

    // MARK: Tree and bands of an unfrozen set

    struct PointsValue: Codable {
        let points: Points?
        let raw: String

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                raw = String(number)
                let hundredths = (number * 100).rounded()
                points =
                    number.isFinite && abs(number) < 1_000_000 && abs(number * 100 - hundredths) < 1e-6
                    ? Points(hundredths: Int(hundredths)) : nil
            } else {
                raw = try container.decode(String.self)
                points = Points.isTooPrecise(raw) ? nil : Points(text: raw)
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(raw)
        }

        /// The points, or 422 `invalid_points` naming `what`.
        func value(_ what: String) throws -> Points {
            guard let points, points >= .zero else { throw AppError.invalid(L10n.Scoring.diemKhongHopLeApi(what, raw), code: "invalid_points") }
            return points
        }
    }

    struct CriterionInput: Content {
        struct Level: Content {
            var label: String
            var points: PointsValue
        }
        struct Step: Content {
            var minimum: Double
            var points: PointsValue
        }
        var code: String?
        var parentCode: String?
        var text: String?
        var maxPoints: PointsValue?
        /// co_khong (default), muc, nguong, ty_le_tinh.
        var kind: String?
        /// thuong_xuyen (default), diem_thuong, diem_tru.
        var role: String?
        var levels: [Level]?
        var thresholds: [Step]?
        var source: String?
        var evidence: String?

        func node() throws -> CriterionNode {
            guard let maxPoints else { throw AppError.invalid(L10n.Scoring.vuiLongGhiMaVaDiem, code: "missing_max_points") }
            let kindText = APIScoringSetEditController.text(kind)
            guard let kind = kindText.isEmpty ? ScoringKind.yesNo : ScoringKind(rawValue: kindText) else {
                throw AppError.invalid(L10n.Scoring.cachChamKhongCo(kindText), code: "invalid_kind")
            }
            let roleText = APIScoringSetEditController.text(role)
            guard let role = roleText.isEmpty ? LineRole.regular : LineRole(rawValue: roleText) else {
                throw AppError.invalid(L10n.Scoring.loaiDongKhongCo(roleText), code: "invalid_role")
            }
            let sourceText = APIScoringSetEditController.text(source)
            guard sourceText.isEmpty || ComputedSource(rawValue: sourceText) != nil else {
                throw AppError.invalid(L10n.Scoring.nguonSoLieuKhongCo(sourceText), code: "invalid_source")
            }
            let levels = try (levels ?? []).map { level -> ScoreLevel in
                let label = APIScoringSetEditController.text(level.label)
                guard !label.isEmpty else { throw AppError.invalid(L10n.Scoring.vuiLongGhiTenMuc, code: "missing_level_label") }
                return ScoreLevel(label, try level.points.value(label))
            }
            let thresholds = try (thresholds ?? []).map { step -> Threshold in
                guard step.minimum.isFinite, abs(step.minimum) <= 1_000_000 else {
                    throw AppError.invalid(L10n.Scoring.nguongKhongHopLe, code: "invalid_threshold")
                }
                return Threshold(step.minimum, try step.points.value(L10n.Scoring.nguongTu(step.minimum)))
            }
            let parent = APIScoringSetEditController.text(parentCode)
            return CriterionNode(
                code: APIScoringSetEditController.text(code), parentCode: parent.isEmpty ? nil : parent,
                text: APIScoringSetEditController.text(text), maxPoints: try maxPoints.value(L10n.Scoring.diemToiDa),
                kind: kind, role: role, levels: levels, thresholds: thresholds, source: ComputedSource(rawValue: sourceText),
                evidence: APIScoringSetEditController.text(evidence))
        }
    }

    static func refusal(_ error: CriteriaTreeEdit.Refusal) -> AppError { AppError.invalid(error.message, code: error.code) }

    /// The set after the change, as `GET /api/v1/scoring-sets/{id}` shows it.
    static func saved(_ req: Request, _ setID: Int, status: HTTPResponseStatus) async throws -> Response {
        let (row, set, _) = try await ScoringSetStore.load(setID, on: req.db)
        return try await APIScoringController.setDTO(row, set: set, detailed: true).encodeResponse(status: status, for: req)
    }

    /// Adds a line to the tree (a group, a criterion, a sub-criterion, a bonus or deduction line).
    @Sendable static func addCriterion(req: Request) async throws -> Response {
        let (user, row, set) = try await ScoringCriterionController.editable(req)
        let node = try req.content.decode(CriterionInput.self).node()
        let updated: CriteriaSet
        do { updated = try CriteriaTreeEdit.put(node, replacing: nil, in: set) } catch { throw refusal(error) }
        let after = updated.nodes.first { $0.code == node.code.trimmingCharacters(in: .whitespaces) }
        try await ScoringSetStore.replaceTree(
            row.id!, with: updated, action: "add_criterion", before: nil, after: after, actor: req.actor(user), on: req.db)
        return try await saved(req, row.id!, status: .created)
    }

    static func codeParameter(_ req: Request, in set: CriteriaSet) throws -> String {
        guard let code = req.parameters.get("code"), set.nodes.contains(where: { $0.code == code }) else {
            throw AppError.notFound(L10n.Scoring.tieuChi)
        }
        return code
    }

    /// Changes the line `code` (its code too: its children follow), keeping its place in the tree.
    @Sendable static func updateCriterion(req: Request) async throws -> Response {
        let (user, row, set) = try await ScoringCriterionController.editable(req)
        let code = try codeParameter(req, in: set)
        let node = try req.content.decode(CriterionInput.self).node()
        let updated: CriteriaSet
        do { updated = try CriteriaTreeEdit.put(node, replacing: code, in: set) } catch { throw refusal(error) }
        try await ScoringSetStore.replaceTree(
            row.id!, with: updated, action: "update_criterion", before: set.nodes.first { $0.code == code },
            after: updated.nodes.first { $0.code == node.code.trimmingCharacters(in: .whitespaces) }, actor: req.actor(user), on: req.db)
        return try await saved(req, row.id!, status: .ok)
    }

    /// Removes the line `code`; a line with children is refused (`has_children`).
    @Sendable static func removeCriterion(req: Request) async throws -> Response {
        let (user, row, set) = try await ScoringCriterionController.editable(req)
        let code = try codeParameter(req, in: set)
        let updated: CriteriaSet
        do { updated = try CriteriaTreeEdit.remove(code, from: set) } catch { throw refusal(error) }
        try await ScoringSetStore.replaceTree(
            row.id!, with: updated, action: "remove_criterion", before: set.nodes.first { $0.code == code }, after: nil,
            actor: req.actor(user), on: req.db)
        return try await saved(req, row.id!, status: .ok)
    }

    struct BandsInput: Content {
        struct Band: Content {
            var label: String
            var minimum: PointsValue
            var minimumGroupPercent: Int?
        }
        var bands: [Band]?
        var bonusCap: PointsValue?
        var deductionCap: PointsValue?
    }

    /// Replaces the bands (and, when given, the bonus and deduction caps).
    @Sendable static func replaceBands(req: Request) async throws -> Response {
        let (user, row, set) = try await ScoringCriterionController.editable(req)
        let input = try req.content.decode(BandsInput.self)
        let bands = try (input.bands ?? []).map { band in
            ClassificationBand(text(band.label), minimum: try band.minimum.value(band.label), minimumGroupPercent: band.minimumGroupPercent)
        }
        let bonusCap = try input.bonusCap?.value(L10n.Scoring.tranDiemThuong) ?? set.bonusCap
        let deductionCap = try input.deductionCap?.value(L10n.Scoring.tranDiemTru) ?? set.deductionCap
        let updated: CriteriaSet
        do { updated = try CriteriaTreeEdit.setBands(bands, bonusCap: bonusCap, deductionCap: deductionCap, in: set) } catch {
            throw refusal(error)
        }
        try await ScoringSetStore.replaceBands(row.id!, with: updated, before: set, actor: req.actor(user), on: req.db)
        return try await saved(req, row.id!, status: .ok)
    }
}
