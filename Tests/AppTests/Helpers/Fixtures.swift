import DanVanCore
import Fluent
import Foundation
import Vapor

@testable import App

/// A small real tree: province 46 with a town (480) and a commune, the standard agencies, and one user per role.
enum Fixtures {
    static let password = "mat-khau-thu-nghiem"

    static let csv = """
        code,name,division_type,parent_code,level
        46,Tỉnh Thừa Thiên Huế,tỉnh,,province
        474,Thành phố Huế,huyện,46,district
        480,Thị xã Hương Trà,huyện,46,district
        19900,Phường Tứ Hạ,xã,480,commune
        19901,Xã Hương Toàn,xã,480,commune
        19800,Phường Thuận Hòa,xã,474,commune
        48,Thành phố Đà Nẵng,thành phố trung ương,,province
        490,Quận Hải Châu,huyện,48,district
        """

    static func seed(_ app: Application) async throws {
        let list = try AdministrativeUnitList(csv: Data(csv.utf8))
        let template = try AgencyTemplate(csv: FileManager.default.contents(atPath: DataFiles.agencyTemplate)!)
        _ = try await UnitImporter.run(
            list: list, template: template, structure: "2024", provinceCode: nil,
            actor: .commandLine(at: TestClock.now), on: app.db)
        for (username, role, unit) in [
            ("admin.hue", Role.admin, "46"), ("noivu.hue", .coordinator, "46"),
            ("noivu.huongtra", .coordinator, "480"), ("canbo", .unitOfficer, "480.PNV"),
            ("lanhdao", .leader, "480"), ("admin.danang", .admin, "48")
        ] {
            _ = try await UserService.create(
                .init(username: username, fullName: "Người dùng \(username)", role: role, unitCode: unit, password: password),
                actor: .commandLine(at: TestClock.now), scopePath: nil, hasher: app.password.async, on: app.db)
        }
    }

    static func unit(_ code: String, on app: Application) async throws -> OrgUnit {
        try await OrgUnit.query(on: app.db).filter(\.$code == code).first()!
    }
}
