import DanVanCore
import Fluent
import Vapor
import Views

/// /api/v1/units — the unit tree as JSON, within the caller's subtree.
enum APIUnitController {
    struct UnitDTO: Content {
        let id: Int
        let code: String
        let name: String
        let kind: String
        let parentID: Int?
        let depth: Int
        let activeFrom: String?
        let activeUntil: String?

        init(_ unit: OrgUnit) {
            id = unit.id!
            code = unit.code
            name = unit.name
            kind = unit.kind.rawValue
            parentID = unit.$parent.id
            depth = unit.depth
            activeFrom = unit.activeFrom
            activeUntil = unit.activeUntil
        }
    }

    struct PageDTO<Item: Content>: Content {
        let items: [Item]
        let page: Int
        let per: Int
        let total: Int
    }

    @Sendable static func index(req: Request) async throws -> PageDTO<UnitDTO> {
        let user = try req.user
        let parentID: Int? = req.query["parent_id"]
        let kind: String? = req.query["kind"]
        var scopePath = user.scopePath
        if let parentID {
            guard let parent = try await OrgUnit.find(parentID, on: req.db) else { throw AppError.notFound(L10n.Units.donViCapTren) }
            try user.ensureInScope(parent)
            scopePath = parent.path
        }
        let params = PageParams(from: req)
        let filter = UnitQuery.Filter(
            scopePath: scopePath, search: req.query["q"], parentID: parentID,
            kind: try kind.map { try parseKind($0) }, includeClosed: (req.query["include_closed"] as Bool?) ?? false)
        let page = try await UnitQuery.page(filter, page: params, on: req.db)
        return PageDTO(items: page.items.map(UnitDTO.init), page: page.metadata.page, per: page.metadata.per, total: page.metadata.total)
    }

    @Sendable static func show(req: Request) async throws -> UnitDTO {
        UnitDTO(try await UnitController.findInScope(req))
    }

    struct CreateBody: Content {
        let code: String
        let name: String
        let kind: String
        let parentID: Int
        let activeFrom: String?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.require(\.canManageUnits)
        let body = try req.content.decode(CreateBody.self)
        guard let parent = try await OrgUnit.find(body.parentID, on: req.db) else {
            throw AppError.invalid(L10n.Units.donViCapTrenKhongTon, code: "invalid_parent")
        }
        try user.ensureInScope(parent)
        let unit = try await UnitService.create(
            .init(
                code: body.code, name: body.name, kind: try parseKind(body.kind), parentID: parent.id,
                activeFrom: try body.activeFrom.map { try parseDate($0) }),
            actor: req.actor(user), on: req.db)
        return try await UnitDTO(unit).encodeResponse(status: .created, for: req)
    }

    /// Rename, move, close or reopen: each present field is one change, applied in that order.
    struct UpdateBody: Content {
        let name: String?
        let parentID: Int?
        let activeUntil: String?
        let reopen: Bool?
        let effectiveOn: String?
    }

    @Sendable static func update(req: Request) async throws -> UnitDTO {
        let user = try req.require(\.canManageUnits)
        let unit = try await UnitController.findInScope(req)
        guard unit.id != user.unit.id else { throw AppError.forbidden }
        let body = try req.content.decode(UpdateBody.self)
        let effective = try body.effectiveOn.map { try parseDate($0) } ?? req.clock.today
        if let name = body.name { try await UnitService.rename(unit, to: name, effectiveOn: effective, actor: req.actor(user), on: req.db) }
        if let parentID = body.parentID {
            guard let parent = try await OrgUnit.find(parentID, on: req.db) else {
                throw AppError.invalid(L10n.Units.donViCapTrenKhongTon, code: "invalid_parent")
            }
            try user.ensureInScope(parent)
            try await UnitService.move(unit, under: parentID, effectiveOn: effective, actor: req.actor(user), on: req.db)
        }
        if let closing = body.activeUntil { try await UnitService.close(unit, on: try parseDate(closing), actor: req.actor(user), on: req.db) }
        if body.reopen == true { try await UnitService.reopen(unit, on: effective, actor: req.actor(user), on: req.db) }
        return UnitDTO(try await OrgUnit.find(unit.id, on: req.db)!)
    }

    static func parseKind(_ text: String) throws -> UnitKind {
        guard let kind = UnitKind(rawValue: text) else {
            throw AppError.invalid(
                "Loại đơn vị \"\(text)\" không hợp lệ. Các giá trị: \(UnitKind.allCases.map(\.rawValue).joined(separator: ", ")).",
                code: "invalid_kind")
        }
        return kind
    }

    static func parseDate(_ text: String) throws -> CivilDate {
        guard let date = CivilDate(iso: text) ?? CivilDate(vietnamese: text) else {
            throw AppError.invalid(L10n.Units.ngayKhongHopLeDungYyyy(text), code: "invalid_date")
        }
        return date
    }
}
