import DanVanCore
import Fluent
import SQLKit
import Vapor
import Views

/// Tình hình công khai — communes of a subtree × categories: what each commune has not published in a period.
/// Two statements per page whatever the number of communes: the page of communes, then what their items cover in the
/// period, reduced by the database (`coverage`).
enum DemocracyGridController {
    struct Row: Sendable {
        let unitID: Int
        let name: String
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

    static func grid(scopePath: String, period: DisclosureRules.Period, page: PageParams, today: CivilDate, on db: any Database) async throws -> Grid
    {
        let categories = try await DemocracyService.categories(under: scopePath, on: db).filter { $0.scope == "xa" }
        let (communes, metadata) = try await Self.communes(scopePath: scopePath, page: page, on: db as! any SQLDatabase)
        let permanent = categories.filter { $0.frequency == .permanent }.map(\.code)
        let coverage = try await Self.coverage(units: communes.map(\.id), permanentCategories: permanent, period: period, today: today, on: db)
        let rows = communes.map { commune in
            Row(
                unitID: commune.id, name: commune.name,
                statuses: categories.map {
                    DisclosureRules.status(
                        of: $0, coverage: coverage[Key(unit: commune.id, category: $0.code)] ?? .init(), period: period, today: today)
                })
        }
        return Grid(period: period, categories: categories, rows: rows, metadata: metadata)
    }

    struct Commune: Decodable {
        let id: Int
        let name: String
    }

    /// One page of the open communes under `scopePath`, by name: two plain statements on the index of `units.path`.
    static func communes(scopePath: String, page: PageParams, on sql: any SQLDatabase) async throws -> ([Commune], PageMetadata) {
        var condition = SQLQueryString("kind = \(bind: UnitKind.commune.rawValue) AND active_until IS NULL AND ")
        condition += UnitQuery.pathUnder(scopePath, on: sql)
        var count = SQLQueryString("SELECT COUNT(*) AS n FROM units WHERE ")
        count += condition
        var list = SQLQueryString("SELECT id, name FROM units WHERE ")
        list += condition
        list += " ORDER BY sort_key, id LIMIT \(bind: page.per) OFFSET \(bind: page.offset)"
        let total = try await sql.count(count)
        let communes = try await sql.raw(list).all(decoding: Commune.self)
        return (communes, PageMetadata(page: page.page, per: page.per, total: total))
    }

    struct Key: Hashable {
        let unit: Int
        let category: String
    }

    /// What the items of `units` cover in `period`, per commune and category (`DisclosureRules.Coverage`), reduced by
    /// the database to one row per commune and category, never the items: the months with an item as bits of one
    /// number (a sum of distinct powers of two is their OR, which SQLite has no aggregate for), and whether one is
    /// posted on the check day. The conditions mirror `DisclosureRules.countsForWindow` and `Posting.isPosted(on:)`;
    /// the status itself is decided by `DisclosureRules.status(of:coverage:…)`. Items posted before the period count
    /// only for permanent categories (posted on the check day), the only ones the rule asks that of.
    static func coverage(
        units: [Int], permanentCategories: [String], period: DisclosureRules.Period, today: CivilDate,
        on db: any Database
    ) async throws -> [Key: DisclosureRules.Coverage] {
        guard !units.isEmpty else { return [:] }
        return try await coverage(
            unitFilter: "unit_id IN (\(binds: units))", permanentCategories: permanentCategories, period: period, today: today, on: db)
    }

