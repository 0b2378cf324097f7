import Foundation
import Testing
import Vapor
import VaporTesting
import Views

@testable import App

/// The navigation is kept in one place (Views' `Navigation`); every entry opens its page, each role sees its own entries,
/// and on a phone it is one row that scrolls sideways instead of three wrapped lines (issue 18).
@Suite struct NavigationTests {
    @Test func everyEntryOpensItsPageAndEachRoleSeesItsOwn() async throws {
        try await withTestApp { app in
            try await Fixtures.seed(app)
            var admin = Browser(app)
            try await admin.login("admin.hue")
            for entry in Navigation.entries {
                #expect(try await admin.get(entry.path).status == .ok, "\(entry.label): \(entry.path)")
            }
            let page = try await admin.get("/bao-cao").body.string
            #expect(page.contains(#"<a href="/bao-cao" aria-current="page">Báo cáo</a>"#))
            #expect(page.contains(#"<a href="/nguoi-dung">"#) && page.contains(#"<a href="/nhat-ky">"#))

            var leader = Browser(app)
            try await leader.login("lanhdao")
            let home = try await leader.get("/tong-quan").body.string
            #expect(!home.contains(#"<a href="/nguoi-dung">"#) && !home.contains(#"<a href="/nhat-ky">"#))
        }
    }

    @Test func onAPhoneTheNavigationIsOneScrollingRow() {
        #expect(Stylesheet.css.contains(".site-header nav ul { flex-wrap:nowrap; overflow-x:auto;"))
        #expect(Stylesheet.css.contains("table.visually-hidden { display:block; }"))
    }
}
