import DanVanCore
import Fluent
import Vapor

/// The demo's "Dân vận khéo" registry in Thị xã Hương Trà: a registration drive to the wards and communes (some have
/// not answered), models in the four fields recognised at the commune, district and province levels, a model replicated
/// in three other communes, one stopped.
enum ExemplarsDemo {
    static func load(_ app: Application, as administrator: User) async throws {
        let db = app.db
        guard let town = try await OrgUnit.query(on: db).filter(\.$code == "480").first(),
            let province = try await OrgUnit.query(on: db).filter(\.$code == "46").first()
        else { return }
        let communes = try await OrgUnit.query(on: db).filter(\.$parent.$id == town.id!).filter(\.$kind == .commune).sort(\.$sortKey).all()
        guard communes.count >= 6 else { return }
        let actor = Actor.user(administrator, at: app.clock.now)
        let today = app.clock.today
        let drive = try await ExemplarDriveService.create(
            unit: town, title: "Đăng ký xây dựng mô hình “Dân vận khéo” năm \(today.year)",
            deadline: today.adding(days: -20), targets: .communes, actor: actor, on: db)

        func register(
            _ unit: OrgUnit, _ name: String, _ field: ExemplarField, kind: ExemplarKind = .model, subTopic: String, methods: String,
            person: String = "", consent: Bool = false, replicates: Exemplar? = nil, viaDrive: Bool = true
        ) async throws -> Exemplar {
            var draft = ExemplarService.Draft()
            draft.unitID = unit.id
            draft.kind = kind.rawValue
            draft.field = field.rawValue
            draft.subTopic = subTopic
            draft.name = name
            draft.problem = "Thực trạng tại \(unit.name): \(subTopic.lowercased()) còn nhiều khó khăn, nhân dân chưa đồng thuận."
            draft.goals = "Trong năm đạt ít nhất 80% hộ tham gia; có sản phẩm cụ thể, kiểm chứng được."
            draft.methods = methods
            draft.place = "Các thôn, tổ dân phố của \(unit.name)"
            draft.forces = "Chi bộ, chính quyền chủ trì; Mặt trận và các đoàn thể phối hợp; nhân dân tham gia"
            draft.resources = "Kinh phí xã hội hóa, ngày công của nhân dân; thực hiện từ quý I, sơ kết quý III"
            draft.outputs = "Công trình, phần việc cụ thể; báo cáo kết quả hằng quý"
            draft.sustainability = "Giao tổ tự quản duy trì; có thể nhân rộng ra các địa phương có điều kiện tương tự"
            draft.personName = person
            draft.personConsent = consent
            draft.driveID = viaDrive ? drive.id : nil
            draft.replicatesID = replicates?.id
            draft.confirmedDifferent = true
            let exemplar = try await ExemplarService.register(draft, actor: actor, user: administrator, on: db)
            if viaDrive {
                // Demo history: answered before the deadline.
                exemplar.registeredOn = today.adding(days: -25).iso
                exemplar.isLate = false
                try await exemplar.save(on: db)
            }
            return exemplar
        }

        func advance(_ e: Exemplar, to level: RecognitionLevel?, by recogniser: OrgUnit? = nil, commend: Bool = false, updates: Int = 2) async throws
        {
            try await ExemplarService.step(e, .launch, on: today, note: "Ra mắt mô hình", actor: actor, on: db)
            for index in 0..<updates {
                var figures = ExemplarService.Figures(reportedOn: today.adding(days: -30 * (updates - index)))
                figures.households = 40 + index * 25
                figures.moneyVND = Int64(50_000_000 * (index + 1))
                figures.landSquareMetres = e.field == .cultureSociety ? 300 * (index + 1) : 0
                figures.casesSettled = e.field == .defenceSecurity ? 3 + index : 0
                figures.note = "Kết quả đợt \(index + 1)"
                _ = try await ExemplarService.addUpdate(e, figures: figures, file: nil, store: app.fileStore, actor: actor, on: db)
            }
            guard let level else { return }
            try await ExemplarService.step(e, .review(.good), on: today, note: "Rà soát cuối năm: hiệu quả", actor: actor, on: db)
            _ = try await ExemplarService.recognise(
                e, level: level, by: recogniser ?? town, decisionNumber: "\(100 + (e.id ?? 0))/QĐ-UBND",
                decisionDate: today, actor: actor, on: db)
            if commend {
                try await ExemplarService.commend(
                    e, form: level == .province ? .diploma : .certificate,
                    grantedBy: level == .province ? "Chủ tịch UBND tỉnh" : "Chủ tịch UBND thị xã Hương Trà",
                    decisionNumber: "\(200 + (e.id ?? 0))/QĐ-UBND", decisionDate: today, actor: actor, on: db)
            }
        }

        let land = try await register(
            communes[0], "Hiến đất mở rộng đường kiệt, đường xóm", .cultureSociety, subTopic: "Hiến đất làm đường",
            methods: "Chi bộ họp dân từng tổ; cán bộ, đảng viên gương mẫu hiến đất trước; công khai từng mét đất hiến trên bảng tin.")
        try await advance(land, to: .province, by: province, commend: true, updates: 3)
        let security = try await register(
            communes[1], "Tổ tự quản an ninh trật tự khu dân cư", .defenceSecurity, subTopic: "An ninh trật tự",
            methods: "Mỗi cụm 10 hộ một tổ tự quản; trực đêm luân phiên; nhóm Zalo báo tin nhanh với công an xã.")
        try await advance(security, to: .district)
        let greens = try await register(
            communes[2], "Tổ hợp tác trồng rau an toàn", .economy, subTopic: "Hợp tác xã, tổ hợp tác",
            methods: "Hội Nông dân vận động hộ liên kết, ký hợp đồng bao tiêu với bếp ăn trường học.")
        try await advance(greens, to: .commune, by: communes[2])
        let oneDoor = try await register(
            communes[3], "Cán bộ một cửa “ba không”: không hẹn lần hai, không gây phiền hà, không để trễ hẹn", .politicalSystem,
            kind: .exemplar, subTopic: "Dân vận chính quyền",
            methods: "Công chức bộ phận một cửa hướng dẫn trọn gói, gọi điện báo kết quả, nhận góp ý của dân hằng tháng.",
            person: "Trần Thị Mai", consent: true)
        try await advance(oneDoor, to: .district, commend: true)
        let stopped = try await register(
            communes[4], "Ngày chủ nhật xanh thu gom rác thải", .cultureSociety, subTopic: "Môi trường",
            methods: "Đoàn Thanh niên ra quân mỗi chủ nhật.", viaDrive: false)
        try await ExemplarService.step(stopped, .launch, on: today, note: "", actor: actor, on: db)
        try await ExemplarService.step(
            stopped, .review(.stopped), on: today, note: "Không còn lực lượng duy trì; dừng để củng cố lại", actor: actor, on: db)
        // The land-donation model spread to three other communes.
        for commune in communes[3...5] {
            let copy = try await register(
                commune, "Hiến đất làm đường giao thông nông thôn \(commune.name)", .cultureSociety,
                subTopic: "Hiến đất làm đường", methods: "Học tập cách làm của \(communes[0].name): họp dân, công khai, cán bộ đi trước.",
                replicates: land, viaDrive: false)
            try await advance(copy, to: nil, updates: 1)
        }
    }
}
