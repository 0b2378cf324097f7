import DanVanCore
import Fluent
import Vapor
import Views

/// One member of a commune's People's Inspection Board or Community Investment Supervision Board: elected at which
/// meeting, for which term; relieved early with the date. Names are personal data: staff pages only.
final class BoardMember: Model, CreationStamped, @unchecked Sendable {
    static let schema = "board_members"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "commune_id") var commune: OrgUnit
    @Field(key: "board") var board: String
    @Field(key: "full_name") var fullName: String
    @OptionalParent(key: "hamlet_id") var hamlet: OrgUnit?
    @Field(key: "role") var role: String
    /// The meeting that elected the member (hội nghị, cuộc họp, date).
    @Field(key: "elected_at") var electedAt: String
    @Field(key: "term_from") var termFrom: String
    @Field(key: "term_until") var termUntil: String
    @OptionalField(key: "ended_on") var endedOn: String?
    @Field(key: "created_by") var createdBy: String
    @OptionalField(key: "created_at") var createdAt: Date?

    init() {}

    var roleValue: BoardRole { BoardRole(rawValue: role) ?? .member }
    var boardValue: InspectionBoard { InspectionBoard(rawValue: board) ?? .peoplesInspection }
    func isServing(today: CivilDate) -> Bool {
        BoardMembershipRules.isServing(
            from: CivilDate(iso: termFrom)!, until: CivilDate(iso: termUntil)!, endedOn: endedOn.flatMap(CivilDate.init(iso:)), today: today)
    }
}

/// Thành viên các ban: the members of a commune's two boards, with what the composition rules say, a form to add a
/// member and one to relieve a member. Audited without names (board, role, term).
enum BoardMemberController {

    struct Snapshot: Codable {
        let board: String, role: String, termFrom: String, termUntil: String, endedOn: String?
        init(_ member: BoardMember) {
            board = member.board
            role = member.role
            termFrom = member.termFrom
            termUntil = member.termUntil
            endedOn = member.endedOn
        }
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let user = try req.user
        let unit = try await DemocracyController.publisherUnit(req, user: user)
        return try await render(req, user: user, unit: unit, values: [:], errors: [:], status: .ok)
    }

