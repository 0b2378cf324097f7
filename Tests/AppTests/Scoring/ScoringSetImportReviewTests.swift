import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Importing a criteria set goes through a review page: the upload is read and shown, nothing is saved until the person
/// confirms; bad files are refused with a Vietnamese message and the typed fields kept.
@Suite struct ScoringSetImportReviewTests {
    static let boundary = "----DanVanUploadBoundary"

    /// Posts the import form with a file as a browser does (binary-safe).
    static func upload(_ browser: inout Browser, fields: [(String, String)], file: Data, name: String) async throws -> TestingHTTPResponse {
        var body = ByteBuffer()
        for (key, value) in [("_csrf", browser.csrf ?? "")] + fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"tep\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(file)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        if let cookie = browser.cookie { headers.add(name: .cookie, value: cookie) }
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        var captured: TestingHTTPResponse?
        try await browser.app.testing().test(.POST, "/cham-diem/bo-tieu-chi/nhap", headers: headers, body: body) { captured = $0 }
        return captured!
    }

    /// The hidden fields of the review page's confirm form, unescaped.
    static func hidden(_ html: String) -> [String: String] {
        var fields: [String: String] = [:]
        let pattern = #"<input type="hidden" name="([^"]+)" value="([^"]*)""#
        let regex = try! NSRegularExpression(pattern: pattern)
        for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let name = String(html[Range(match.range(at: 1), in: html)!])
            let value = String(html[Range(match.range(at: 2), in: html)!])
            fields[name] = value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        }
        return fields
    }

    static func decision(_ rows: [[String]]) throws -> Data {
        try OfficialReportDocx.data(
            OfficialReport(
                issuingBody: "UBND TỈNH THỪA THIÊN HUẾ", number: "9", symbol: "QĐ-UBND", place: "Huế", date: CivilDate(year: 2026, month: 3, day: 2),
                year: 2026, title: "Ban hành Bộ tiêu chí đánh giá công tác dân vận chính quyền",
                body: [.heading("PHỤ LỤC"), .table(header: ["STT", "Nội dung tiêu chí", "Điểm chuẩn"], rows: rows)],
                signature: .init(lines: ["CHỦ TỊCH"], name: ""), distribution: ["Như trên;"]))
    }

    static let appendix: [[String]] = [
        ["I", "Lãnh đạo, chỉ đạo thực hiện", "40"], ["1", "Ban hành kế hoạch năm", "20"], ["2", "Kiểm tra, sơ kết", "20"],
        ["II", "Tiếp công dân, đối thoại", "60"], ["1", "Tiếp công dân đúng lịch", "30"], ["2", "Đối thoại với Nhân dân", "30"],
        ["III", "Điểm thưởng", "5"], ["", "Tổng cộng", "100"]
    ]

    static let fields = [
        ("ten", "Bộ tiêu chí tỉnh 2027"), ("van_ban", "Quyết định số 9/QĐ-UBND"), ("nam", "2027"),
        ("xep_loai", "Hoàn thành xuất sắc=90; Hoàn thành tốt=70; Hoàn thành=50; Không hoàn thành=0")
    ]

    @Test func aDecisionsDocxIsReviewedThenSavedOnlyWhenConfirmed() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            _ = try await browser.login("noivu.huongtra")
            _ = try await browser.get("/cham-diem/bo-tieu-chi")
            let before = try await ScoringSet.query(on: app.db).count()
            let review = try await Self.upload(&browser, fields: Self.fields, file: try Self.decision(Self.appendix), name: "QD-9.docx")
            #expect(review.status == .ok)
            let html = review.body.string
            #expect(html.contains("Kiểm tra bộ tiêu chí trước khi lưu"))
            #expect(html.contains("Tiếp công dân đúng lịch") && html.contains("II.1"))
            #expect(html.contains("100 điểm — khớp tổng ghi trong tệp (100)"))
            #expect(html.contains("Hoàn thành xuất sắc"))
            #expect(try await ScoringSet.query(on: app.db).count() == before)
            let hidden = Self.hidden(html)
            #expect(hidden["ten"] == "Bộ tiêu chí tỉnh 2027")
            let confirmed = try await browser.post("/cham-diem/bo-tieu-chi/nhap/xac-nhan", form: hidden.filter { $0.key != "_csrf" })
            #expect(confirmed.status == .seeOther)
            let row = try #require(try await ScoringSet.query(on: app.db).filter(\.$title == "Bộ tiêu chí tỉnh 2027").first())
            let (_, set, _) = try await ScoringSetStore.load(row.id!, on: app.db)
            #expect(set.groups.map(\.code) == ["I", "II"])
            #expect(set.maximum == Points(100) && set.bonusCap == Points(5))
            #expect(set.bands.map(\.label) == ["Hoàn thành xuất sắc", "Hoàn thành tốt", "Hoàn thành", "Không hoàn thành"])
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == "scoring_set").filter(\.$entityID == "\(row.id!)").count() == 1)
        }
    }

    @Test func problemsAreListedWithRowNumbersAndThereIsNothingToConfirm() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            _ = try await browser.login("noivu.huongtra")
            _ = try await browser.get("/cham-diem/bo-tieu-chi")
            let before = try await ScoringSet.query(on: app.db).count()
            // A spreadsheet in the decision's layout: one bad point (row 5), II's lines add up to 50 not 60, no bands.
            let sheet: [[XLSXWriter.Cell]] = [
                [.text("TT"), .text("Nội dung tiêu chí"), .text("Điểm tối đa")],
                [.text("I"), .text("Lãnh đạo"), .number(40)], [.number(1), .text("Kế hoạch"), .number(40)],
                [.text("II"), .text("Tiếp công dân"), .number(60)], [.number(2), .text("Tiếp đúng lịch"), .text("năm mươi")],
                [.number(3), .text("Đối thoại"), .number(50)]
            ]
            let response = try await Self.upload(
                &browser, fields: [("ten", "Bảng lỗi"), ("van_ban", "QĐ 1"), ("nam", "2027")],
                file: try XLSXWriter.workbook(sheetName: "Tiêu chí", rows: sheet), name: "bang.xlsx")
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("Dòng 5: điểm “năm mươi” không hợp lệ"))
            #expect(html.contains("Tiêu chí II: các mục con cộng lại 50 điểm, khác điểm tối đa 60."))
            #expect(html.contains("Chưa có mức xếp loại."))
            #expect(!html.contains("/cham-diem/bo-tieu-chi/nhap/xac-nhan"))
            // Going back brings the typed fields back to the import form.
            let back = try #require(
                html.range(of: #"href="(/cham-diem/bo-tieu-chi\?[^"]+)""#, options: .regularExpression).map {
                    String(html[$0].dropFirst(6).dropLast())
                })
            let form = try await browser.get(back.replacingOccurrences(of: "&amp;", with: "&"))
            #expect(form.body.string.contains(#"value="Bảng lỗi""#))
            #expect(try await ScoringSet.query(on: app.db).count() == before)
            // A confirm whose table was altered on the way back is read and checked again: refused, nothing saved.
            let broken = CriteriaSetCSV.csvData(
                CriteriaSet(nodes: [CriterionNode(code: "1", text: "Nhóm", maxPoints: Points(10), kind: .yesNo)], bands: []))
            let refused = try await browser.post(
                "/cham-diem/bo-tieu-chi/nhap/xac-nhan",
                form: [
                    "ten": "Bảng sửa tay", "van_ban": "QĐ 1", "nam": "2027", "bang": broken.base64EncodedString()
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Chưa có mức xếp loại"))
            let garbage = try await browser.post(
                "/cham-diem/bo-tieu-chi/nhap/xac-nhan", form: ["ten": "Bảng sửa tay", "van_ban": "QĐ 1", "nam": "2027", "bang": "%%%"])
            #expect(garbage.status == .unprocessableEntity)
            #expect(garbage.body.string.contains("hãy tải tệp lên lại"))
            #expect(try await ScoringSet.query(on: app.db).count() == before)
        }
    }

    @Test func filesThatAreNotACriteriaTableAreRefusedKeepingTheForm() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            _ = try await browser.login("noivu.huongtra")
            _ = try await browser.get("/cham-diem/bo-tieu-chi")
            let before = try await ScoringSet.query(on: app.db).count()
            let cases: [(Data, String, String)] = [
                (Data("ten,diem\nA,1\n".utf8), "bang.csv", "thiếu cột ma"),
                (Data([0x54, 0xEA, 0x6E, 0x2C, 0xFF, 0xFE]), "bang.csv", "UTF-8"),
                (Data("%PDF-1.4".utf8), "quyet-dinh.pdf", "Không nhận loại tệp “.pdf”"),
                (Data("PK không phải zip".utf8), "quyet-dinh.docx", "bị hỏng"),
                (
                    try OfficialReportDocx.data(
                        OfficialReport(
                            issuingBody: "UBND", symbol: "QĐ-UBND", place: "Huế", year: 2026, title: "Không có bảng",
                            body: [.paragraph("Chỉ có chữ.")], signature: .init(lines: ["CHỦ TỊCH"], name: ""),
                            distribution: [])), "qd.docx", "Không thấy bảng tiêu chí"
                )
            ]
            for (data, name, message) in cases {
                let response = try await Self.upload(&browser, fields: Self.fields, file: data, name: name)
                #expect(response.status == .unprocessableEntity, "\(name)")
                #expect(response.body.string.contains(message), "\(name): \(message)")
                #expect(response.body.string.contains("Bộ tiêu chí tỉnh 2027"), "the typed title is kept")
            }
            #expect(try await ScoringSet.query(on: app.db).count() == before)
        }
    }
}
