import Fluent
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct UserAdminTests {
    @Test func administratorsCreateAccountsInTheirSubtreeOnly() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var admin = Browser(app)
            try await admin.login("admin.hue")
            _ = try await admin.get("/nguoi-dung/moi")
            let created = try await admin.post(
                "/nguoi-dung",
                form: [
                    "username": "canbo.xa", "full_name": "Trần Thị Lan", "role": "can_bo_don_vi",
                    "unit_code": "19901", "password": "mot-mat-khau-dai"
                ])
            #expect(created.status == .seeOther)
            let outside = try await admin.post(
                "/nguoi-dung",
                form: [
                    "username": "ngoai.pham.vi", "full_name": "Ngoài", "role": "can_bo_don_vi",
                    "unit_code": "490", "password": "mot-mat-khau-dai"
                ])
            // A unit outside the administrator's subtree is not offered: not found in their scope, nothing created.
            #expect(outside.status == .unprocessableEntity && outside.body.string.contains("Không tìm thấy đơn vị “490” trong phạm vi của bạn"))
            #expect(try await User.query(on: app.db).filter(\.$username == "ngoai.pham.vi").count() == 0)
            // The unit is typed by name, as people know it.
            let byName = try await admin.post(
                "/nguoi-dung",
                form: [
                    "username": "canbo.toan", "full_name": "Lê Văn Toàn", "role": "can_bo_don_vi",
                    "unit_code": "xa huong toan", "password": "mot-mat-khau-dai"
                ])
            #expect(byName.status == .seeOther)
            #expect(try await User.query(on: app.db).filter(\.$username == "canbo.toan").with(\.$unit).first()?.unit.code == "19901")
            var newUser = Browser(app)
            #expect(try await newUser.login("canbo.xa", password: "mot-mat-khau-dai").status == .seeOther)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "user").filter(\.$action == "create").filter(
                \.$username == "admin.hue"
            ).first()
            #expect(audit?.after?.contains("Trần Thị Lan") == true)
            #expect(audit?.after?.contains("password") == false)
        }
    }

    @Test func shortPasswordsAndBadUsernamesAreExplained() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var admin = Browser(app)
            try await admin.login("admin.hue")
            _ = try await admin.get("/nguoi-dung/moi")
            let response = try await admin.post(
                "/nguoi-dung",
                form: [
                    "username": "Tên Có Dấu", "full_name": "A", "role": "can_bo_don_vi",
                    "unit_code": "480", "password": "ngan"
                ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Mật khẩu cần ít nhất 10 ký tự."))
            #expect(response.body.string.contains("Tên đăng nhập dài 3–40 ký tự"))
        }
    }

    @Test func coordinatorsCannotManageUsers() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            try await browser.login("noivu.hue")
            #expect(try await browser.get("/nguoi-dung").status == .forbidden)
        }
    }

    @Test func resetPasswordUnlocksAndIsAuditedWithoutThePassword() async throws {
        try await withTestApp(config: { $0.loginMaxFailures = 2 }) { app in
            try await Fixtures.seed(app)
            var victim = Browser(app)
            for _ in 0..<2 { try await victim.login("canbo", password: "sai-mat-khau-roi") }
            let user = try await UserLookup.find("canbo", on: app.db)
            var admin = Browser(app)
            try await admin.login("admin.hue")
            _ = try await admin.get("/nguoi-dung/\(user.id!)")
            _ = try await admin.post("/nguoi-dung/\(user.id!)/dat-lai-mat-khau", form: ["password": "mat-khau-moi-2026"])
            var again = Browser(app)
            #expect(try await again.login("canbo", password: "mat-khau-moi-2026").status == .seeOther)
            let entry = try await AuditEntry.query(on: app.db).filter(\.$action == "reset_password").first()
            #expect(entry?.username == "admin.hue")
            #expect(entry?.after == nil)
        }
    }

    @Test func auditLogIsFilterable() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var browser = Browser(app)
            try await browser.login("noivu.hue")
            // Changes and sign-ins are separate streams, each read in Vietnamese.
            let changes = try await browser.get("/nhat-ky").body.string
            #expect(!changes.contains("noivu.hue đăng nhập") && !changes.contains(">login<"))
            let signIns = try await browser.get("/nhat-ky?luong=dang-nhap").body.string
            #expect(signIns.contains("Người dùng noivu.hue đăng nhập"))
            let filtered = try await browser.get("/nhat-ky?doi-tuong=user").body.string
            #expect(!filtered.contains("noivu.hue đăng nhập"))
            let bad = try await browser.get("/nhat-ky?tu=32/13/2024")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("không hợp lệ"))
            var officer = Browser(app)
            try await officer.login("canbo")
            #expect(try await officer.get("/nhat-ky").status == .forbidden)
        }
    }
}
