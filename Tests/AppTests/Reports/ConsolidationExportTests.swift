import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

@testable import App

/// Issue 18, item 6: the consolidation's .docx and .xlsx are ready to hand in, and a link without its period asks for it.
@Suite struct ConsolidationExportTests {
    static func part(_ data: Data, _ path: String) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        var bytes = Data()
        guard let entry = archive[path] else {
            Issue.record("missing \(path)")
            return ""
        }
        _ = try archive.extract(entry) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A regime of Thị xã Hương Trà whose reports are received by its Phòng Nội vụ; both wards report and are accepted.
    static func consolidated(_ app: Application) async throws -> ReportSchedule {
        try await Fixtures.seed(app)
        let schedule = try await ReportTests.regime(app, issuer: "480", period: "semiannual", rule: "day_of_year:5:20", reporters: ["19900", "19901"])
        let office = try await Fixtures.unit("480.PNV", on: app)
        schedule.$receiverUnit.id = office.id
        try await schedule.save(on: app.db)
        _ = try await ReportRequestGenerator.generate([schedule], year: 2026, on: app.db)
        let admin = try await User.query(on: app.db).filter(\.$username == "admin.hue").with(\.$unit).first()!
        let (indicators, sections) = try await ReportConsolidation.template(of: schedule, on: app.db)
        for (code, received, text) in [
            ("19900", 1_200, "Tổ chức 3 hội nghị đối thoại.\nTiếp 40 lượt công dân."), ("19901", 800, "Niêm yết công khai dự toán.")
        ] {
            let request = try await ReportTests.request(app, schedule, unit: code, period: "2026-6T")
            request.$unit.value = try await Fixtures.unit(code, on: app)
            let figures = Dictionary(
                uniqueKeysWithValues: ReportTests.figures(received: received, onTime: received - 100)
                    .map { (String($0.key.dropFirst(8).dropLast()), $0.value) })
            _ = try await ReportSubmission.save(
                request, .init(figures: figures, texts: [sections[0].id!: text], files: [], base: ""), submit: true,
                indicators: indicators, by: admin, at: TestClock.now, on: app.db)
            request.$receiver.value = office
            try await ReportSubmission.accept(request, by: admin, at: TestClock.now, on: app.db)
        }
        return schedule
    }

    @Test func docxIsAddressedToTheOfficesOwnCommitteeWithMergedNarrativesAndRoomForTheName() async throws {
        try await withTestApp { app in
            let schedule = try await Self.consolidated(app)
            var coordinator = Browser(app)
            _ = try await coordinator.login("noivu.huongtra")
            let response = try await coordinator.get("/bao-cao/che-do/\(schedule.id!)/tong-hop.docx?ky=2026-6T")
            #expect(response.status == .ok)
            let xml = try Self.part(Data(buffer: response.body), "word/document.xml")
            // Phòng Nội vụ of the town writes to the town's People's Committee, not to the province.
            #expect(xml.contains("Kính gửi: UBND Thị xã Hương Trà"))
            #expect(!xml.contains("Kính gửi: UBND Tỉnh Thừa Thiên Huế"))
            // One paragraph per unit under the section: "– <b>unit</b>: text", its lines joined.
            #expect(xml.contains("– </w:t>"))
            let ward = try #require(xml.range(of: ">Phường Tứ Hạ</w:t>"))
            let run = xml[..<ward.lowerBound].suffix(120)
            #expect(run.contains("<w:b/>"))
            #expect(xml.contains(": Tổ chức 3 hội nghị đối thoại. Tiếp 40 lượt công dân.</w:t>"))
            #expect(xml.contains(">Xã Hương Toàn</w:t>"))
            #expect(!xml.contains("Phường Tứ Hạ: Tổ chức"))
            // A dotted line under the space to sign, for the signer's name.
            #expect(xml.contains(String(repeating: ".", count: 30)))
        }
    }

