import Plot

/// The page frame: skip link, header with navigation, main content, footer. Pages are `HTMLPage`s, whose `render()` calls
/// `Layout.page` once.
public enum Layout {
    static func page(title: String, layout: LayoutModel, _ content: Node<HTML.BodyContext>...) -> String {
        let html = HTML(
            .lang(.vietnamese),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Not Plot's `.title`: it also copies the title into og:title and twitter:title attributes unescaped,
                // and a plan title written by one officer ran as script in another's browser (issue 12, F1).
                .el("title", .text(title + " · " + L10n.appName)),
                .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path)),
                // Staff pages only: the unit suggestions. Citizens' pages carry no script at all.
                .if(layout.userName != nil, .el("script", .attr("src", SiteURL.script.path), .attr("defer", "defer")))
            ),
            .body(
                .a(.class("skip-link"), .href("#noi-dung"), .text(L10n.skipToContent)),
                header(layout),
                .element(
                    named: "main",
                    nodes: [.attr("id", "noi-dung"), .attr("tabindex", "-1")]
                        + layout.flashes.map(\.node) + content),
                .footer(.class("site-footer"), .p(.text(L10n.footer)))
            )
        )
        return html.render()
    }

    private static func header(_ layout: LayoutModel) -> Node<HTML.BodyContext> {
        .header(
            .class("site-header"),
            .div(.class("brand"), .a(.href(SiteURL.home.path), .text(L10n.appName)), .span(.class("tagline"), .text(L10n.tagline))),
            .if(
                !layout.navigation.isEmpty,
                .nav(
                    .attr("aria-label", L10n.mainNavigation),
                    .ul(
                        .forEach(layout.navigation) { item in
                            .li(
                                .element(
                                    named: "a",
                                    nodes: [.attr("href", item.url)]
                                        + (item.isCurrent ? [.attr("aria-current", "page")] : []) + [.text(item.label)]))
                        }))
            ),
            .unwrap(layout.userName) { name in
                .div(
                    .class("user-box"),
                    .link(name, layout.accountURL),
                    .unwrap(layout.roleLabel) { .span(.class("muted"), .text(" · " + $0)) },
                    .unwrap(layout.unitName) { .span(.class("muted"), .text(" · " + $0)) },
                    Form.post(action: layout.logoutURL, csrf: layout.csrfToken, [Form.submit(L10n.logout, style: "link")], extra: [.class("inline")])
                )
            }
        )
    }
}
