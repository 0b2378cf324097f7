import Fluent
import SQLKit

extension Database {
    /// CREATE INDEX, which Fluent's schema builder lacks; SQLKit speaks both dialects.
    func createIndex(on table: String, _ columns: String...) async throws {
        guard let sql = self as? any SQLDatabase else { return }
        var builder = sql.create(index: "idx_\(table)_\(columns.joined(separator: "_"))").on(table)
        for column in columns { builder = builder.column(column) }
        try await builder.run()
    }
}
