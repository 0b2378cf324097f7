import Foundation

/// The standard agencies under a People's Committee (cơ quan chuyên môn), read from a CSV template
/// with columns structure (2024, 2025 or *), parent_level, suffix, name, kind. `{cấp}` in a name
/// becomes the parent's tier word: "Thanh tra {cấp}" under Thị xã Hương Trà is "Thanh tra thị xã".
public struct AgencyTemplate: Sendable {
    public struct Entry: Sendable, Equatable {
        public let structure: String
        public let parentLevel: AdministrativeUnit.Level
        public let suffix: String
        public let name: String
        public let kind: String
    }

    public static let columns = ["structure", "parent_level", "suffix", "name", "kind"]
    public let entries: [Entry]

    public init(csv data: Data) throws(CSVError) {
        let table = try CSVTable(data: data)
        let column = try table.columns(Self.columns)
        entries = try table.rows.map { (line, fields) throws(CSVError) -> Entry in
            guard fields.count >= table.header.count else { throw .invalidRow(line: line, reason: "thiếu cột.") }
            func value(_ name: String) -> String { fields[column[name]!].trimmingCharacters(in: .whitespaces) }
            guard let level = AdministrativeUnit.Level(rawValue: value("parent_level")) else {
                throw .invalidRow(line: line, reason: "cấp \"\(value("parent_level"))\" không hợp lệ.")
            }
            return Entry(structure: value("structure"), parentLevel: level, suffix: value("suffix"), name: value("name"), kind: value("kind"))
        }
    }

    /// The agencies to create under one administrative unit for a given structure ("2024" or "2025").
    public func agencies(under unit: AdministrativeUnit, structure: String) -> [(code: String, name: String, kind: String)] {
        entries
            .filter { $0.parentLevel == unit.level && ($0.structure == "*" || $0.structure == structure) }
            .map { entry in
                (unit.code + "." + entry.suffix, entry.name.replacingOccurrences(of: "{cấp}", with: unit.tierWord), entry.kind)
            }
    }
}
