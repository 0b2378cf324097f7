import DanVanCore
import Fluent
import Vapor
import Views

/// The demo's "Dân vận khéo" registry in Thị xã Hương Trà: a registration drive to the wards and communes (some have
/// not answered), models in the four fields recognised at the commune, district and province levels, a model replicated
/// in three other communes, one stopped.
enum ExemplarsDemo {
    static func load(_ app: Application, as administrator: User) async throws {
        let db = app.db
        guard let town = try await Unit.query(on: db).filter(\.$code == "480").first(),
              let province = try await Unit.query(on: db).filter(\.$code == "46").first() else { return }
        let communes = try await Unit.query(on: db).filter(\.$parent.$id == town.id!).filter(\.$kind == .commune).sort(\.$sortKey).all()
        guard communes.count >= 6 else { return }
        let actor = Actor.user(administrator, at: app.clock.now)
        let today = app.clock.today
        let drive = try await ExemplarDriveService.create(unit: town, title: L10n.Exemplars.dangKyXayDungMoHinh(today.year),
                                                          deadline: today.adding(days: -20), targets: .communes, actor: actor, on: db)

        func register(_ unit: Unit, _ name: String, _ field: ExemplarField, kind: ExemplarKind = .model, subTopic: String, methods: String,
                      person: String = "", consent: Bool = false, replicates: Exemplar? = nil, viaDrive: Bool = true) async throws -> Exemplar {
            var draft = ExemplarService.Draft()
            draft.unitID = unit.id; draft.kind = kind.rawValue; draft.field = field.rawValue; draft.subTopic = subTopic; draft.name = name
            draft.problem = L10n.Exemplars.thucTrangTaiConNhieuKho(unit.name, subTopic.lowercased())
            draft.goals = L10n.Exemplars.trongNamDatItNhat80
            draft.methods = methods
            draft.place = L10n.Exemplars.cacThonToDanPhoCua(unit.name)
            draft.forces = L10n.Exemplars.chiBoChinhQuyenChuTri
            draft.resources = L10n.Exemplars.kinhPhiXaHoiHoaNgay
            draft.outputs = L10n.Exemplars.congTrinhPhanViecCuThe
            draft.sustainability = L10n.Exemplars.giaoToTuQuanDuyTri
            draft.personName = person; draft.personConsent = consent
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

        func advance(_ e: Exemplar, to level: RecognitionLevel?, by recogniser: Unit? = nil, commend: Bool = false, updates: Int = 2) async throws {
            try await ExemplarService.step(e, .launch, on: today, note: L10n.Exemplars.raMatMoHinh, actor: actor, on: db)
            for index in 0..<updates {
                var figures = ExemplarService.Figures(reportedOn: today.adding(days: -30 * (updates - index)))
                figures.households = 40 + index * 25; figures.moneyVND = Int64(50_000_000 * (index + 1))
                figures.landSquareMetres = e.field == .cultureSociety ? 300 * (index + 1) : 0
                figures.casesSettled = e.field == .defenceSecurity ? 3 + index : 0
                figures.note = L10n.Exemplars.ketQuaDot(index + 1)
                _ = try await ExemplarService.addUpdate(e, figures: figures, file: nil, store: app.fileStore, actor: actor, on: db)
            }
            guard let level else { return }
            try await ExemplarService.step(e, .review(.good), on: today, note: L10n.Exemplars.raSoatCuoiNamHieuQua, actor: actor, on: db)
            _ = try await ExemplarService.recognise(e, level: level, by: recogniser ?? town, decisionNumber: L10n.Exemplars.qdUbnd(100 + (e.id ?? 0)),
                                                    decisionDate: today, actor: actor, on: db)
            if commend {
                try await ExemplarService.commend(e, form: level == .province ? .diploma : .certificate,
                                                  grantedBy: level == .province ? L10n.Exemplars.chuTichUbndTinh : L10n.Exemplars.chuTichUbndThiXaHuong,
                                                  decisionNumber: L10n.Exemplars.qdUbnd(200 + (e.id ?? 0)), decisionDate: today, actor: actor, on: db)
            }
        }

        let land = try await register(communes[0], L10n.Exemplars.hienDatMoRongDuongKiet, .cultureSociety, subTopic: L10n.Exemplars.hienDatLamDuong,
                                      methods: L10n.Exemplars.chiBoHopDanTungTo)
        try await advance(land, to: .province, by: province, commend: true, updates: 3)
        let security = try await register(communes[1], L10n.Exemplars.toTuQuanAnNinhTrat2, .defenceSecurity, subTopic: L10n.Exemplars.anNinhTratTu,
                                          methods: L10n.Exemplars.moiCum10HoMotTo)
        try await advance(security, to: .district)
        let greens = try await register(communes[2], L10n.Exemplars.toHopTacTrongRauAn, .economy, subTopic: L10n.Exemplars.hopTacXaToHopTac,
                                        methods: L10n.Exemplars.hoiNongDanVanDongHo)
        try await advance(greens, to: .commune, by: communes[2])
        let oneDoor = try await register(communes[3], L10n.Exemplars.canBoMotCuaBaKhong, .politicalSystem,
                                         kind: .exemplar, subTopic: L10n.Exemplars.danVanChinhQuyen,
                                         methods: L10n.Exemplars.congChucBoPhanMotCua,
                                         person: L10n.Exemplars.tranThiMai, consent: true)
        try await advance(oneDoor, to: .district, commend: true)
        let stopped = try await register(communes[4], L10n.Exemplars.ngayChuNhatXanhThuGom, .cultureSociety, subTopic: L10n.Exemplars.moiTruong,
                                         methods: L10n.Exemplars.doanThanhNienRaQuanMoi, viaDrive: false)
        try await ExemplarService.step(stopped, .launch, on: today, note: "", actor: actor, on: db)
        try await ExemplarService.step(stopped, .review(.stopped), on: today, note: L10n.Exemplars.khongConLucLuongDuyTri, actor: actor, on: db)
        // The land-donation model spread to three other communes.
        for commune in communes[3...5] {
            let copy = try await register(commune, L10n.Exemplars.hienDatLamDuongGiaoThong2(commune.name), .cultureSociety,
                                          subTopic: L10n.Exemplars.hienDatLamDuong, methods: L10n.Exemplars.hocTapCachLamCuaHop(communes[0].name),
                                          replicates: land, viaDrive: false)
            try await advance(copy, to: nil, updates: 1)
        }
    }
}
