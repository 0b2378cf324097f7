import DanVanCore
import Fluent
import Vapor
import Views

/// Danh sách mô hình, điển hình "Dân vận khéo" được công nhận trong năm — the yearly list, in the user's subtree, as a
/// Nghị định 30/2020 document (.docx) to go with the recognition decision; a person is named only with consent.
enum ExemplarAppendix {
    struct Row {
        let name: String
        let unit: String
        let field: String
        let level: RecognitionLevel
        let decision: String
    }

    static func rows(scopePath: String, year: Int, on db: any Database) async throws -> [Row] {
        let recognitions = try await ExemplarRecognition.query(on: db)
            .join(Exemplar.self, on: \ExemplarRecognition.$exemplar.$id == \Exemplar.$id)
            .join(OrgUnit.self, on: \Exemplar.$unit.$id == \OrgUnit.$id)
            .filter(OrgUnit.self, \.$path, .custom("LIKE"), scopePath + "%")
            .filter(\.$decisionDate >= "\(year)-01-01").filter(\.$decisionDate <= "\(year)-12-31")
            .with(\.$unit).with(\.$exemplar) { $0.with(\.$unit) }
            .sort(\.$decisionDate).sort(\.$id).limit(5000).all()
        return recognitions.map { r in
            let e = r.exemplar
            let person = !e.personName.isEmpty && e.personConsent ? " (" + e.personName + ")" : ""
            return Row(
                name: e.name + person, unit: e.unit.name, field: e.field.label, level: r.level,
                decision: L10n.Exemplars.soNgayCua(r.decisionNumber, CivilDate(iso: r.decisionDate)?.vietnamese ?? r.decisionDate, r.unit.name))
        }.sorted { ($1.level, $0.unit) < ($0.level, $1.unit) }
    }

    static func document(unit: OrgUnit, year: Int, rows: [Row], on db: any Database) async throws -> OfficialReport {
        let administrative = [.province, .district, .commune].contains(unit.kind)
        let parent = try await unit.$parent.id.asyncFlatMap { try await OrgUnit.find($0, on: db) }
        let issuing = administrative ? "UBND " + unit.name.uppercased() : unit.name.uppercased()
        let parentBody = parent.flatMap { p in [.province, .district, .commune].contains(p.kind) ? "UBND " + p.name.uppercased() : nil }
        let placeUnit = administrative ? unit : (parent ?? unit)
        var body: [OfficialReport.Block] = [
            .paragraph(L10n.Exemplars.kemTheoQuyetDinhSoQd(year, year))
        ]
        if rows.isEmpty {
            body.append(.paragraph(L10n.Exemplars.trongNamChuaCoMoHinh(year)))
        }
        for level in RecognitionLevel.allCases.reversed() {
            let ofLevel = rows.filter { $0.level == level }
            guard !ofLevel.isEmpty else { continue }
            body.append(.heading(L10n.Exemplars.moHinhDienHinhDuocCong + level.label.uppercased() + " (\(ofLevel.count))"))
            body.append(
                .table(
                    header: ["TT", L10n.Exemplars.tenMoHinhDienHinh, L10n.Exemplars.donVi, L10n.Exemplars.linhVuc, L10n.Exemplars.quyetDinhCongNhan],
                    rows: ofLevel.enumerated().map {
                        [String($0.offset + 1), $0.element.name, $0.element.unit, $0.element.field, $0.element.decision]
                    }))
        }
        var document = OfficialReport(
            parentBody: parentBody, issuingBody: issuing, number: nil, symbol: "BC-UBND",
            place: ConsolidatedReport.placeName(placeUnit.name), date: nil, year: year,
            title: L10n.Exemplars.danhSachMoHinhDienHinh(year),
            recipients: [], body: body,
            signature: .init(lines: [L10n.Exemplars.tmUyBanNhanDan, L10n.Exemplars.chuTich], name: ""),
            distribution: [L10n.Exemplars.cacDonViCoTenTrong, L10n.Exemplars.luuVt])
        if let signer = try await UnitSigner.find(unitID: unit.id!, on: db) { document.signature = signer.signature }
        return document
    }

    @Sendable static func download(req: Request) async throws -> Response {
        let user = try req.user
        let year = ExemplarCountsController.year(req) ?? req.clock.today.year
        let scope = try await ExemplarController.scope(req, user: user)
        guard let unit = try await OrgUnit.query(on: req.db).filter(\.$path == scope.path).first() else { throw AppError.forbidden }
        let rows = try await rows(scopePath: scope.path, year: year, on: req.db)
        let document = try await document(unit: unit, year: year, rows: rows, on: req.db)
        return Download.response(try OfficialReportDocx.data(document), name: "danh-sach-dan-van-kheo-cong-nhan-\(year).docx")
    }
}