    static func render(_ req: Request, user: User, unit: OrgUnit, values: [String: String], errors: [String: String], status: HTTPResponseStatus)
        async throws -> Response
    {
        let today = req.clock.today
        let members = try await BoardMember.query(on: req.db).filter(\.$commune.$id == unit.id!).with(\.$hamlet)
            .sort(\.$board).sort(\.$termFrom, .descending).sort(\.$id).limit(500).all()
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.banThanhTraNhanDanBan + unit.name
        model.links = [(L10n.Democracy.trangCuaXa, SiteURL.democracyCommune(.value(unit.id!)).path)]
        var notices: [String] = []
        model.tables = InspectionBoard.allCases.map { board in
            let rows = members.filter { $0.board == board.rawValue }
            let serving = rows.filter { $0.isServing(today: today) }
            // The investment supervision board is set up per project (Điều 41–45): checked only once it has members.
            if board == .peoplesInspection || !serving.isEmpty {
                notices += BoardMembershipRules.compositionProblems(serving.map(\.roleValue)).map { board.label + ": " + $0 }
            }
            var table = DemocracyTable(
                title: board.label + L10n.Democracy.thanhVienDangTrongNhiemKy(serving.count),
                headers: [
                    L10n.Democracy.hoVaTen, L10n.Democracy.chucDanh, L10n.Democracy.thonToDanPho, L10n.Democracy.duocBauTai, L10n.Democracy.nhiemKy,
                    L10n.Democracy.tinhTrang
                ], empty: L10n.Democracy.chuaGhiThanhVienNao)
            table.rows = rows.map { member in
                [
                    DemocracyCell(member.fullName), DemocracyCell(member.roleValue.label), DemocracyCell(member.hamlet?.name ?? ""),
                    DemocracyCell(member.electedAt),
                    DemocracyCell(DemocracyController.day(member.termFrom) + " – " + DemocracyController.day(member.termUntil)),
                    DemocracyCell(
                        member.isServing(today: today)
                            ? L10n.Democracy.dangTrongNhiemKy
                            : member.endedOn.map { L10n.Democracy.thoiLamThanhVienTu + DemocracyController.day($0) } ?? L10n.Democracy.ngoaiNhiemKy)
                ]
            }
            return table
        }
        if !notices.isEmpty {
            model.notice = notices.joined(separator: " ")
            model.noticeStyle = "flash-error"
        }
        if user.role.canWrite {
            let hamlets = try await DemocracyController.hamlets(of: unit, on: req.db)
            var add = DemocracyForm(
                heading: L10n.Democracy.ghiThanhVienDuocBau, action: SiteURL.democracyBoard(.value(unit.id!)).path,
                controls: [
                    .hidden(name: "action", value: "add"),
                    .select(label: "Ban", name: "board", options: InspectionBoard.allCases.map { ($0.rawValue, $0.label) }, required: true),
                    .text(label: L10n.Democracy.hoVaTen, name: "full_name", hint: nil, required: true),
                    .select(
                        label: L10n.Democracy.chucDanh, name: "role", options: BoardRole.allCases.map { ($0.rawValue, $0.label) }, required: true),
                    .select(
                        label: L10n.Democracy.thonToDanPhoNeuCo, name: "hamlet_id", options: hamlets.map { (String($0.id!), $0.name) },
                        required: false),
                    .text(label: L10n.Democracy.duocBauTaiHoiNghiCuoc, name: "elected_at", hint: L10n.Democracy.viDuHoiNghiBanThuong, required: true),
                    .text(label: L10n.Democracy.nhiemKyTuNgayDdMm, name: "term_from", hint: nil, required: true),
                    .text(label: L10n.Democracy.denNgayDdMmYyyy, name: "term_until", hint: L10n.Democracy.nhiemKyTheoNhiemKyCua, required: true)
                ], submit: L10n.Democracy.ghiThanhVien)
            add.values = values.isEmpty ? ["role": BoardRole.member.rawValue, "board": InspectionBoard.peoplesInspection.rawValue] : values
            add.errors = errors
            var end = DemocracyForm(
                heading: L10n.Democracy.choThoiLamThanhVien, action: SiteURL.democracyBoardEnd(.value(unit.id!)).path,
                controls: [
                    .select(
                        label: L10n.Democracy.thanhVien, name: "member_id",
                        options: members.filter { $0.isServing(today: today) }.map {
                            (String($0.id!), $0.fullName + " — " + (InspectionBoard(rawValue: $0.board)?.label ?? ""))
                        }, required: true),
                    .text(label: L10n.Democracy.tuNgayDdMmYyyy, name: "ended_on", hint: nil, required: true)
                ], submit: L10n.Democracy.choThoi)
            end.values = ["ended_on": today.vietnamese]
            model.forms = [add, end]
        }
        return DemocracyController.render(req, model, status: status)
    }

    struct AddForm: Content {
        var board: String?
        var full_name: String?
        var role: String?
        var hamlet_id: String?
        var elected_at: String?
        var term_from: String?
        var term_until: String?
    }

    @Sendable static func add(req: Request) async throws -> Response {
        let user = try DemocracyController.writer(req)
        let unit = try await DemocracyController.publisherUnit(req, user: user)
        let form = try req.content.decode(AddForm.self)
        switch try await create(form, unit: unit, actor: req.actor(user), on: req.db) {
        case .failure(let problems):
            let values = [
                "board": form.board ?? "", "full_name": form.full_name ?? "", "role": form.role ?? "", "hamlet_id": form.hamlet_id ?? "",
                "elected_at": form.elected_at ?? "", "term_from": form.term_from ?? "", "term_until": form.term_until ?? ""
            ]
            return try await render(req, user: user, unit: unit, values: values, errors: problems.fields, status: .unprocessableEntity)
        case .success(let member):
            req.flash(.success, L10n.Democracy.daGhiThanhVien(member.boardValue.label))
            return req.redirect(to: SiteURL.democracyBoard(.value(unit.id!)).path)
        }
    }

    /// What is wrong with a member as typed, by form field; the API gives each field its stable code.
    struct Problems: Error {
        let fields: [String: String]
        static let codes = [
            "board": "invalid_board", "role": "invalid_role", "full_name": "invalid_name", "elected_at": "invalid_elected_at",
            "hamlet_id": "invalid_hamlet", "term_from": "invalid_date", "term_until": "invalid_term"
        ]
        var appError: AppError {
            let first = fields.sorted { $0.key < $1.key }.first!
            return AppError.invalid(first.value, code: Self.codes[first.key] ?? "invalid_input")
        }
    }

