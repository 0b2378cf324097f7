import DanVanCore
import Fluent
import SQLKit
import Vapor

/// `danvan seed-petitions`: a synthetic dataset of petitions for benchmarks — by default 2,000,000 cases over five years,
/// spread over every commune and district of the pre-2025 unit list. Runs on a database without petitions; writes
/// multi-row INSERTs, 500 rows a statement, 20 statements a transaction.
struct PetitionSeedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "count", help: "Number of petitions (default 2000000)") var count: Int?
        @Option(name: "years", help: "Years of history ending today (default 5)") var years: Int?
    }

    var help: String { "Tạo dữ liệu đơn thư tổng hợp để đo hiệu năng (synthetic petitions)" }

    static let rowsPerStatement = 500
    static let statementsPerTransaction = 20

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        if try await OrgUnit.query(on: app.db).count() == 0 {
            _ = try await UnitsImport.run(
                app: app, structure: "2024", file: DataFiles.unitList(structure: "2024"), provinceCode: nil, rootCode: nil, withAgencies: true)
        }
        guard try await Petition.query(on: app.db).count() == 0 else {
            throw ImportFailure(code: "not_empty", message: "Cơ sở dữ liệu đã có đơn thư; hãy dùng một cơ sở dữ liệu chưa có đơn.")
        }
        let start = ContinuousClock.now
        let units = try await OrgUnit.query(on: app.db).filter(\.$kind ~~ [.commune, .district]).sort(\.$id).all().map { $0.id! }
        let generator = PetitionSeedRows(
            units: units, count: signature.count ?? 2_000_000, years: signature.years ?? 5, today: app.clock.today,
            profiles: try await PetitionRuleStore.profiles(on: app.db), calendar: try await app.currentPetitionRules(on: app.db).calendar)
        let sql = app.db as! any SQLDatabase
        var next = 0
        while next < generator.count {
            let end = min(generator.count, next + Self.rowsPerStatement * Self.statementsPerTransaction)
            let range = next..<end
            try await app.db.transaction { db in
                let sql = db as! any SQLDatabase
                for chunk in stride(from: range.lowerBound, to: range.upperBound, by: Self.rowsPerStatement) {
                    var insert = sql.insert(into: Petition.schema).columns(PetitionSeedRows.columns)
                    for index in chunk..<min(range.upperBound, chunk + Self.rowsPerStatement) { insert = insert.values(generator.row(index)) }
                    try await insert.run()
                }
            }
            next = end
            if next % 100_000 == 0 { context.console.print("  \(next) / \(generator.count) (\(ContinuousClock.now - start))") }
        }
        try await PetitionSearchIndex.refresh(.all, on: app.db)
        // Fresh statistics and visibility, as a production database has them after autovacuum, so the planner picks the
        // per-unit indexes and PostgreSQL can answer from an index alone.
        try await sql.raw(sql.dialect.name == "sqlite" ? "ANALYZE" : "VACUUM ANALYZE").run()
        context.console.print("Đã tạo \(generator.count) đơn trong \(ContinuousClock.now - start).")
    }
}

/// The synthetic rows, each a pure function of its index, so a run is repeatable.
struct PetitionSeedRows: Sendable {
    let units: [Int]
    let count: Int
    let today: CivilDate
    let days: Int
    let profiles: DeadlineProfiles
    let calendar: WorkingCalendar

    init(units: [Int], count: Int, years: Int, today: CivilDate, profiles: DeadlineProfiles, calendar: WorkingCalendar) {
        self.units = units
        self.count = count
        self.today = today
        self.days = max(1, years * 365)
        self.profiles = profiles
        self.calendar = calendar
    }

    static let columns = [
        "tracking_code", "channel", "received_on", "subject", "subject_key", "content", "citizen_name", "citizen_address",
        "citizen_phone", "citizen_id_number", "citizen_key", "people_count", "kinds", "kind", "instance", "field", "in_competence",
        "is_mass", "is_over_level", "is_duplicate", "is_anonymous", "is_complex", "is_remote", "status", "unit_id", "profile_id",
        "accept_due", "accepted_on", "resolve_due", "extensions", "resolved_on", "due_on", "answer_public", "identity_granted"
    ]

