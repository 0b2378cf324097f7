import Fluent
import Foundation
import SQLKit
import Testing

@testable import App

/// Issue 11, item 2: the schema the migrations make, on SQLite and on PostgreSQL, compared with a committed file, so a
/// schema change shows up as a reviewed diff. `DANVAN_RECORD_SCHEMA=1 swift test --filter SchemaTests` (and once more
/// with `DANVAN_TEST_DATABASE_URL` set) writes the files anew.
@Suite struct SchemaTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Schema")

    @Test func freshMigrationsMakeTheCommittedSchema() async throws {
        try await withTestApp { app in
            let sql = app.db as! any SQLDatabase
            let (name, dump) =
                TestDatabase.postgresURL == nil ? ("sqlite.schema", try await sqlite(sql)) : ("postgres.schema", try await postgres(sql))
            let file = Self.folder.appendingPathComponent(name)
            if ProcessInfo.processInfo.environment["DANVAN_RECORD_SCHEMA"] == "1" {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try dump.write(to: file, atomically: true, encoding: .utf8)
                return
            }
            let committed = try String(contentsOf: file, encoding: .utf8)
            #expect(dump == committed, "the schema differs from \(name): review the change, then record it (DANVAN_RECORD_SCHEMA=1)")
        }
    }

    private struct SQLiteObject: Decodable {
        let type: String
        let name: String
        let sql: String?
    }

    private func sqlite(_ sql: any SQLDatabase) async throws -> String {
        try await sql.raw("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
            .all(decoding: SQLiteObject.self)
            .map { "\($0.type) \($0.name)\n\($0.sql ?? "")\n" }.joined(separator: "\n")
    }

    private struct Column: Decodable {
        let table: String
        let column: String
        let type: String
        let nullable: String
        let defaultValue: String?
    }

    private struct Index: Decodable {
        let name: String
        let definition: String
    }

    private func postgres(_ sql: any SQLDatabase) async throws -> String {
        let columns = try await sql.raw(
            """
            SELECT table_name AS "table", column_name AS "column", data_type AS "type", is_nullable AS nullable, \
            column_default AS "defaultValue" FROM information_schema.columns WHERE table_schema = current_schema() \
            ORDER BY table_name, ordinal_position
            """
        ).all(decoding: Column.self)
        let indexes = try await sql.raw(
            """
            SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname
            """
        ).all(decoding: Index.self)
        return columns.map {
            "\($0.table).\($0.column) \($0.type)\($0.nullable == "NO" ? " NOT NULL" : "")\($0.defaultValue.map { " DEFAULT \($0)" } ?? "")"
        }
        .joined(separator: "\n") + "\n\n" + indexes.map { "\($0.name): \($0.definition)" }.joined(separator: "\n") + "\n"
    }
}
