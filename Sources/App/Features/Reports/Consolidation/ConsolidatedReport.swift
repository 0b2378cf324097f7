import DanVanCore
import Fluent
import Foundation
import Views

/// The consolidated report as a document and as a spreadsheet.
enum ConsolidatedReport {
    /// A Nghị định 30 report from the receiving unit: number and date left for the văn thư, signature left blank.
    static func document(_ result: ReportConsolidation.Result, receiver: OrgUnit, today: CivilDate, on db: any Database) async throws
        -> OfficialReport
    {
        let chain = try await ancestors(of: receiver, on: db)
        let administrative = chain.last { [.province, .district, .commune].contains($0.kind) } ?? receiver
        let aboveAdministrative = chain.dropLast().last { [.province, .district].contains($0.kind) && $0.id != administrative.id }
        let isAgency = receiver.id != administrative.id
        let issuing = isAgency ? receiver.name.uppercased() : "UBND " + administrative.name.uppercased()
        let parent = isAgency ? "UBND " + administrative.name.uppercased() : aboveAdministrative.map { "UBND " + $0.name.uppercased() }
        let symbol = "BC-" + (isAgency ? initials(receiver.name) : "UBND")

        var body: [OfficialReport.Block] = [
            .heading(L10n.Reports.iTinhHinhBaoCaoCua),
            .paragraph(
                L10n.Reports.soDonViPhaiBaoCao(result.expected, result.accepted)
                    + (result.late.isEmpty ? "" : L10n.Reports.donViNopTreHanLabel + result.late.joined(separator: ", ") + ".")
                    + (result.missing.isEmpty ? "" : L10n.Reports.donViChuaCoBaoCaoLabel + result.missing.map(\.unit).joined(separator: ", ") + ".")),
            .heading(L10n.Reports.iiSoLieuTongHop),
            .table(
                header: ["TT", L10n.Reports.chiTieu, L10n.Reports.donViTinh, L10n.Reports.soLieu],
                rows: result.figures.enumerated().map { index, figure in
                    [String(index + 1), figure.indicator.name, figure.indicator.unitOfMeasure, figureText(figure)]
                })
        ]
        let roman = ["III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
        for (index, narrative) in result.narratives.enumerated() {
            body.append(.heading((index < roman.count ? roman[index] : String(index + 3)) + ". " + narrative.section.title.uppercased()))
            if narrative.entries.isEmpty { body.append(.paragraph(L10n.Reports.cacDonViChuaBaoCao)) }
            body += narrative.entries.map { .entry(label: $0.unit, text: $0.text) }
        }
        return OfficialReport(
            parentBody: parent, issuingBody: issuing, number: nil, symbol: symbol, place: placeName(administrative.name),
            date: nil, year: Int(result.periodKey.prefix(4)) ?? today.year,
            title: L10n.Reports.tongHopKetQuaThucHien + lowercasedFirst(result.periodLabel),
            recipients: recipients(isAgency: isAgency, administrative: administrative, above: aboveAdministrative),
            body: body,
            signature: signature(isAgency: isAgency, receiver: receiver),
            distribution: [L10n.Reports.nhuTren, L10n.Reports.luuVt])
    }

    /// Who signs when the unit has stored no signer: its head, name left for the pen.
    static func signature(isAgency: Bool, receiver: OrgUnit) -> OfficialReport.Signature {
        .init(lines: isAgency ? [headTitle(receiver.name)] : [L10n.Reports.tmUyBanNhanDan, L10n.Reports.chuTich], name: "")
    }

    /// The default signature of `receiver`'s documents, as `document` prints it.
    static func defaultSignature(receiver: OrgUnit, on db: any Database) -> OfficialReport.Signature {
        signature(isAgency: ![.province, .district, .commune].contains(receiver.kind), receiver: receiver)
    }

    /// Kính gửi: the level the unit reports to. An agency (a district's Phòng Nội vụ) answers its own People's
    /// Committee; a People's Committee answers the one above it.
    static func recipients(isAgency: Bool, administrative: OrgUnit, above: OrgUnit?) -> [String] {
        if isAgency { return ["UBND " + administrative.name] }
        return above.map { ["UBND " + $0.name] } ?? []
    }

    static func figureText(_ figure: ReportConsolidation.Figure) -> String {
        guard let value = figure.value else { return "—" }
        guard figure.indicator.aggregation == IndicatorAggregation.ratio.rawValue else { return ReportFigures.format(value) }
        let mark =
            figure.meetsTarget.map { $0 ? L10n.Reports.datChiTieu : L10n.Reports.chuaDatChiTieu(ReportFigures.format(figure.indicator.target ?? 0)) }
            ?? ""
        return ReportFigures.format(value) + "%" + mark
    }

    /// Figures by unit, one row each, then the consolidated row; ratio indicators (as in the .docx) computed per unit
    /// from its own numerator and denominator, shown as percentages.
    static func spreadsheet(_ result: ReportConsolidation.Result, scheduleID: Int, on db: any Database) async throws -> Data {
        let units = try await ReportConsolidation.byUnit(scheduleID: scheduleID, periodKey: result.periodKey, on: db)
        let indicators = result.figures.map(\.indicator)
        func id(_ code: String?) -> Int? { indicators.first { $0.code == code }?.id }
        func cell(_ indicator: ReportIndicator, _ value: Double?) -> XLSXWriter.Cell {
            guard let value else { return .text("") }
            return indicator.aggregation == IndicatorAggregation.ratio.rawValue ? .percent(value) : .decimal(value)
        }
        var rows: [[XLSXWriter.Cell]] = [
            [.text(L10n.Reports.tongHopBaoCaoTieuDeBang + result.periodLabel)],
            [.text(L10n.Reports.maDonVi), .text(L10n.Reports.donVi)]
                + result.figures.map { figure in
                    let indicator = figure.indicator
                    let unit = indicator.aggregation == IndicatorAggregation.ratio.rawValue ? "%" : indicator.unitOfMeasure
                    return .text(indicator.name + (unit.isEmpty ? "" : " (" + unit + ")"))
                }
        ]
        for unit in units {
            rows.append(
                [.text(unit.code), .text(unit.name)]
                    + indicators.map { indicator in
                        if indicator.aggregation == IndicatorAggregation.ratio.rawValue {
                            let value = id(indicator.numerator).flatMap { unit.values[$0] }
                                .flatMap { numerator in
                                    id(indicator.denominator).flatMap { unit.values[$0] }.flatMap { ReportFigures.ratio(numerator, $0) }
                                }
                            return cell(indicator, value)
                        }
                        return cell(indicator, unit.values[indicator.id!])
                    })
        }
        rows.append([.text(""), .text(L10n.Reports.tongHop)] + result.figures.map { cell($0.indicator, $0.value) })
        return try XLSXWriter.workbook(sheetName: L10n.Reports.tongHopTenTrang + result.periodLabel, rows: rows, headerRow: 1)
    }

    private static func ancestors(of unit: OrgUnit, on db: any Database) async throws -> [OrgUnit] {
        let ids = unit.path.split(separator: "/").compactMap { Int($0) }
        let units = try await OrgUnit.query(on: db).filter(\.$id ~~ ids).all()
        return ids.compactMap { id in units.first { $0.id == id } }
    }

    /// "Thị xã Hương Trà" → "Hương Trà": the place line names the place, not its rank.
    static func placeName(_ name: String) -> String {
        for prefix in [
            L10n.Reports.thanhPho, L10n.Reports.tinh, L10n.Reports.thiXa, L10n.Reports.huyen, L10n.Reports.quan, L10n.Reports.xa, L10n.Reports.phuong,
            L10n.Reports.thiTran, L10n.Reports.dacKhu
        ] where name.hasPrefix(prefix) {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    /// "Phòng Nội vụ" → "PNV".
    static func initials(_ name: String) -> String {
        String(name.split(separator: " ").compactMap(\.first).map { Character(VietnameseText.fold(String($0)).uppercased()) })
    }

    private static func headTitle(_ name: String) -> String {
        if name.hasPrefix(L10n.Reports.phong) { return L10n.Reports.truongPhong }
        if name.hasPrefix(L10n.Reports.so) { return L10n.Reports.giamDoc }
        return L10n.Reports.thuTruongDonVi
    }

    private static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
