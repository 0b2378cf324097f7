import DanVanCore
import Fluent
import Vapor

/// Demo data for dân chủ ở cơ sở in Thị xã Hương Trà (480): hamlets under its first communes, items published (some late,
/// one missing quarter), a hamlet vote on a road contribution, one consultation open with residents' opinions and one answered.
enum DemocracyDemo {
    static func load(_ app: Application) async throws {
        let db = app.db
        let actor = Actor.commandLine(at: app.clock.now)
        let today = app.clock.today
        guard let town = try await OrgUnit.query(on: db).filter(\.$code == "480").first() else { return }
        let communes = try await OrgUnit.query(on: db).filter(\.$parent.$id == town.id!).filter(\.$kind == .commune).sort(\.$sortKey).limit(3).all()
        guard !communes.isEmpty else { return }
        var hamlets: [Int: [OrgUnit]] = [:]
        for commune in communes {
            for number in 1...3 {
                let name = commune.name.hasPrefix("Phường") ? "Tổ dân phố \(number)" : "Thôn \(number)"
                let hamlet = try await UnitService.create(
                    .init(code: commune.code + ".T\(number)", name: name, kind: .hamlet, parentID: commune.id, activeFrom: nil),
                    actor: actor, on: db)
                hamlets[commune.id!, default: []].append(hamlet)
            }
        }
        let store = app.fileStore
        func publish(
            _ commune: OrgUnit, _ category: String, _ title: String, startDaysAgo: Int, decidedDaysBefore: Int?, days: Int?, reason: String = ""
        ) async throws {
            let start = today.adding(days: -startDaysAgo)
            var draft = DemocracyService.ItemDraft(unitID: commune.id)
            draft.categoryCode = category
            draft.title = title
            draft.content = title + ". Toàn văn được niêm yết tại trụ sở Ủy ban nhân dân \(commune.name) và trên trang thông tin điện tử của xã."
            draft.forms = [DisclosureForm.noticeBoard.rawValue, DisclosureForm.website.rawValue]
            draft.decidedOn = decidedDaysBefore.map { start.adding(days: -$0).vietnamese } ?? ""
            draft.startsOn = start.vietnamese
            draft.endsOn = days.map { start.adding(days: $0 - 1).vietnamese } ?? ""
            draft.shortReason = reason
            _ = try await DemocracyService.publish(draft, actor: actor, scopePath: "/", store: store, on: db)
        }
        for (index, commune) in communes.enumerated() {
            try await publish(commune, "d11k4", "Quy chế thực hiện dân chủ ở \(commune.name)", startDaysAgo: 300, decidedDaysBefore: 3, days: nil)
            try await publish(
                commune, "d11k13", "Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND \(commune.name)", startDaysAgo: 280,
                decidedDaysBefore: 2, days: nil)
            try await publish(
                commune, "d11k1", "Kế hoạch phát triển kinh tế - xã hội năm \(today.year)", startDaysAgo: 250, decidedDaysBefore: 4, days: 30)
            try await publish(commune, "d11k2", "Tình hình thực hiện dự toán ngân sách quý trước", startDaysAgo: 200, decidedDaysBefore: 4, days: 30)
            if index != 1 {
                // The second commune has not published its budget execution for the last quarters: the grid shows it missing.
                try await publish(
                    commune, "d11k2", "Tình hình thực hiện dự toán ngân sách 6 tháng", startDaysAgo: 110, decidedDaysBefore: 3, days: 30)
                try await publish(commune, "d11k2", "Tình hình thực hiện dự toán ngân sách 9 tháng", startDaysAgo: 20, decidedDaysBefore: 2, days: 30)
            }
            // Late: published 15 days after the decision.
            try await publish(
                commune, "d11k7", "Danh sách hộ nghèo, hộ cận nghèo được hỗ trợ năm \(today.year)", startDaysAgo: 60, decidedDaysBefore: 15, days: 30)
            try await publish(
                commune, "d11k12", "Mức thu phí, lệ phí áp dụng tại xã", startDaysAgo: 10, decidedDaysBefore: 2, days: 20,
                reason: "Mức thu mới thay thế từ đầu tháng sau theo nghị quyết của HĐND tỉnh.")
        }
        let first = communes[0]
        let hamlet = hamlets[first.id!]![0]
        var vote = DemocracyService.VoteDraft(hamletID: hamlet.id)
        vote.matter = HamletMatter.contribution.rawValue
        vote.subject = "Chủ trương và mức đóng góp làm đường bê tông liên \(hamlet.name.lowercased()), 500.000 đồng/hộ"
        vote.method = VoteMethod.meeting.rawValue
        vote.heldOn = today.adding(days: -30).vietnamese
        vote.eligible = "180"
        vote.voting = "152"
        vote.inFavour = "128"
        vote.against = "24"
        let recorded = try await DemocracyService.recordVote(vote, actor: actor, scopePath: "/", store: store, on: db)
        try await DemocracyService.recordDecision(
            recorded, text: "Quyết định công nhận số 45/QĐ-UBND của UBND \(first.name)",
            decidedOn: today.adding(days: -25).vietnamese, actor: actor, on: db)
        // The road is being built: two collections and one spending, published back to the hamlet.
        for draft in [
            VoteImplementationService.Draft(
                kind: "thu", amount: "45.000.000", households: "90", date: today.adding(days: -20).vietnamese,
                purpose: "Đợt 1, thu tại nhà văn hóa thôn"),
            .init(kind: "thu", amount: "19.500.000", households: "39", date: today.adding(days: -12).vietnamese, purpose: "Đợt 2"),
            .init(kind: "chi", amount: "52.300.000", date: today.adding(days: -8).vietnamese, purpose: "Mua xi măng, đá, cát cho đoạn đường 350 m")
        ] {
            _ = try await VoteImplementationService.add(draft, to: recorded, actor: actor, on: db)
        }
        _ = try await VoteImplementationService.publish(recorded, actor: actor, scopePath: "/", store: store, on: db)
        let settings = try await DemocracyService.settings(on: db)
        let open = try await DemocracyService.openConsultation(
            .init(
                unitID: first.id, subject: "Dự thảo kế hoạch sử dụng đất năm \(today.year + 1) của \(first.name)",
                draft:
                    """
                    Dự thảo điều chỉnh 3,2 ha đất trồng lúa sang đất giao thông và đất ở tại thôn 1, thôn 2.\nMở rộng nghĩa trang nhân dân thêm\
                     0,8 ha.
                    """,
                forms: ["hop_cong_dong", "trang_thong_tin", "hom_thu"], startsOn: today.adding(days: -5).vietnamese,
                endsOn: ConsultationRules.earliestEnd(start: today.adding(days: -5), settings: settings).adding(days: 5).vietnamese), actor: actor,
            scopePath: "/", on: db)
        let resident = Actor(userID: nil, username: "cong-dan", unitID: nil, at: app.clock.now)
        for text in [
            "Đề nghị giữ lại phần đất lúa gần kênh N2 vì đất tốt, năng suất cao.",
            "Đồng ý mở rộng đường, đề nghị công khai phương án bồi thường trước khi thu hồi.",
            "Nghĩa trang mở rộng cần cách khu dân cư tối thiểu theo quy chuẩn."
        ] {
            _ = try await DemocracyService.addOpinion(
                .init(content: text, authorName: "", authorAddress: ""), to: open, actor: resident, fromPublic: true, on: db)
        }
        let answered = try await DemocracyService.openConsultation(
            .init(
                unitID: first.id, subject: "Dự thảo Quy chế thực hiện dân chủ ở \(first.name)",
                draft: "Dự thảo quy chế gồm 4 chương, 20 điều.", forms: ["hoi_nghi", "trang_thong_tin"],
                startsOn: today.adding(days: -70).vietnamese, endsOn: today.adding(days: -45).vietnamese), actor: actor, scopePath: "/", on: db)
        _ = try await DemocracyService.addOpinion(
            .init(
                source: "hop", content: "Đề nghị bổ sung lịch tiếp công dân của Chủ tịch xã vào quy chế.",
                authorName: "Hội nghị thôn 2", authorAddress: "", receivedOn: today.adding(days: -60).vietnamese),
            to: answered, actor: actor, fromPublic: false, on: db)
        let finding = try await DemocracyService.recordRecommendation(
            communeID: first.id, board: InspectionBoard.peoplesInspection.rawValue, receivedOn: today.adding(days: -40).vietnamese,
            content:
                """
                Qua giám sát việc thu, chi khoản đóng góp làm đường bê tông, Ban Thanh tra nhân dân kiến nghị UBND xã công khai bảng kê chi tiết\
                 các khoản chi tại nhà văn hóa thôn.
                """,
            actor: actor, scopePath: "/", on: db)
        try await DemocracyService.answerRecommendation(
            finding,
            answer:
                """
                UBND xã đã niêm yết bảng kê chi tiết tại nhà văn hóa thôn 1 từ ngày nhận kiến nghị và giao công chức tài chính - kế toán giải\
                 trình tại hội nghị thôn.
                """,
            actor: actor, on: db)
        _ = try await DemocracyService.recordRecommendation(
            communeID: first.id, board: InspectionBoard.investmentSupervision.rawValue, receivedOn: today.adding(days: -3).vietnamese,
            content: "Đề nghị chủ đầu tư công trình đường liên thôn bổ sung biển báo công trình và kiểm tra độ dày lớp bê tông đoạn qua thôn 2.",
            actor: actor, scopePath: "/", on: db)
        let rules = try await app.currentPetitionRules(on: db)
        for (score, service, comment) in [
            (5, "Chứng thực bản sao", ""), (4, "Đăng ký khai sinh", ""), (5, "Đăng ký khai sinh", "Cán bộ hướng dẫn tận tình."),
            (3, "", ""), (2, "Xác nhận tình trạng hôn nhân", "Phải đi lại hai lần vì thiếu hướng dẫn giấy tờ.")
        ] {
            _ = try await SatisfactionController.rate(
                .init(
                    subject: service.isEmpty ? "chinh_quyen" : "thu_tuc", service: service, score: String(score),
                    reference: "", comment: comment), commune: first, actor: resident, rules: rules, on: db)
        }
        try await conventionDemo(communes: communes, hamlets: hamlets, actor: actor, today: today, store: store, on: db)
        try await projectDemo(commune: first, actor: actor, today: today, on: db)
        try await DemocracyService.publishAnswer(
            answered, answer: "Đã tiếp thu: bổ sung Điều 9 về lịch tiếp công dân định kỳ của Chủ tịch UBND xã vào ngày 15 hằng tháng.",
            actor: actor, on: db)
    }

