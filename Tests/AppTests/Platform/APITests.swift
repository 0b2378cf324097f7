import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct APITests {
    /// Signs in through the web form and creates an API token the way a person would.
    private func token(_ app: Application, user: String = "noivu.hue") async throws -> String {
        var browser = Browser(app)
        return try await browser.apiToken(for: user)
    }

    private func headers(_ token: String) -> HTTPHeaders {
        ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
    }

    @Test func unitsAreListedWithinTheCallersSubtree() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let token = try await token(app, user: "noivu.huongtra")
            try await app.testing().test(.GET, "/api/v1/units?q=huong&per=10", headers: headers(token)) { response in
                #expect(response.status == .ok)
                let body = try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as! [String: Any]
                let names = (body["items"] as! [[String: Any]]).map { $0["name"] as! String }
                #expect(names.contains("Thị xã Hương Trà"))
                #expect(names.contains("Xã Hương Toàn"))
                #expect(body["per"] as? Int == 10)
                #expect((body["items"] as! [[String: Any]]).first?["parent_id"] != nil)
            }
        }
    }

    @Test func requestsWithoutATokenGetAJSONError() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/units") { response in
                #expect(response.status == .unauthorized)
                #expect(response.body.string.contains(#""code":"unauthenticated""#))
            }
        }
    }

    @Test func revokedTokensStopWorking() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let token = try await token(app)
            try await app.testing().test(.GET, "/api/v1/me", headers: headers(token)) { #expect($0.status == .ok) }
            let stored = try await APIToken.query(on: app.db).first()!
            stored.revokedAt = TestClock.now
            try await stored.save(on: app.db)
            try await app.testing().test(.GET, "/api/v1/me", headers: headers(token)) { #expect($0.status == .unauthorized) }
        }
    }

    @Test func creatingAUnitThroughTheAPIIsAudited() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let token = try await token(app)
            let town = try await Fixtures.unit("480", on: app)
            let body = #"{"code":"480.BQL","name":"Ban Quản lý dự án","kind":"don_vi_su_nghiep","parent_id":\#(town.id!),"active_from":"2024-02-15"}"#
            try await app.testing().test(.POST, "/api/v1/units", headers: headers(token), body: ByteBuffer(string: body)) { response in
                #expect(response.status == .created)
                #expect(response.body.string.contains(#""code":"480.BQL""#))
            }
            try await app.testing().test(.POST, "/api/v1/units", headers: headers(token), body: ByteBuffer(string: body)) { response in
                #expect(response.status == .conflict)
                #expect(response.body.string.contains(#""code":"duplicate_code""#))
            }
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "unit").filter(\.$action == "create").all()
            #expect(audit.count == 1)
            #expect(audit.first?.username == "noivu.hue")
        }
    }

    @Test func malformedJSONAndBadValuesGetStableCodes() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let token = try await token(app)
            let town = try await Fixtures.unit("480", on: app)
            try await app.testing().test(.POST, "/api/v1/units", headers: headers(token), body: ByteBuffer(string: "{không phải json")) { response in
                #expect(response.status == .badRequest || response.status == .unprocessableEntity)
                #expect(response.body.string.contains(#""error":{"#))
            }
            let badDate = #"{"code":"X1","name":"A","kind":"phong","parent_id":\#(town.id!),"active_from":"2024-02-31"}"#
            try await app.testing().test(.POST, "/api/v1/units", headers: headers(token), body: ByteBuffer(string: badDate)) { response in
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains(#""code":"invalid_date""#))
            }
            let badKind = #"{"code":"X1","name":"A","kind":"cung","parent_id":\#(town.id!)}"#
            try await app.testing().test(.POST, "/api/v1/units", headers: headers(token), body: ByteBuffer(string: badKind)) { response in
                #expect(response.body.string.contains(#""code":"invalid_kind""#))
            }
            #expect(try await OrgUnit.query(on: app.db).filter(\.$code == "X1").count() == 0)
        }
    }

    @Test func oversizedBodiesAreRefused() async throws {
        try await withTestApp(config: { $0.maxBodySize = 1024 }) { app in
            try await Fixtures.seed(app)
            let token = try await token(app)
            let huge = #"{"code":"X","name":""# + String(repeating: "a", count: 5000) + #""}"#
            // Over a real socket: the limit applies while the body streams in. Port 0: the system picks a free one (a random
            // port sometimes collided with one in use).
            try await app.testing(method: .running(port: 0))
                .test(.POST, "/api/v1/units", headers: headers(token), body: ByteBuffer(string: huge)) { response in
                    #expect(response.status == .payloadTooLarge)
                    #expect(response.body.string.contains(#""code":"payload_too_large""#))
                    // The message states the limit this request exceeded, not the upload limit.
                    #expect(response.body.string.contains("tối đa 1 KB"))
                }
        }
    }

    @Test func unknownRoutesAndWrongMethods() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/khong-co") { response in
                #expect(response.status == .notFound)
                #expect(response.body.string.contains(#""code":"not_found""#))
            }
            try await app.testing().test(.DELETE, "/api/v1/units") { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.body.string.contains(#""code":"method_not_allowed""#))
                #expect(response.headers.first(name: .allow) == "GET, POST")
            }
            try await app.testing().test(.GET, "/khong-co-trang-nay") { response in
                #expect(response.status == .notFound)
                #expect(response.body.string.contains("Không tìm thấy trang"))
            }
        }
    }

    @Test func onlyAdministratorsListUsers() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            let coordinator = try await token(app, user: "noivu.hue")
            try await app.testing().test(.GET, "/api/v1/users", headers: headers(coordinator)) { #expect($0.status == .forbidden) }
            let admin = try await token(app, user: "admin.hue")
            try await app.testing().test(.GET, "/api/v1/users", headers: headers(admin)) { response in
                #expect(response.status == .ok)
                #expect(!response.body.string.contains("admin.danang"))
                #expect(response.body.string.contains("noivu.huongtra"))
            }
        }
    }
}
