import DanVanCore
import Fluent
import Vapor
import Views

/// Demo data for the citizens feature in Thị xã Hương Trà (480): a reception schedule, a session, and a few petitions at different steps.
enum CitizensDemo {
    static func load(_ app: Application) async throws {
        let db = app.db
        let rules = try await app.currentPetitionRules(on: app.db)
        let actor = Actor.commandLine(at: app.clock.now)
        guard let town = try await Unit.query(on: db).filter(\.$code == "480").first(),
              let commune = try await Unit.query(on: db).filter(\.$parent.$id == town.id!).filter(\.$kind == .commune).sort(\.$sortKey).first()
        else { return }
        try await ReceptionSchedule(unitID: town.id!, host: L10n.Petitions.chuTichUbndThiXa, frequency: .monthly, day: 15,
                                    hours: "07:30–11:30", place: L10n.Petitions.truSoBanTiepCongDan).create(on: db)
        try await ReceptionSchedule(unitID: commune.id!, host: L10n.Petitions.chuTichUbnd(commune.name), frequency: .weekly, day: 4,
                                    hours: "07:30–11:30, 13:30–17:00", place: L10n.Petitions.truSoUbnd(commune.name)).create(on: db)
        let today = app.clock.today
        func draft(_ kinds: [PetitionKind], _ channel: PetitionChannel, daysAgo: Int, _ subject: String, name: String, people: Int = 1) -> PetitionService.Draft {
            .init(channel: channel, receivedOn: today.adding(days: -daysAgo), subject: subject,
                  content: subject + L10n.Petitions.deNghiCoQuanCoTham, citizenName: name,
                  citizenAddress: commune.name + L10n.Petitions.thiXaHuongTra, citizenPhone: "0905 000 \(100 + daysAgo)", citizenIDNumber: "",
                  peopleCount: people, kinds: kinds, unitID: town.id, isAnonymous: false)
        }
        _ = try await PetitionService.create(draft([.recommendation], .web, daysAgo: 1, L10n.Petitions.kienNghiSuaChuaDuongKiet, name: L10n.Petitions.nguyenVanAn),
                                             actor: actor, rules: rules, on: db)
        let complaint = try await PetitionService.create(
            draft([.complaint], .reception, daysAgo: 40, L10n.Petitions.khieuNaiQuyetDinhBoiThuong, name: L10n.Petitions.tranThiBinh, people: 6),
            actor: actor, rules: rules, on: db)
        try await PetitionWorkflow.classify(complaint, .init(kinds: [.complaint], instance: .first, field: "boi_thuong_gpmb_tdc", inCompetence: true,
                                                             flags: [.mass], unitID: town.id!), actor: actor, rules: rules, on: db)
        try await PetitionWorkflow.accept(complaint, on: today.adding(days: -28), actor: actor, rules: rules, on: db)
        try await PetitionWorkflow.startResolving(complaint, actor: actor, on: db)
        let denunciation = try await PetitionService.create(
            draft([.denunciation], .post, daysAgo: 70, L10n.Petitions.toCaoCanBoDiaChinh, name: L10n.Petitions.leVanCuong),
            actor: actor, rules: rules, on: db)
        try await PetitionWorkflow.classify(denunciation, .init(kinds: [.denunciation], instance: .first, field: "dat_dai", inCompetence: true,
                                                                flags: [], unitID: town.id!), actor: actor, rules: rules, on: db)
        try await PetitionWorkflow.accept(denunciation, on: today.adding(days: -60), actor: actor, rules: rules, on: db)
    }
}
