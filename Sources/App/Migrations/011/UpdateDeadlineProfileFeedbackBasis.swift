import Fluent
import SQLKit

/// Kiến nghị and phản ánh were given Nghị định 20/2008/NĐ-CP as the basis of their resolution limit, but that decree covers
/// only feedback on administrative regulations. Where the version in force still cites it, this adds the next version with
/// the same days marked as a system default without a legal basis; stored versions, and the cases that use them, stay as they are.
/// It carries its own values and column names, so later changes to the live defaults cannot change what it did.
struct UpdateDeadlineProfileFeedbackBasis: AsyncMigration {
    static let oldCitation = "Nghị định 20/2008/NĐ-CP"
    static let newCitation =
        "Mặc định của hệ thống, chưa có căn cứ pháp lý (Nghị định 20/2008/NĐ-CP chỉ áp dụng cho phản ánh, kiến nghị về quy định hành chính)"
    static let note =
        """
        Bỏ căn cứ Nghị định 20/2008/NĐ-CP (chỉ áp dụng cho phản ánh, kiến nghị về quy định hành chính); thời hạn giải quyết là mặc định, Thanh\
         tra cần xác nhận
        """

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for kind in ["kien_nghi", "phan_anh"] {
            guard
                let row = try await sql.select().column("*").from("deadline_profiles")
                    .where("kind", .equal, kind).where("instance", .equal, "lan_dau")
                    .orderBy("version", .descending).limit(1).first()
            else { continue }
            guard try row.decode(column: "resolve_citation", as: String.self) == Self.oldCitation else { continue }
            let version = try row.decode(column: "version", as: Int.self)
            let code = try row.decode(column: "code", as: String.self)
            let base = code.hasSuffix("-v\(version)") ? String(code.dropLast("-v\(version)".count)) : code
            var columns = ["code", "kind", "instance", "version"]
            var values: [any SQLExpression] = [SQLBind(base + "-v\(version + 1)"), SQLBind(kind), SQLBind("lan_dau"), SQLBind(version + 1)]
            for step in ["accept", "resolve"] {
                for suffix in ["_days", "_complex_days", "_remote_days", "_remote_complex_days"] {
                    columns.append(step + suffix)
                    values.append(SQLBind(try row.decode(column: step + suffix, as: Int.self)))
                }
                columns.append(step + "_counting")
                values.append(SQLBind(try row.decode(column: step + "_counting", as: String.self)))
                let citation = try row.decode(column: step + "_citation", as: String.self)
                columns.append(step + "_citation")
                values.append(SQLBind(step == "resolve" ? Self.newCitation : citation))
                let confirmed = try row.decode(column: step + "_confirmed", as: Bool.self)
                columns.append(step + "_confirmed")
                values.append(SQLBind(step == "resolve" ? false : confirmed))
            }
            for column in ["extension_max_count", "extension_days"] {
                columns.append(column)
                values.append(SQLBind(try row.decode(column: column, as: Int.self)))
            }
            columns.append("extension_citation")
            values.append(SQLBind(try row.decode(column: "extension_citation", as: String.self)))
            columns += ["note", "created_by"]
            values += [SQLBind(Self.note), SQLBind("he-thong")]
            try await sql.insert(into: "deadline_profiles").columns(columns).values(values).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.delete(from: "deadline_profiles").where("note", .equal, Self.note).run()
    }
}
