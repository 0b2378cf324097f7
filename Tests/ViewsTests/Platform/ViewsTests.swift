import Testing
@testable import Views

@Suite struct ViewsTests {
    private let layout = LayoutModel(userName: "Nguyễn Thị Hoa", unitName: "Sở Nội vụ", roleLabel: "Chuyên viên Nội vụ",
                                     navigation: [.init(label: "Đơn vị", url: "/don-vi", isCurrent: true)], csrfToken: "tok\"en", flashes: [])

    @Test func pagesAreVietnameseWithASkipLinkAndCurrentNavigation() {
        let html = DashboardPage(model: .init(greeting: "Xin chào", scopeName: "Tỉnh", heading: "Việc cần tôi xử lý", tiles: [], reports: nil, layout: layout)).render()
        #expect(html.contains(#"<html lang="vi">"#))
        #expect(html.contains(##"<a class="skip-link" href="#noi-dung">"##))
        #expect(html.contains(#"aria-current="page""#))
        #expect(html.contains(#"<meta name="viewport""#))
    }

    @Test func attributeValuesAreEscaped() {
        let html = LoginPage(model: .init(username: #""><script>alert(1)</script>"#, error: nil, next: "/", layout: layout)).render()
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&quot;&gt;&lt;script&gt;"))
        #expect(html.contains(#"value="tok&quot;en""#))
    }

    @Test func everyInputHasALabel() {
        let html = LoginPage(model: .init(username: "", error: "Sai mật khẩu", next: "/", layout: layout)).render()
        #expect(html.contains(#"<label for="f-username">"#))
        #expect(html.contains(#"id="f-username""#))
        #expect(html.contains(#"<label for="f-password">"#))
        #expect(html.contains(#"role="alert""#))
    }

    @Test func errorPageShowsTheStatus() {
        let html = ErrorPage(model: .init(status: 404, title: "Không tìm thấy trang", message: "Không có.", layout: .anonymous())).render()
        #expect(html.contains("Không tìm thấy trang (404)"))
    }

    @Test func paginationLinksAndVietnameseNumbers() {
        let model = PaginationModel(page: 2, pageCount: 3, total: 10811, previousURL: "/don-vi?trang=1", nextURL: nil)
        let html = UnitIndexPage(model: .init(heading: "Đơn vị", query: "hue", includeClosed: false, parentID: nil, breadcrumb: [], rows: [],
                                              pagination: model, newUnitURL: nil, layout: layout)).render()
        #expect(html.contains("Trang 2/3 · 10.811 mục"))
        #expect(html.contains(#"rel="prev""#))
        #expect(!html.contains(#"rel="next""#))
        #expect(html.contains(L10n.noResults))
    }
}
