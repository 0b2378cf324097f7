import SQLKit

extension SQLDatabase {
    /// The number a `SELECT COUNT(…) AS n …` statement returns.
    func count(_ statement: SQLQueryString) async throws -> Int {
        try await raw(statement).first(decoding: CountRow.self)?.n ?? 0
    }
}

/// The one column of a count statement.
private struct CountRow: Decodable { let n: Int }