    /// One road followed by the Community Investment Supervision Board: two progress updates and one finding.
    static func projectDemo(commune: OrgUnit, actor: Actor, today: CivilDate, on db: any Database) async throws {
        let draft = SupervisedProjectService.Draft(
            name: "Bê tông hóa đường liên thôn 1 – thôn 2", investor: "UBND " + commune.name, budget: "1.250.000.000",
            startsOn: today.adding(days: -60).vietnamese, endsOn: today.adding(days: 60).vietnamese)
        guard case .success(let project) = try await SupervisedProjectService.create(draft, commune: commune, actor: actor, on: db) else { return }
        for update in [
            SupervisedProjectService.UpdateDraft(
                kind: "tien_do", onDate: today.adding(days: -30).vietnamese, percent: "35", note: "Hoàn thành nền đường, đang đổ bê tông đoạn 1."),
            .init(
                kind: "phat_hien", onDate: today.adding(days: -10).vietnamese, percent: "",
                note: "Lớp bê tông đoạn qua thôn 2 mỏng hơn thiết kế khoảng 2 cm; đã kiến nghị chủ đầu tư kiểm tra."),
            .init(
                kind: "tien_do", onDate: today.adding(days: -3).vietnamese, percent: "60",
                note: "Đổ xong bê tông đoạn 2; đoạn qua thôn 2 đã khoan kiểm tra.")
        ] {
            _ = try await SupervisedProjectService.addUpdate(update, to: project, actor: actor, on: db)
        }
    }