    /// Issue 18, item 6: the unit's usual signer is set once on the consolidation page, remembered, and printed in the
    /// signature block of its .docx; a leader, who only reads, may not set it.
    @Test func theSignerIsRememberedAndPrintedInTheSignatureBlock() async throws {
        try await withTestApp { app in
            let schedule = try await Self.consolidated(app)
            let page = "/bao-cao/che-do/\(schedule.id!)/tong-hop?ky=2026-6T"
            var coordinator = Browser(app)
            _ = try await coordinator.login("noivu.huongtra")
            // Before anything is stored, the form offers the office head's title and no name.
            #expect(try await coordinator.get(page).body.string.contains(">TRƯỞNG PHÒNG</textarea>"))
            let saved = try await coordinator.post(
                "/bao-cao/che-do/\(schedule.id!)/tong-hop/nguoi-ky?ky=2026-6T",
                form: ["chuc_danh": "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "ho_ten": "Nguyễn Thị Lan"])
            #expect(saved.status == .seeOther && saved.headers.first(name: .location) == page)
            let shown = try await coordinator.get(page).body.string
            #expect(shown.contains(">KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG</textarea>") && shown.contains(#"value="Nguyễn Thị Lan""#))

            let docx = try await coordinator.get("/bao-cao/che-do/\(schedule.id!)/tong-hop.docx?ky=2026-6T")
            let xml = try Self.part(Data(buffer: docx.body), "word/document.xml")
            #expect(xml.contains(">KT. TRƯỞNG PHÒNG</w:t>") && xml.contains(">PHÓ TRƯỞNG PHÒNG</w:t>"))
            #expect(xml.contains(">Nguyễn Thị Lan</w:t>"))
            #expect(!xml.contains(String(repeating: ".", count: 30)))

            // An empty title is refused and changes nothing; the change is audited in words.
            _ = try await coordinator.get(page)
            _ = try await coordinator.post(
                "/bao-cao/che-do/\(schedule.id!)/tong-hop/nguoi-ky?ky=2026-6T", form: ["chuc_danh": " ", "ho_ten": "Ai đó"])
            let office = try await Fixtures.unit("480.PNV", on: app)
            #expect(try await UnitSigner.find(unitID: office.id!, on: app.db)?.name == "Nguyễn Thị Lan")
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "set_signer").first())
            let subjects = try await AuditSubjects.load(for: [entry], on: app.db)
            #expect(subjects.sentence(entry) == "Người dùng noivu.huongtra đặt người ký văn bản của đơn vị Phòng Nội vụ")

            var leader = Browser(app)
            _ = try await leader.login("lanhdao")
            #expect(!(try await leader.get(page).body.string.contains("nguoi-ky")))
            let refused = try await leader.post(
                "/bao-cao/che-do/\(schedule.id!)/tong-hop/nguoi-ky?ky=2026-6T", form: ["chuc_danh": "CHỦ TỊCH", "ho_ten": "X"])
            #expect(refused.status == .forbidden)
        }
    }

    @Test func xlsxHasVietnameseSheetNameFrozenStyledHeaderFormatsAndRatios() async throws {
        try await withTestApp { app in
            let schedule = try await Self.consolidated(app)
            var coordinator = Browser(app)
            _ = try await coordinator.login("noivu.huongtra")
            let response = try await coordinator.get("/bao-cao/che-do/\(schedule.id!)/tong-hop.xlsx?ky=2026-6T")
            #expect(response.status == .ok)
            let data = Data(buffer: response.body)
            let workbook = try Self.part(data, "xl/workbook.xml")
            #expect(workbook.contains(#"<sheet name="Tổng hợp 6 tháng"#))
            let sheet = try Self.part(data, "xl/worksheets/sheet1.xml")
            #expect(sheet.contains(#"<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>"#))
            #expect(sheet.contains("<cols><col min=\"1\""))
            #expect(sheet.contains(#"<c r="B2" s="1" t="inlineStr"><is><t xml:space="preserve">Đơn vị</t>"#))
            // The ratio indicators the .docx has, as percentages: 1100/1200 for the ward, 1800/2000 in all.
            let (indicators, _) = try await ReportConsolidation.template(of: schedule, on: app.db)
            let ratios = indicators.filter { $0.aggregation == IndicatorAggregation.ratio.rawValue }
            #expect(!ratios.isEmpty)
            for ratio in ratios { #expect(sheet.contains(ratio.name.replacingOccurrences(of: "&", with: "&amp;") + " (%)")) }
            #expect(sheet.contains(#" s="4"><v>0.9167</v></c>"#))
            #expect(sheet.contains(#" s="4"><v>0.9</v></c>"#))
            // Integers with thousands separators.
            #expect(sheet.contains(#" s="2"><v>1200</v></c>"#))
            #expect(sheet.contains(#" s="2"><v>2000</v></c>"#))
        }
    }

    @Test func aLinkWithoutItsPeriodAsksForIt() async throws {
        try await withTestApp { app in
            let schedule = try await Self.consolidated(app)
            var coordinator = Browser(app)
            _ = try await coordinator.login("noivu.huongtra")
            for (format, what) in [("docx", "báo cáo tổng hợp (.docx)"), ("xlsx", "số liệu theo đơn vị (.xlsx)")] {
                for query in ["", "?ky=", "?ky=%20"] {
                    let response = try await coordinator.get("/bao-cao/che-do/\(schedule.id!)/tong-hop.\(format)" + query)
                    #expect(response.status == .ok)
                    let html = response.body.string
                    #expect(html.contains("<h1>Chọn kỳ báo cáo</h1>"))
                    #expect(html.contains("Hãy chọn kỳ để tải " + what))
                    #expect(html.contains(#"action="/bao-cao/che-do/\#(schedule.id!)/tong-hop.\#(format)""#))
                    #expect(html.contains(#"name="ky""#) && html.contains(#"value="2026-6T""#))
                    #expect(html.contains("6 tháng đầu năm 2026"))
                    #expect(!html.contains("422"))
                }
            }
        }
    }
}
