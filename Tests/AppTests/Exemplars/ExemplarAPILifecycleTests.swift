import DanVanCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// The whole life of a model through the API alone (issue 16, item 6): steps, recognitions and commendations, each
/// listed back, with the pages' stable codes on refusals and an audit entry for every change.
@Suite struct ExemplarAPILifecycleTests {
    @Test func aModelIsLaunchedReviewedRecognisedAndCommendedThroughTheAPI() async throws {
        try await withTestApp { app in
            try await ExemplarTests.seed(app)
            let ward = try await Fixtures.unit("19900", on: app)
            var officer = Browser(app)
            let token = try await officer.apiToken(for: "canbo.tuha")
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            func call(_ method: HTTPMethod, _ path: String, _ body: String? = nil) async throws -> (HTTPStatus, String) {
                var result: (HTTPStatus, String) = (.internalServerError, "")
                try await app.testing().test(
                    method, "/api/v1/exemplars" + path, headers: headers,
                    body: body.map { ByteBuffer(string: $0) }
                ) { result = ($0.status, $0.body.string) }
                return result
            }
            let today = TestClock.today.iso
            let created = try await call(
                .POST, "",
                #"""
                {"unit_id":\#(ward.id!),"kind":"mo_hinh","field":"kinh_te","name":"Tổ hợp tác trồng rau sạch","problem":"Rau không rõ nguồn\#
                 gốc","goals":"20 hộ","methods":"Hội Nông dân vận động"}
                """#
            )
            #expect(created.0 == .created)
            let id = try #require(try await Exemplar.query(on: app.db).first()?.id)

            // Commending before recognition is refused with the lifecycle's code.
            let early = try await call(
                .POST, "/\(id)/commendations",
                #"{"form":"giay_khen","granted_by":"Chủ tịch UBND phường","decision_number":"5/QĐ-UBND","decision_date":"\#(today)"}"#)
            #expect(early.0 == .unprocessableEntity && early.1.contains("\"code\":\"not_recognised\""))
            // Steps: a wrong one, a review before launch, then launch and review.
            #expect(try await call(.POST, "/\(id)/steps", #"{"step":"nhay_coc","date":"\#(today)"}"#).1.contains("\"code\":\"invalid_step\""))
            #expect(
                try await call(.POST, "/\(id)/steps", #"{"step":"ra_soat","outcome":"tot","date":"\#(today)"}"#).1.contains(
                    "\"code\":\"not_launched\""))
            #expect(try await call(.POST, "/\(id)/steps", #"{"step":"ra_soat","date":"\#(today)"}"#).1.contains("\"code\":\"invalid_outcome\""))
            let launched = try await call(.POST, "/\(id)/steps", #"{"step":"trien_khai","date":"\#(today)"}"#)
            #expect(launched.0 == .ok && launched.1.contains("\"status\":\"trien_khai\""))
            let reviewed = try await call(.POST, "/\(id)/steps", #"{"step":"ra_soat","outcome":"tot","date":"\#(today)","note":"Hiệu quả"}"#)
            #expect(reviewed.0 == .ok && reviewed.1.contains("\"status\":\"tot\""))

            #expect(
                try await call(.POST, "/\(id)/recognitions", #"{"level":"xa","decision_number":"1/QĐ","decision_date":"\#(today)"}"#).0 == .created)
            let recognitions = try await call(.GET, "/\(id)/recognitions")
            #expect(recognitions.0 == .ok && recognitions.1.contains("\"decision_number\":\"1/QĐ\"") && recognitions.1.contains("\"level\":\"xa\""))

            // Bad commendations: unknown form, missing number, a date to come; nothing is saved.
            #expect(
                try await call(
                    .POST, "/\(id)/commendations", #"{"form":"huan_chuong","granted_by":"A","decision_number":"1","decision_date":"\#(today)"}"#
                ).1
                    .contains("\"code\":\"invalid_form\""))
            #expect(
                try await call(
                    .POST, "/\(id)/commendations", #"{"form":"giay_khen","granted_by":"A","decision_number":"  ","decision_date":"\#(today)"}"#
                ).1
                    .contains("\"code\":\"missing_decision_number\""))
            let future = TestClock.today.adding(days: 1).iso
            #expect(
                try await call(
                    .POST, "/\(id)/commendations", #"{"form":"giay_khen","granted_by":"A","decision_number":"1","decision_date":"\#(future)"}"#
                ).1
                    .contains("\"code\":\"impossible_date\""))
            #expect(try await call(.POST, "/\(id)/commendations", #"{"form":"giay_khen"}"#).1.contains("\"code\":\"invalid_input\""))
            #expect(try await ExemplarCommendation.query(on: app.db).count() == 0)

            let commended = try await call(
                .POST, "/\(id)/commendations",
                #"{"form":"giay_khen","granted_by":"Chủ tịch UBND phường Tứ Hạ","decision_number":"5/QĐ-UBND","decision_date":"\#(today)"}"#)
            #expect(commended.0 == .created && commended.1.contains("\"form\":\"giay_khen\"") && commended.1.contains("\"exemplar_id\":\(id)"))
            let listed = try await call(.GET, "/\(id)/commendations")
            #expect(listed.0 == .ok && listed.1.contains("\"granted_by\":\"Chủ tịch UBND phường Tứ Hạ\""))
            #expect(try await Exemplar.find(id, on: app.db)?.status == .commended)
            #expect(try await call(.GET, "/\(id)").1.contains("\"status\":\"khen_thuong\""))

            // Every change audited, in Vietnamese history rows too.
            let actions = try await AuditEntry.query(on: app.db).filter(\.$entity == "exemplar").filter(\.$entityID == String(id)).all().map(\.action)
            #expect(actions.filter { $0 == "commend" }.count == 1 && actions.contains("launch") && actions.contains("review"))
            let steps = try await ExemplarTransition.query(on: app.db).filter(\.$exemplar.$id == id).all().map(\.step)
            #expect(steps.contains("khen_thuong") && steps.contains("trien_khai") && steps.contains("ra_soat"))

            // Another unit's officer sees the lists but cannot commend outside the subtree.
            var other = Browser(app)
            let otherToken = try await other.apiToken(for: "canbo.huongtoan")
            try await app.testing().test(
                .POST, "/api/v1/exemplars/\(id)/commendations",
                headers: ["Authorization": "Bearer \(otherToken)", "Content-Type": "application/json"],
                body: ByteBuffer(string: #"{"form":"bang_khen","granted_by":"A","decision_number":"9","decision_date":"\#(today)"}"#)
            ) { response in
                #expect(response.status == .forbidden || response.status == .notFound)
            }
        }
    }
}

/// Photos are re-encoded on upload; a file that only looks like a PNG is refused, keeping what was typed.
@Suite struct ExemplarPhotoTests {
    @Test(.enabled(if: ExemplarImages.isAvailable, "vipsthumbnail (libvips-tools) chưa được cài"))
    func aBrokenImageIsRefusedAndNothingIsSaved() async throws {
        try await withTestApp { app in
            try await ExemplarTests.seed(app)
            var officer = Browser(app)
            try await officer.login("canbo.tuha")
            _ = try await officer.post("/dan-van-kheo/dang-ky", form: ExemplarTests.form(unit: "19900", name: "Hiến đất mở rộng đường kiệt"))
            let exemplar = try #require(try await Exemplar.query(on: app.db).first())
            let show = "/dan-van-kheo/\(exemplar.id!)"
            let today = TestClock.today.vietnamese
            #expect(try await officer.post(show + "/buoc", form: ["step": "trien_khai", "on_date": today]).status == .seeOther)
            _ = try await officer.get(show)
            let broken = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(repeating: 7, count: 64)
            let refused = try await ExemplarTests.postFile(
                officer, show + "/cap-nhat", fields: [("reported_on", today), ("households", "23")],
                fileName: "anh.png", file: broken)
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Không đọc được ảnh này"))
            #expect(refused.body.string.contains(#"name="households" value="23""#))
            #expect(try await ExemplarUpdate.query(on: app.db).count() == 0)
            #expect(try await ExemplarFile.query(on: app.db).count() == 0)
        }
    }
}