    static let subjects = [
        "Khiếu nại quyết định thu hồi đất", "Đề nghị xem xét mức bồi thường, hỗ trợ tái định cư", "Tố cáo cán bộ địa chính nhận tiền",
        "Phản ánh ô nhiễm môi trường do cơ sở chăn nuôi", "Kiến nghị sửa chữa đường giao thông nông thôn",
        "Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất",
        "Phản ánh tình trạng xây dựng trái phép", "Kiến nghị giải quyết chế độ chính sách người có công", "Tố cáo sai phạm trong quản lý đất công",
        "Phản ánh tiếng ồn của cơ sở sản xuất", "Kiến nghị cấp nước sinh hoạt", "Khiếu nại quyết định xử phạt vi phạm hành chính",
        "Đề nghị giải quyết tranh chấp ranh giới đất", "Phản ánh việc thu các khoản đóng góp", "Kiến nghị hỗ trợ hộ nghèo"
    ]
    static let places = ["thôn Đông", "thôn Tây", "tổ dân phố 3", "xóm Bắc", "khu phố 5", "ấp Hòa Bình", "bản Na", "tổ 12"]
    static let fields = PetitionField.defaults.map(\.code)

    /// A code unique per index: the index written in the tracking-code alphabet, then scrambled by position.
    func trackingCode(_ index: Int) -> String {
        let alphabet = TrackingCode.alphabet
        var value = index &* 7_919 &+ 104_729  // distinct for distinct indexes below 31^10 / 7,919
        var body: [Character] = []
        for _ in 0..<10 {
            body.append(alphabet[value % alphabet.count])
            value /= alphabet.count
        }
        let text = String(body)
        return "DV-" + text.prefix(5) + "-" + text.suffix(5)
    }

    func row(_ index: Int) -> [any Encodable & Sendable] {
        let received = today.adding(days: -(index % days))
        let kind: PetitionKind = [.recommendation, .feedback, .complaint, .recommendation, .feedback, .denunciation, .complaint, .feedback][index % 8]
        let profile = profiles.current(for: kind, instance: .first)
        let subject = Self.subjects[index % Self.subjects.count] + " tại " + Self.places[(index / 7) % Self.places.count]
        let complex = index % 13 == 0
        let remote = index % 17 == 0
        let conditions = CaseConditions(isComplex: complex, isRemote: remote)
        let acceptDue = profile.acceptDue(receivedOn: received, conditions: conditions, calendar: calendar)
        // Older cases are done; recent ones are at every step, and one in fifty of the rest runs late.
        let age = today.days(until: received) * -1
        let status: PetitionStatus
        var acceptedOn: CivilDate?
        var resolveDue: CivilDate?
        var resolvedOn: CivilDate?
        var dueOn: CivilDate?
        if age > 45 || index % 50 == 0 {
            acceptedOn = received.adding(days: 5)
            resolveDue = profile.resolveDue(acceptedOn: acceptedOn!, conditions: conditions, calendar: calendar)
            if index % 50 == 0 && age > 60 {
                status = .beingResolved
                dueOn = resolveDue
            } else {
                status = .closed
                resolvedOn = acceptedOn!.adding(days: 20 + index % 20)
            }
        } else if age > 15 {
            status = .beingResolved
            acceptedOn = received.adding(days: min(5, age))
            resolveDue = profile.resolveDue(acceptedOn: acceptedOn!, conditions: conditions, calendar: calendar)
            dueOn = resolveDue
        } else {
            status = index % 2 == 0 ? .received : .classified
            dueOn = acceptDue
        }
        let name = "Công dân \(index)"
        return [
            trackingCode(index), [PetitionChannel.reception, .post, .web, .hotline][index % 4].rawValue, received.iso, subject,
            PetitionSearchIndex.key(subject), subject + ". Đề nghị cơ quan có thẩm quyền xem xét, giải quyết.", name,
            Self.places[index % Self.places.count],
            "09\(String(format: "%08d", index % 100_000_000))", "", "tel:09\(String(format: "%08d", index % 100_000_000))",
            index % 40 == 0 ? 6 : 1, kind.rawValue, kind.rawValue, PetitionInstance.first.rawValue, Self.fields[index % Self.fields.count],
            status == .received ? Bool?.none : true,
            index % 40 == 0, index % 29 == 0, false, false, complex, remote, status.rawValue, units[index % units.count], profile.id,
            acceptDue.iso, acceptedOn?.iso, resolveDue?.iso, 0, resolvedOn?.iso, dueOn?.iso, false, false
        ]
    }
}