    /// One hương ước approved: drafted, posted 35 days, adopted by the households of the village, recognised by the commune
    /// within its working days, in force; on the commune's public page.
    static func conventionDemo(communes: [OrgUnit], hamlets: [Int: [OrgUnit]], actor: Actor, today: CivilDate, store: FileStore, on db: any Database)
        async throws
    {
        let commune = communes.first { !$0.name.hasPrefix("Phường") } ?? communes[0]
        guard let hamlet = hamlets[commune.id!]?.first else { return }
        let kind: ConventionKind = hamlet.name.hasPrefix("Thôn") ? .huongUoc : .quyUoc
        let text = """
            Chương I. Những quy định chung
            Điều 1. \(kind.label) này quy định những việc \(hamlet.name) cùng nhau giữ gìn: nếp sống văn minh, tình làng nghĩa xóm, vệ sinh môi\
             trường, an ninh trật tự.
            Chương II. Nếp sống văn hóa
            Điều 2. Việc cưới tổ chức trang trọng, tiết kiệm; việc tang không để nhạc tang sau 22 giờ; không rải vàng mã trên đường.
            Điều 3. Mỗi hộ giữ sạch đoạn đường trước nhà; tham gia tổng vệ sinh ngày chủ nhật cuối tháng.
            Chương III. Tổ chức thực hiện
            Điều 4. Trưởng thôn phối hợp Ban công tác Mặt trận thôn tổ chức thực hiện; hằng năm rà soát vào dịp Ngày hội Đại đoàn kết toàn dân tộc\
             18/11.
            """
        let convention = try await ConventionService.create(
            .init(
                hamletID: hamlet.id, kind: kind.rawValue, name: kind.label + " " + hamlet.name, text: text,
                draftedOn: today.adding(days: -130).vietnamese), communeID: commune.id!, actor: actor, on: db)
        func step(_ input: ConventionService.StepInput) async throws {
            let version = try await ConventionService.versions(of: convention, on: db)[0]
            try await ConventionService.take(input, on: version, convention: convention, actor: actor, store: store, on: db)
        }
        let calendar = try await HolidayCalendar.load(on: db)
        let submitted = calendar.nextWorkingDay(onOrAfter: today.adding(days: -80))
        try await step(.init(step: ConventionStep.post.rawValue, date: today.adding(days: -120).vietnamese))
        try await step(
            .init(
                step: ConventionStep.vote.rawValue, date: today.adding(days: -85).vietnamese, method: VoteMethod.meeting.rawValue,
                eligible: "146", voting: "131", inFavour: "118", against: "9"))
        try await step(.init(step: ConventionStep.submit.rawValue, date: submitted.vietnamese))
        let decided = calendar.addingWorkingDays(3, to: submitted)
        try await step(.init(step: ConventionStep.recognise.rawValue, date: decided.vietnamese, decisionNumber: "87/QĐ-UBND"))
    }
}
