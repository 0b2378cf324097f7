import DanVanCore
import Fluent
import Foundation
import Vapor

@testable import App

extension Fixtures {
    /// `seed`, plus the town's inspectorate (thanhtra, 480.TTR), an officer of Phường Tứ Hạ (canbo.tuha, 19900),
    /// a published reception schedule for the town, and a public form that may be sent at once.
    static func seedPetitions(_ app: Application) async throws {
        try await seed(app)
        for (username, role, unit) in [
            ("thanhtra", Role.inspector, "480.TTR"), ("thanhtra.tinh", .inspector, "46.TTR"),
            ("canbo.tuha", .unitOfficer, "19900")
        ] {
            _ = try await UserService.create(
                .init(username: username, fullName: "Người dùng \(username)", role: role, unitCode: unit, password: password),
                actor: .commandLine(at: TestClock.now), scopePath: nil, hasher: app.password.async, on: app.db)
        }
        let town = try await unit("480", on: app)
        try await ReceptionSchedule(
            unitID: town.id!, host: "Chủ tịch UBND thị xã", frequency: .monthly, day: 15,
            hours: "07:30–11:30", place: "Trụ sở UBND thị xã"
        ).create(on: app.db)
        app.petitionRules.minimumFillSeconds = 0
    }

    /// A petition taken in by the command line, received `daysAgo` days ago.
    static func petition(
        _ app: Application, kinds: [PetitionKind], unitCode: String, subject: String = "Đề nghị xem xét việc cấp đất",
        citizen: String = "Nguyễn Văn Dân", daysAgo: Int = 3
    ) async throws -> Petition {
        let unit = try await unit(unitCode, on: app)
        return try await PetitionService.create(
            .init(
                channel: .post, receivedOn: app.clock.today.adding(days: -daysAgo), subject: subject,
                content: "Nội dung chi tiết của đơn.", citizenName: citizen, citizenAddress: "Tổ 5, phường Tứ Hạ", citizenPhone: "0905123456",
                citizenIDNumber: "046090001234", peopleCount: 1, kinds: kinds, unitID: unit.id, isAnonymous: false),
            actor: .commandLine(at: app.clock.now), rules: app.petitionRules, on: app.db)
    }
}