    /// The same for the units `unitFilter` selects (a condition on `unit_id`, e.g. a subquery on a subtree), so the
    /// yearly figures of a whole province are reduced by the database too.
    static func coverage(
        unitFilter: SQLQueryString, permanentCategories: [String], period: DisclosureRules.Period, today: CivilDate,
        on db: any Database
    ) async throws -> [Key: DisclosureRules.Coverage] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        let start = period.start.iso
        let end = period.end.iso
        let day = DisclosureRules.checkDay(period: period, today: today).iso
        struct CoverageRow: Decodable {
            let unit_id: Int
            let category_code: String
            let months: Int
            let posted: Int
        }
        var query = SQLQueryString(
            """
            SELECT unit_id, category_code, \
            CAST(SUM(DISTINCT CASE WHEN withdrawn_on IS NULL OR withdrawn_on <> starts_on \
            THEN 1 << CAST(substr(starts_on, 6, 2) AS INTEGER) ELSE 0 END) AS BIGINT) AS months, \
            MAX(CASE WHEN starts_on <= \(bind: day) AND (ends_on IS NULL OR ends_on >= \(bind: day)) \
            AND (withdrawn_on IS NULL OR withdrawn_on > \(bind: day)) THEN 1 ELSE 0 END) AS posted \
            FROM disclosure_items WHERE \(unitFilter) AND starts_on >= \(bind: start) AND starts_on <= \(bind: end) \
            GROUP BY unit_id, category_code
            """)
        if !permanentCategories.isEmpty {
            query += " UNION ALL "
            query += SQLQueryString(
                """
                SELECT unit_id, category_code, CAST(0 AS BIGINT) AS months, 1 AS posted FROM disclosure_items \
                WHERE \(unitFilter) AND category_code IN (\(binds: permanentCategories)) AND starts_on < \(bind: start) \
                AND (ends_on IS NULL OR ends_on >= \(bind: day)) AND (withdrawn_on IS NULL OR withdrawn_on > \(bind: day)) \
                GROUP BY unit_id, category_code
                """)
        }
        var result: [Key: DisclosureRules.Coverage] = [:]
        for row in try await sql.raw(query).all(decoding: CoverageRow.self) {
            let key = Key(unit: row.unit_id, category: row.category_code)
            var coverage = result[key] ?? .init()
            for month in 1...12 where row.months & (1 << month) != 0 { coverage.months.insert(month) }
            if row.posted > 0 { coverage.postedOnCheckDay = true }
            result[key] = coverage
        }
        return result
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let user = try req.user
        let period = DemocracyGridController.period(req)
        let grid = try await DemocracyGridController.grid(
            scopePath: user.scopePath, period: period, page: PageParams(from: req), today: req.clock.today, on: req.db)
        var model = DemocracyPage.Model()
        model.title = L10n.Democracy.tinhHinhCongKhaiThongTin + period.label
        model.lead = L10n.Democracy.moiOXaDaCongKhai
        model.links = [(L10n.Democracy.danChuOCoSo, SiteURL.democracy.path)]
        let years: [(value: String, label: String)] = (max(2023, req.clock.today.year - 4)...req.clock.today.year).reversed().map {
            (String($0), L10n.Democracy.namSo($0))
        }
        model.filter = DemocracyFilter(
            action: SiteURL.democracyGrid.path,
            fields: [
                .init(label: L10n.Democracy.nam, name: "nam", value: String(period.year), options: years),
                .init(
                    label: L10n.Democracy.ky, name: "quy", value: period.quarter.map(String.init) ?? "",
                    options: [
                        ("", L10n.Democracy.caNam), ("1", L10n.Democracy.quyI), ("2", L10n.Democracy.quyIi), ("3", L10n.Democracy.quyIii),
                        ("4", L10n.Democracy.quyIv)
                    ])
            ], submit: "Xem")
        var table = DemocracyTable(
            title: L10n.Democracy.cacXaPhuongLoaiThongTin,
            headers: [L10n.Democracy.xaPhuong] + grid.categories.map { column($0) } + [L10n.Democracy.soLoaiThieu],
            empty: L10n.Democracy.khongCoXaPhuongNaoTrong)
        table.rows = grid.rows.map { row in
            [DemocracyCell(row.name, url: SiteURL.democracyCommune(.value(row.unitID)).path)]
                + row.statuses.map { DemocracyCell($0.label, css: $0 == .missing ? "badge" : nil) }
                + [DemocracyCell(String(row.statuses.filter { $0 == .missing }.count))]
        }
        var filters = ["nam": String(period.year), "quy": period.quarter.map(String.init) ?? ""]
        table.pagination = pagination(grid.metadata, base: SiteURL.democracyGrid.path, query: &filters)
        let legend = DemocracyTable(
            title: L10n.Democracy.cacLoaiThongTin,
            headers: [L10n.Democracy.cot, L10n.Democracy.loaiThongTin, L10n.Democracy.canCu, L10n.Democracy.tanSuat],
            rows: grid.categories.map {
                [DemocracyCell(column($0)), DemocracyCell($0.title), DemocracyCell($0.article), DemocracyCell($0.frequency.label)]
            }, empty: "")
        model.tables = [table, legend]
        return DemocracyController.render(req, model)
    }

    /// "K2" for Điều 11 khoản 2, "DM" for the quarterly list.
    static func column(_ category: DisclosureCategory) -> String {
        category.code.hasPrefix("d11k") ? "K" + category.code.dropFirst(4) : category.code.uppercased()
    }
}
