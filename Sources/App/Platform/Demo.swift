import DanVanCore
import Fluent
import Vapor

/// `danvan demo`: an embedded database with the pre-2025 units of the whole country and one account per role.
public enum Demo {
    static let password = "danvan2026"

    /// The accounts the demo creates: username, full name, role, unit code.
    static let accounts: [(String, String, Role, String)] = [
        ("quantri", "Quản trị hệ thống", .admin, "VN"),
        ("noivu.hue", "Nguyễn Thị Hoa", .coordinator, "46"),
        ("noivu.huongtra", "Trần Văn Minh", .coordinator, "480"),
        ("canbo.pnv", "Lê Thị Thu", .unitOfficer, "480.PNV"),
        ("xa.tuha", "Võ Thị Lan", .unitOfficer, "19996"),
        ("thanhtra", "Phạm Văn Đức", .inspector, "480.TTR"),
        ("lanhdao", "Hoàng Văn Hải", .leader, "480")
    ]

    /// Migrates, and on an empty database loads units and accounts; prints how to sign in.
    public static func prepare(_ app: Application, structure: String = "2024") async throws {
        guard ["2024", "2025"].contains(structure) else {
            throw ImportFailure(code: "invalid_structure", message: "--structure chỉ nhận 2024 hoặc 2025.")
        }
        try await app.autoMigrate()
        if try await OrgUnit.query(on: app.db).count() == 0 {
            app.logger.notice("Đang nạp dữ liệu mẫu (danh mục đơn vị hành chính trước 07/2025)…")
            try await UnitsImport.loadNationalTree(app: app)
            for (username, name, role, unit) in accounts {
                _ = try await UserService.create(
                    .init(username: username, fullName: name, role: role, unitCode: unit, password: password),
                    actor: .commandLine(at: app.clock.now), scopePath: nil, hasher: app.password.async, on: app.db)
            }
            try await PetitionsDemo.load(app)
            let administrator = try await User.query(on: app.db).filter(\.$username == "quantri").with(\.$unit).first()!
            try await PlansDemo.load(app, as: administrator)
            try await ReportsDemo.load(app, as: administrator)
            try await DemocracyDemo.load(app)
            try await ScoringDemo.load(app)
            try await ExemplarsDemo.load(app, as: administrator)
        }
        if structure == "2025" { try await ReorganisationDemo.load(app) }
        var lines = ["", "DanVan (bản trình diễn) — tài khoản mẫu, mật khẩu chung: \(password)"]
        for (username, _, role, unit) in accounts {
            lines.append("  \(username.padding(toLength: 16, withPad: " ", startingAt: 0)) \(role.label) — đơn vị \(unit)")
        }
        lines.append("")
        print(lines.joined(separator: "\n"))
    }
}
