import Plot

/// Tra cứu đơn — status and published answer by tracking code; no personal data.
public struct PublicTrackingPage: HTMLPage {
    public struct Result: Sendable {
        public var code = "", receivedOn = "", kind = "", status = "", updatedOn = "", answer: String?
        /// The unit handling the petition, and the date its next answer is due (nil once answered).
        public var handler = ""
        public var answerDue: String?
        public init() {}
    }

    public struct Model: PageModel {
        public var code = ""
        public var result: Result?
        public var notFound = false
        public var justFiled = false
        public var action = ""
        public var operatorInfo = PublicOperator()
        public var layout = LayoutModel.anonymous()
        public init() {}
    }

    public let model: Model
    public init(model: Model) { self.model = model }

    public var title: String { L10n.Petitions.traCuuDon }
    public var heading: String { L10n.Petitions.traCuuTinhTrangXuLy }

    public var content: [Node<HTML.BodyContext>] {
        [
            model.operatorInfo.block,
            .if(
                model.justFiled,
                .div(
                    .class("flash flash-success"), .attr("role", "status"),
                    .p(.text(L10n.Petitions.coQuanDaNhanDonCuaLabel)),
                    .p(.strong(.class("tracking-code"), .text(model.code))),
                    .p(.text(L10n.Petitions.vuiLongGhiLaiMaNay)))),
            .el(
                "form", .attr("method", "get"), .attr("action", model.action), .class("no-print"),
                Form.requiredLegend,
                Form.field(L10n.Petitions.maTraCuu, name: "ma", value: model.code, required: true, hint: L10n.Petitions.viDuDv23456789ab),
                Form.submit(L10n.Petitions.traCuu)),
            .if(
                model.notFound,
                .p(
                    .class("notice"), .attr("role", "status"),
                    .text(L10n.Petitions.khongTimThayDonVoiMa))),
            .unwrap(model.result) { result in
                .section(
                    .h2(.text(L10n.Petitions.don + result.code)),
                    Tables.facts(
                        [
                            (L10n.Petitions.ngayNhan, result.receivedOn), (L10n.Petitions.loaiDon, result.kind),
                            (L10n.Petitions.coQuanXuLy, result.handler), (L10n.Petitions.tinhTrang, result.status)
                        ]
                            + (result.answerDue.map { [(L10n.Petitions.hanTraLoi, $0)] } ?? [])
                            + [(L10n.Petitions.capNhatNgay, result.updatedOn)]),
                    .unwrap(result.answer) { .section(.h3(.text(L10n.Petitions.noiDungTraLoi)), .p(.class("prose"), .text($0))) })
            }
        ]
    }
}
