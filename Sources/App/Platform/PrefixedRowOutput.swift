import FluentKit
import SQLKit

/// A plain SQL row read as one Fluent model's output, its columns named `prefix + key`: two models from one statement
/// (a join, where both tables have `id`, `name_key` …), filled as if Fluent had fetched them (existing, unchanged, so a
/// later `save` writes only what the caller changes).
struct PrefixedRowOutput: DatabaseOutput {
    let row: any SQLRow
    let prefix: String

    var description: String { "\(prefix)* of \(row)" }

    func schema(_ schema: String) -> any DatabaseOutput { self }
    func contains(_ key: FieldKey) -> Bool { row.contains(column: prefix + key.description) }
    func decodeNil(_ key: FieldKey) throws -> Bool { try row.decodeNil(column: prefix + key.description) }
    func decode<T: Decodable>(_ key: FieldKey, as type: T.Type) throws -> T { try row.decode(column: prefix + key.description, as: T.self) }

    /// `table.key AS prefixkey` for every field of `model`, for the statement's column list.
    static func columns<M: Model>(of model: M.Type, table: String, prefix: String) -> SQLQueryString {
        M.keys.map { "\(ident: table).\(ident: $0.description) AS \(ident: prefix + $0.description)" as SQLQueryString }
            .joined(separator: ", ")
    }
}
