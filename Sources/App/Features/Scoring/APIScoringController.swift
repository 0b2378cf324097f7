import DanVanCore
import Fluent
import Vapor

/// /api/v1/scoring-* — criteria sets, rounds, a unit's sheet (read and self-assess), a round's results.
enum APIScoringController {
    struct SetDTO: Content {
        let id: Int
        let title: String
        let decision: String
        let yearFrom: Int
        let yearTo: Int?
        let issuerUnitID: Int?
        let isExample: Bool
        let frozen: Bool
        let maximum: Double
        let bonusCap: Double
        let deductionCap: Double
        let nodes: [NodeDTO]?
        let bands: [BandDTO]?
    }

    struct NodeDTO: Content {
        let code: String
        let parentCode: String?
        let text: String
        let maxPoints: Double
        let kind: String
        let role: String
        let source: String?
        let evidence: String
        let isLine: Bool
        /// A levels scale's rungs; a thresholds rule's steps ("from `minimum` upwards: `points`").
        let levels: [LevelDTO]
        let thresholds: [ThresholdDTO]
    }

    struct LevelDTO: Content {
        let label: String
        let points: Double
    }

    struct ThresholdDTO: Content {
        let minimum: Double
        let points: Double
    }

    static func nodeDTOs(_ set: CriteriaSet) -> [NodeDTO] {
        let lines = Set(set.lines.map(\.code))
        return set.nodes.map {
            NodeDTO(
                code: $0.code, parentCode: $0.parentCode, text: $0.text, maxPoints: $0.maxPoints.value, kind: $0.kind.rawValue,
                role: $0.role.rawValue, source: $0.source?.rawValue, evidence: $0.evidence, isLine: lines.contains($0.code),
                levels: $0.levels.map { LevelDTO(label: $0.label, points: $0.points.value) },
                thresholds: $0.thresholds.map { ThresholdDTO(minimum: $0.minimum, points: $0.points.value) })
        }
    }

    static func bandDTOs(_ set: CriteriaSet) -> [BandDTO] {
        set.bands.map { BandDTO(label: $0.label, minimum: $0.minimum.value, minimumGroupPercent: $0.minimumGroupPercent) }
    }

    struct BandDTO: Content {
        let label: String
        let minimum: Double
        let minimumGroupPercent: Int?
    }

    static func setDTO(_ row: ScoringSet, set: CriteriaSet, detailed: Bool) -> SetDTO {
        SetDTO(
            id: row.id!, title: row.title, decision: row.decision, yearFrom: row.yearFrom, yearTo: row.yearTo, issuerUnitID: row.$issuer.id,
            isExample: row.isExample, frozen: row.frozen, maximum: set.maximum.value, bonusCap: set.bonusCap.value,
            deductionCap: set.deductionCap.value,
            nodes: detailed ? nodeDTOs(set) : nil, bands: detailed ? bandDTOs(set) : nil
        )
    }

    @Sendable static func sets(req: Request) async throws -> APIUnitController.PageDTO<SetDTO> {
        _ = try req.user
        let page = try await ScoringSet.query(on: req.db).sort(\.$id).paginate(PageParams(from: req).fluent)
        var items: [SetDTO] = []
        for row in page.items {
            let bands = (try? JSONDecoder().decode([ClassificationBand].self, from: Data(row.bands.utf8))) ?? []
            items.append(
                SetDTO(
                    id: row.id!, title: row.title, decision: row.decision, yearFrom: row.yearFrom, yearTo: row.yearTo, issuerUnitID: row.$issuer.id,
                    isExample: row.isExample, frozen: row.frozen, maximum: 0, bonusCap: Points(hundredths: row.bonusCap).value,
                    deductionCap: Points(hundredths: row.deductionCap).value, nodes: nil,
                    bands: bands.map { BandDTO(label: $0.label, minimum: $0.minimum.value, minimumGroupPercent: $0.minimumGroupPercent) }))
        }
        return .init(items: items, page: page.metadata.page, per: page.metadata.per, total: page.metadata.total)
    }

    @Sendable static func set(req: Request) async throws -> SetDTO {
        _ = try req.user
        let (row, set, _) = try await ScoringSetStore.load(try req.idParameter(), on: req.db)
        return setDTO(row, set: set, detailed: true)
    }

    struct RoundDTO: Content {
        let id: Int
        let setID: Int
        let ownerUnitID: Int
        let year: Int
        let title: String
        let unitKinds: [String]
        let selfDueOn: String
        let appraisalDueOn: String
        let objectionDueOn: String
    }

    static func roundDTO(_ round: ScoringRound) -> RoundDTO {
        RoundDTO(
            id: round.id!, setID: round.$set.id, ownerUnitID: round.$owner.id, year: round.year, title: round.title,
            unitKinds: round.kinds.split(separator: ",").map(String.init), selfDueOn: round.selfDueOn, appraisalDueOn: round.appraisalDueOn,
            objectionDueOn: round.objectionDueOn)
    }