    /// Records an elected member of one of the commune's boards, audited without the name; from the page and the API.
    static func create(_ form: AddForm, unit: OrgUnit, actor: Actor, on database: any Database) async throws -> Result<BoardMember, Problems> {
        var errors: [String: String] = [:]
        let board = InspectionBoard(rawValue: form.board ?? "")
        if board == nil { errors["board"] = L10n.Democracy.vuiLongChonBan }
        let role = BoardRole(rawValue: form.role ?? "")
        if role == nil { errors["role"] = L10n.Democracy.vuiLongChonChucDanh }
        let name = DemocracyService.clean(form.full_name ?? "")
        let electedAt = DemocracyService.clean(form.elected_at ?? "")
        if name.isEmpty || name.count > 200 { errors["full_name"] = L10n.Democracy.vuiLongNhapHoVaTen }
        if electedAt.isEmpty || electedAt.count > 500 { errors["elected_at"] = L10n.Democracy.vuiLongGhiHoiNghiCuoc }
        var hamletID: Int?
        if let typed = form.hamlet_id, !typed.isEmpty {
            let hamlets = try await DemocracyController.hamlets(of: unit, on: database)
            hamletID = Int(typed).flatMap { id in hamlets.contains { $0.id == id } ? id : nil }
            if hamletID == nil { errors["hamlet_id"] = L10n.Democracy.thonToDanPhoNayKhong(unit.name) }
        }
        let from = DemocracyService.date(form.term_from ?? "")
        let until = DemocracyService.date(form.term_until ?? "")
        if from == nil { errors["term_from"] = L10n.Democracy.ngayBatDauNhiemKyKhong }
        if until == nil { errors["term_until"] = L10n.Democracy.ngayKetThucNhiemKyKhong }
        if let from, let until, let problem = BoardMembershipRules.termProblem(from: from, until: until) { errors["term_until"] = problem }
        guard errors.isEmpty, let board, let role, let from, let until else { return .failure(Problems(fields: errors)) }
        let member = BoardMember()
        member.$commune.id = unit.id!
        member.board = board.rawValue
        member.fullName = name
        member.$hamlet.id = hamletID
        member.role = role.rawValue
        member.electedAt = electedAt
        member.termFrom = from.iso
        member.termUntil = until.iso
        member.createdBy = actor.username
        try await database.transaction { db in
            try await member.create(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "board_member", id: "\(member.id!)", action: "create", before: Snapshot?.none, after: Snapshot(member))
        }
        return .success(member)
    }

    /// Relieves a serving member from `endedOn` (between the start of the term and today).
    static func relieve(_ member: BoardMember, endedOn: String, actor: Actor, on database: any Database) async throws {
        guard let day = DemocracyService.date(endedOn), day >= CivilDate(iso: member.termFrom)!, day <= actor.today, member.endedOn == nil else {
            throw AppError.invalid(L10n.Democracy.ngayThoiLamThanhVienKhong, code: "invalid_date")
        }
        let before = Snapshot(member)
        member.endedOn = day.iso
        try await database.transaction { db in
            try await member.save(on: db)
            try await Audit.record(
                on: db, actor: actor, entity: "board_member", id: "\(member.id!)", action: "end", before: before, after: Snapshot(member))
        }
    }

    struct EndForm: Content {
        var member_id: String?
        var ended_on: String?
    }

    @Sendable static func end(req: Request) async throws -> Response {
        let user = try DemocracyController.writer(req)
        let unit = try await DemocracyController.publisherUnit(req, user: user)
        let form = try req.content.decode(EndForm.self)
        guard let id = form.member_id.flatMap({ Int($0) }), let member = try await BoardMember.find(id, on: req.db), member.$commune.id == unit.id
        else {
            return try await render(req, user: user, unit: unit, values: [:], errors: [:], status: .unprocessableEntity)
        }
        try await relieve(member, endedOn: form.ended_on ?? "", actor: req.actor(user), on: req.db)
        req.flash(.success, L10n.Democracy.daGhiThoiLamThanhVien)
        return req.redirect(to: SiteURL.democracyBoard(.value(unit.id!)).path)
    }
}
