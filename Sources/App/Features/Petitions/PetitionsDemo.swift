import DanVanCore
import Fluent
import Vapor

/// Demo data for the citizens feature in Thị xã Hương Trà (480): a reception schedule, a session, and a few petitions at different steps.
enum PetitionsDemo {
    static func load(_ app: Application) async throws {
        let db = app.db
        let rules = try await app.currentPetitionRules(on: app.db)
        let actor = Actor.commandLine(at: app.clock.now)
        guard let town = try await OrgUnit.query(on: db).filter(\.$code == "480").first(),
            let commune = try await OrgUnit.query(on: db).filter(\.$parent.$id == town.id!).filter(\.$kind == .commune).sort(\.$sortKey).first()
        else { return }
        try await ReceptionSchedule(
            unitID: town.id!, host: "Chủ tịch UBND thị xã", frequency: .monthly, day: 15,
            hours: "07:30–11:30", place: "Trụ sở Ban Tiếp công dân thị xã Hương Trà"
        ).create(on: db)
        try await ReceptionSchedule(
            unitID: commune.id!, host: "Chủ tịch UBND \(commune.name)", frequency: .weekly, day: 4,
            hours: "07:30–11:30, 13:30–17:00", place: "Trụ sở UBND \(commune.name)"
        ).create(on: db)
        let today = app.clock.today
        func draft(_ kinds: [PetitionKind], _ channel: PetitionChannel, daysAgo: Int, _ subject: String, name: String, people: Int = 1)
            -> PetitionService.Draft
        {
            .init(
                channel: channel, receivedOn: today.adding(days: -daysAgo), subject: subject,
                content: subject + ". Đề nghị cơ quan có thẩm quyền xem xét, giải quyết.", citizenName: name,
                citizenAddress: commune.name + ", thị xã Hương Trà", citizenPhone: "0905 000 \(100 + daysAgo)", citizenIDNumber: "",
                peopleCount: people, kinds: kinds, unitID: town.id, isAnonymous: false)
        }
        _ = try await PetitionService.create(
            draft([.recommendation], .web, daysAgo: 1, "Kiến nghị sửa chữa đường kiệt bị sạt lở", name: "Nguyễn Văn An"),
            actor: actor, rules: rules, on: db)
        let complaint = try await PetitionService.create(
            draft([.complaint], .reception, daysAgo: 40, "Khiếu nại quyết định bồi thường, hỗ trợ khi thu hồi đất", name: "Trần Thị Bình", people: 6),
            actor: actor, rules: rules, on: db)
        try await PetitionWorkflow.classify(
            complaint,
            .init(
                kinds: [.complaint], instance: .first, field: "boi_thuong_gpmb_tdc", inCompetence: true,
                flags: [.mass], unitID: town.id!), actor: actor, rules: rules, on: db)
        try await PetitionWorkflow.accept(complaint, on: today.adding(days: -28), actor: actor, rules: rules, on: db)
        try await PetitionWorkflow.startResolving(complaint, actor: actor, on: db)
        let denunciation = try await PetitionService.create(
            draft([.denunciation], .post, daysAgo: 70, "Tố cáo cán bộ địa chính có sai phạm trong cấp giấy chứng nhận", name: "Lê Văn Cường"),
            actor: actor, rules: rules, on: db)
        try await PetitionWorkflow.classify(
            denunciation,
            .init(
                kinds: [.denunciation], instance: .first, field: "dat_dai", inCompetence: true,
                flags: [], unitID: town.id!), actor: actor, rules: rules, on: db)
        try await PetitionWorkflow.accept(denunciation, on: today.adding(days: -60), actor: actor, rules: rules, on: db)
    }
}