    @Sendable static func rounds(req: Request) async throws -> APIUnitController.PageDTO<RoundDTO> {
        let user = try req.user
        let all = try await ScoringController.visibleRounds(user, on: req.db)
        let params = PageParams(from: req)
        let start = min(all.count, params.offset)
        return .init(items: all[start..<min(all.count, start + params.per)].map(roundDTO), page: params.page, per: params.per, total: all.count)
    }

    struct ResultDTO: Content {
        let sheetID: Int
        let unitID: Int
        let unitName: String
        let group: String
        let status: String
        let late: Bool
        let selfTotal: Double?
        let finalTotal: Double?
        let classLabel: String?
        let rank: Int?
        let lastYearTotal: Double?
    }

    struct ResultsDTO: Content {
        let round: RoundDTO
        let items: [ResultDTO]
    }

    @Sendable static func results(req: Request) async throws -> ResultsDTO {
        let (_, round) = try await ScoringController.resultsReader(req)
        let rows = ScoringResults.ordered(try await ScoringResults.rows(round, on: req.db))
        return ResultsDTO(
            round: roundDTO(round),
            items: rows.map { row in
                ResultDTO(
                    sheetID: row.sheetID, unitID: row.unitID, unitName: row.unitName, group: row.group.rawValue, status: row.status.rawValue,
                    late: row.late,
                    selfTotal: row.selfTotal?.value, finalTotal: row.finalTotal?.value, classLabel: row.classLabel, rank: row.rank,
                    lastYearTotal: row.lastYear?.value)
            })
    }

    struct LineDTO: Content {
        let id: Int
        let code: String
        let text: String
        let maxPoints: Double
        let kind: String
        let role: String
        let selfPoints: Double?
        let explanation: String
        let computedPoints: Double?
        let computedSource: String?
        let appraisedPoints: Double?
        let appraisalReason: String
        let evidenceCount: Int
        let objectionCount: Int
    }

    struct SheetDTO: Content {
        let id: Int
        let roundID: Int
        let unitID: Int
        let status: String
        let submittedOn: String?
        let late: Bool
        let selfTotal: Double
        let selfClass: String
        let finalTotal: Double?
        let classLabel: String?
        let lines: [LineDTO]
    }

    static func sheetDTO(_ context: SheetContext) -> SheetDTO {
        let sheet = context.sheet
        let own = context.selfResult
        return SheetDTO(
            id: sheet.id!, roundID: context.round.id!, unitID: sheet.$unit.id, status: sheet.status.rawValue, submittedOn: sheet.submittedOn,
            late: sheet.late, selfTotal: own.total.value, selfClass: own.classLabel,
            finalTotal: sheet.finalTotal.map { Points(hundredths: $0).value },
            classLabel: sheet.classLabel,
            lines: context.lines.compactMap { line in
                guard let criterion = context.criterion(of: line) else { return nil }
                return LineDTO(
                    id: line.id!, code: criterion.code, text: criterion.text, maxPoints: Points(hundredths: criterion.maxPoints).value,
                    kind: criterion.kind, role: criterion.role, selfPoints: line.selfPoints.map { Points(hundredths: $0).value },
                    explanation: line.explanation, computedPoints: line.computedPoints.map { Points(hundredths: $0).value },
                    computedSource: line.computedSource, appraisedPoints: line.appraisedPoints.map { Points(hundredths: $0).value },
                    appraisalReason: line.appraisalReason, evidenceCount: context.evidence[line.id!]?.count ?? 0,
                    objectionCount: context.objections[line.id!]?.count ?? 0)
            })
    }

    @Sendable static func sheet(req: Request) async throws -> SheetDTO {
        let user = try req.user
        let (context, _) = try await ScoringSheetController.context(req, user: user)
        return sheetDTO(context)
    }

    struct SelfAssessment: Content {
        struct Line: Content {
            let lineID: Int
            /// Points as text or number: "7,5", 7.5; null clears the line.
            let points: String?
            let explanation: String?
        }
        let lines: [Line]?
        let submit: Bool?
    }

    /// The unit's points for some lines; `submit: true` also submits (late when after the deadline). 422 with the first
    /// problem's code (points_above_max, bonus_over_cap, override_needs_explanation, …); nothing is saved then.
    @Sendable static func selfAssess(req: Request) async throws -> SheetDTO {
        let user = try req.user
        let (context, _) = try await ScoringSheetController.context(req, user: user)
        let body = try req.content.decode(SelfAssessment.self)
        var entries: [Int: ScoringSheets.Entry] = [:]
        for line in body.lines ?? [] { entries[line.lineID] = .init(points: line.points ?? "", note: line.explanation ?? "") }
        let problems = try await ScoringSheets.saveSelf(
            entries, submit: body.submit ?? false, context: context, user: user, actor: req.actor(user), on: req.db)
        if let first = problems.sorted(by: { $0.key < $1.key }).first { throw AppError.invalid(first.value.message, code: first.value.code) }
        return sheetDTO(try await SheetContext.load(context.sheet.id!, on: req.db))
    }
}
