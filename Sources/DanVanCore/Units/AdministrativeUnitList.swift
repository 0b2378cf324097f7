import Foundation

/// Đơn vị hành chính — one row of the official list of administrative units.
public struct AdministrativeUnit: Sendable, Equatable {
    public enum Level: String, Sendable, CaseIterable {
        case province, district, commune
    }

    public let code: String
    public let name: String
    /// As written in the official list: tỉnh, thành phố trung ương, huyện, xã, phường, đặc khu.
    public let divisionType: String
    public let parentCode: String?
    public let level: Level

    /// The word that names this unit's tier inside agency names: "tỉnh", "thành phố", "huyện", "quận", "thị xã".
    public var tierWord: String {
        let lowered = name.lowercased()
        for prefix in ["thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "phường", "xã"]
        where lowered.hasPrefix(prefix + " ") {
            return prefix
        }
        return divisionType
    }
}

/// The official list read from CSV (columns code, name, division_type, parent_code, level), checked whole before use.
public struct AdministrativeUnitList: Sendable {
    public static let columns = ["code", "name", "division_type", "parent_code", "level"]
    /// Units ordered so that every parent comes before its children.
    public let units: [AdministrativeUnit]

    public init(csv data: Data) throws(CSVError) {
        let table = try CSVTable(data: data)
        let column = try table.columns(Self.columns)
        var units: [AdministrativeUnit] = []
        var seen = Set<String>()
        for (line, fields) in table.rows {
            guard fields.count >= table.header.count else {
                throw .invalidRow(line: line, reason: "cần \(table.header.count) cột, chỉ có \(fields.count).")
            }
            func value(_ name: String) -> String { fields[column[name]!].trimmingCharacters(in: .whitespaces) }
            let code = value("code")
            let name = value("name")
            guard !code.isEmpty, code.allSatisfy(\.isNumber) else {
                throw .invalidRow(line: line, reason: "mã đơn vị \"\(code)\" phải là dãy chữ số.")
            }
            guard !name.isEmpty else { throw .invalidRow(line: line, reason: "thiếu tên đơn vị.") }
            guard let level = AdministrativeUnit.Level(rawValue: value("level")) else {
                throw .invalidRow(line: line, reason: "cấp \"\(value("level"))\" không hợp lệ (province, district hoặc commune).")
            }
            guard seen.insert(code).inserted else { throw .invalidRow(line: line, reason: "mã \(code) bị trùng.") }
            let parent = value("parent_code")
            if level == .province, !parent.isEmpty {
                throw .invalidRow(line: line, reason: "đơn vị cấp tỉnh không có đơn vị cấp trên.")
            }
            if level != .province, parent.isEmpty {
                throw .invalidRow(line: line, reason: "thiếu mã đơn vị cấp trên.")
            }
            units.append(
                AdministrativeUnit(
                    code: code, name: name, divisionType: value("division_type"),
                    parentCode: parent.isEmpty ? nil : parent, level: level))
        }
        let missingParent = units.first { unit in unit.parentCode.map { !seen.contains($0) } ?? false }
        if let orphan = missingParent {
            throw .invalidRow(line: 0, reason: "đơn vị \(orphan.code) trỏ tới mã cấp trên \(orphan.parentCode!) không có trong tệp.")
        }
        let rank: [AdministrativeUnit.Level: Int] = [.province: 0, .district: 1, .commune: 2]
        self.units = units.enumerated().sorted { (rank[$0.element.level]!, $0.offset) < (rank[$1.element.level]!, $1.offset) }.map(\.element)
    }
}
