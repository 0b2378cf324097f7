import Testing

@testable import Views

@Suite struct ViewsTests {
    private let layout = LayoutModel(
        userName: "Nguyễn Thị Hoa", unitName: "Sở Nội vụ", roleLabel: "Chuyên viên Nội vụ",
        navigation: [.init(label: "Đơn vị", url: "/don-vi", isCurrent: true)], csrfToken: "tok\"en", flashes: [])

    @Test func pagesAreVietnameseWithASkipLinkAndCurrentNavigation() {
        var model = DashboardPage.Model()
        model.greeting = "Xin chào"
        model.scopeName = "Tỉnh"
        model.heading = "Việc cần tôi xử lý"
        model.layout = layout
        let html = DashboardPage(model: model).render()
        #expect(html.contains(#"<html lang="vi">"#))
        #expect(html.contains(##"<a class="skip-link" href="#noi-dung">"##))
        #expect(html.contains(#"aria-current="page""#))
        #expect(html.contains(#"<meta name="viewport""#))
    }

    @Test func attributeValuesAreEscaped() {
        var model = LoginPage.Model()
        model.username = #""><script>alert(1)</script>"#
        model.next = "/"
        model.layout = layout
        let html = LoginPage(model: model).render()
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&quot;&gt;&lt;script&gt;"))
        #expect(html.contains(#"value="tok&quot;en""#))
    }

    @Test func everyInputHasALabel() {
        var model = LoginPage.Model()
        model.error = "Sai mật khẩu"
        model.next = "/"
        model.layout = layout
        let html = LoginPage(model: model).render()
        #expect(html.contains(#"<label for="f-username">"#))
        #expect(html.contains(#"id="f-username""#))
        #expect(html.contains(#"<label for="f-password">"#))
        #expect(html.contains(#"role="alert""#))
    }

    @Test func errorPageShowsTheStatus() {
        var model = ErrorPage.Model()
        model.status = 404
        model.title = "Không tìm thấy trang"
        model.message = "Không có."
        let html = ErrorPage(model: model).render()
        #expect(html.contains("Không tìm thấy trang (404)"))
    }

    @Test func paginationLinksAndVietnameseNumbers() {
        var model = UnitIndexPage.Model()
        model.heading = "Đơn vị"
        model.query = "hue"
        model.pagination = PaginationModel(page: 2, pageCount: 3, total: 10811, previousURL: "/don-vi?trang=1", nextURL: nil)
        model.layout = layout
        let html = UnitIndexPage(model: model).render()
        #expect(html.contains("Trang 2/3 · 10.811 mục"))
        #expect(html.contains(#"rel="prev""#))
        #expect(!html.contains(#"rel="next""#))
        #expect(html.contains(L10n.noResults))
    }
}

@Suite struct PlanShowPageFoldTests {
    private let layout = LayoutModel(
        userName: "Nguyễn Thị Hoa", unitName: "Phòng Nội vụ", roleLabel: "Chuyên viên Nội vụ",
        navigation: [], csrfToken: "tok", flashes: [])

    private func page(citations: Int, rows: Int, editingDueOf: Int? = nil, expandedTask: Int? = nil) -> String {
        let assignments = (1...rows).map {
            PlanShowPage.AssignmentRow(
                unit: "Phường \($0)", role: "Phối hợp", status: $0 == 1 ? "Hoàn thành" : "Chưa thực hiện", progress: "0%",
                due: "30/06/2026", isOverdue: $0 == 2, url: "/phan-cong/\($0)", id: $0)
        }
        var model = PlanShowPage.Model()
        model.title = "Kế hoạch"
        model.progress = "0%"
        model.citations = (1...citations).map { .init(text: "Văn bản \($0)", url: nil) }
        model.tasks = [.init(id: 7, reference: "1.", text: "Tuyên truyền", weight: "1", assignments: assignments)]
        model.treeURL = "/ke-hoach/1/cay"
        model.workListURL = "/viec-can-lam"
        model.editableID = 1
        model.editingDueOf = editingDueOf
        model.expandedTask = expandedTask
        model.layout = layout
        return PlanShowPage(model: model).render()
    }

    @Test func longSectionsFoldAndShortOnesStayOpen() {
        let long = page(citations: 19, rows: 12)
        #expect(long.contains(#"<details class="fold"><summary><h2>Văn bản căn cứ (19)</h2></summary>"#))
        // Many assignments read as one line of counts naming the late units; the rows are one link away.
        #expect(long.contains("Phân công: 12 đơn vị — 1 hoàn thành, 11 chưa thực hiện; quá hạn: Phường 2."))
        #expect(long.contains(#"href="?mo=7#nhiem-vu-7""#) && !long.contains("/phan-cong/5\""))
        #expect(page(citations: 2, rows: 12, expandedTask: 7).contains("/phan-cong/5\""))
        let short = page(citations: 2, rows: 2)
        #expect(short.contains(#"<details class="fold" open="open"><summary><h2>Văn bản căn cứ (2)</h2></summary>"#))
        #expect(!short.contains("Phân công: 2 đơn vị") && short.contains("/phan-cong/2\""))
        // Changing one row's due date lists the rows, with the form in place.
        let editing = page(citations: 2, rows: 12, editingDueOf: 5)
        #expect(editing.contains("/phan-cong/12\""))
        #expect(editing.contains(#"action="/ke-hoach/1/han-phan-cong""#) && editing.contains(#"name="assignment_id" value="5""#))
        #expect(!long.contains("han-phan-cong\""))
    }

    @Test func printingShowsFoldedContents() {
        #expect(Stylesheet.css.contains("details::details-content { content-visibility:visible; display:contents; }"))
        #expect(Script.javascript.contains("beforeprint"))
    }
}
