import DanVanCore
import Fluent
import Vapor
import Views

/// Tình hình công khai — communes of a subtree × categories: what each commune has not published in a period.
/// Two queries per page whatever the number of communes: the page of communes, then their items in the period.
enum DemocracyGridController {
    struct Row: Sendable {
        let unit: Unit
        let statuses: [DisclosureRules.Status]
    }

    struct Grid: Sendable {
        let period: DisclosureRules.Period
        let categories: [DisclosureCategory]
        let rows: [Row]
        let metadata: PageMetadata
    }

    static func period(_ req: Request) -> DisclosureRules.Period {
        let today = req.clock.today
        let year = (req.query[String.self, at: "nam"]).flatMap { Int($0) }.flatMap { (2000...2100).contains($0) ? $0 : nil } ?? today.year
        let quarter = req.query[String.self, at: "quy"].flatMap { Int($0) }
        return DisclosureRules.Period(year: year, quarter: quarter)
    }

    static func grid(scopePath: String, period: DisclosureRules.Period, page: PageParams, today: CivilDate, on db: any Database) async throws -> Grid {
        let categories = try await DemocracyService.categories(on: db).filter { $0.scope == "xa" }
        let communes = try await Unit.query(on: db).filter(\.$kind == .commune).filter(\.$activeUntil == nil)
            .filter(\.$path, .custom("LIKE"), scopePath + "%").sort(\.$sortKey).paginate(page.fluent)
        let ids = communes.items.compactMap(\.id)
        var postings: [Int: [DisclosureRules.Posting]] = [:]
        if !ids.isEmpty {
            let items = try await DisclosureItem.query(on: db)
                .filter(\.$unit.$id ~~ ids)
                .filter(\.$startsOn <= period.end.iso)
                .group(.or) { $0.filter(\.$startsOn >= period.start.iso).filter(\.$endsOn == nil).filter(\.$endsOn >= period.start.iso) }
                .field(\.$id).field(\.$unit.$id).field(\.$categoryCode).field(\.$startsOn).field(\.$endsOn).field(\.$withdrawnOn)
                .all()
            for item in items { postings[item.$unit.id, default: []].append(item.posting) }
        }
        let rows = communes.items.map { unit in
            Row(unit: unit, statuses: categories.map { DisclosureRules.status(of: $0, postings: postings[unit.id!] ?? [], period: period, today: today) })
        }
        return Grid(period: period, categories: categories, rows: rows, metadata: communes.metadata)
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let user = try req.user
        let period = DemocracyGridController.period(req)
        let grid = try await DemocracyGridController.grid(scopePath: user.scopePath, period: period, page: PageParams(from: req), today: req.clock.today, on: req.db)
        var model = DemocracyPage.Model()
        model.title = "Tình hình công khai thông tin — " + period.label
        model.lead = "Mỗi ô: xã đã công khai loại thông tin đó trong kỳ (Đã công khai), chưa công khai khi kỳ đã qua (Chưa công khai), kỳ chưa kết thúc (Chưa đến hạn), hoặc loại thông tin chỉ công khai khi có quyết định (—)."
        model.links = [("Dân chủ ở cơ sở", DemocracyURL.home)]
        let years: [(value: String, label: String)] = (max(2023, req.clock.today.year - 4)...req.clock.today.year).reversed().map { (String($0), "Năm \($0)") }
        model.filter = DemocracyFilter(action: DemocracyURL.grid, fields: [
            .init(label: "Năm", name: "nam", value: String(period.year), options: years),
            .init(label: "Kỳ", name: "quy", value: period.quarter.map(String.init) ?? "", options: [("", "Cả năm"), ("1", "Quý I"), ("2", "Quý II"), ("3", "Quý III"), ("4", "Quý IV")]),
        ], submit: "Xem")
        var table = DemocracyTable(title: "Các xã, phường × loại thông tin (Điều 11)",
                                   headers: ["Xã, phường"] + grid.categories.map { column($0) } + ["Số loại thiếu"],
                                   empty: "Không có xã, phường nào trong phạm vi.")
        table.rows = grid.rows.map { row in
            [DemocracyCell(row.unit.name, url: DemocracyURL.commune(row.unit.id!))]
                + row.statuses.map { DemocracyCell($0.label, css: $0 == .missing ? "badge" : nil) }
                + [DemocracyCell(String(row.statuses.filter { $0 == .missing }.count))]
        }
        var filters = ["nam": String(period.year), "quy": period.quarter.map(String.init) ?? ""]
        table.pagination = pagination(grid.metadata, base: DemocracyURL.grid, query: &filters)
        let legend = DemocracyTable(title: "Các loại thông tin", headers: ["Cột", "Loại thông tin", "Căn cứ", "Tần suất"], rows: grid.categories.map {
            [DemocracyCell(column($0)), DemocracyCell($0.title), DemocracyCell($0.article), DemocracyCell($0.frequency.label)]
        }, empty: "")
        model.tables = [table, legend]
        model.layout = req.layoutModel
        return HTMLResponse.make(DemocracyPage(model: model).render())
    }

    /// "K2" for Điều 11 khoản 2, "DM" for the quarterly list.
    static func column(_ category: DisclosureCategory) -> String {
        category.code.hasPrefix("d11k") ? "K" + category.code.dropFirst(4) : category.code.uppercased()
    }
}
