import SQLKit
import Testing

@testable import App

/// `UnitQuery.pathUnder`: the subtree condition must hold exactly the paths that start with the prefix, on either
/// database (a range on SQLite, `LIKE` on PostgreSQL).
@Suite struct SubtreePathTests {
    @Test func aPrefixHoldsItsDescendantsAndNothingElse() async throws {
        try await withTestApp { app in
            let sql = app.db as! any SQLDatabase
            let cases: [(path: String, under: String, expected: Bool)] = [
                ("/26/", "/26/", true), ("/26/271/", "/26/", true), ("/26/271/10000/", "/26/271/", true),
                ("/260/", "/26/", false), ("/2/", "/26/", false), ("/27/", "/26/", false), ("/25/9/", "/26/", false),
                ("/26", "/26/", false), ("/26/271/", "/", true), ("/260/1/", "/26/271/", false)
            ]
            struct Answer: Decodable { let n: Int }
            for (path, under, expected) in cases {
                var statement = SQLQueryString("SELECT CASE WHEN ")
                statement += UnitQuery.pathUnder(under, column: "p.path", on: sql)
                statement += " THEN 1 ELSE 0 END AS n FROM (SELECT CAST(\(bind: path) AS TEXT) AS path) p"
                let answer = try await sql.raw(statement).first(decoding: Answer.self)?.n
                #expect(answer == (expected ? 1 : 0), "\(path) under \(under)")
            }
        }
    }
}
