import Foundation

/// The official conversion table of the 2025 reorganisation (Bảng chuyển đổi ĐVHC mới – cũ): one row per
/// (old commune, new commune) pair, with columns old_code, old_district_code, old_province_code, new_code,
/// new_province_code, merge (`whole`: the whole old commune went into the new one; `partial`: part of it did).
public struct ConversionTable: Sendable {
    public struct Pair: Sendable, Equatable {
        public let oldCode: String
        public let oldDistrictCode: String
        public let oldProvinceCode: String
        public let newCode: String
        public let newProvinceCode: String
        public let whole: Bool
        /// The 1-based line of the file the pair is on, for error messages.
        public let line: Int

        public init(
            oldCode: String, oldDistrictCode: String, oldProvinceCode: String, newCode: String, newProvinceCode: String, whole: Bool, line: Int
        ) {
            self.oldCode = oldCode
            self.oldDistrictCode = oldDistrictCode
            self.oldProvinceCode = oldProvinceCode
            self.newCode = newCode
            self.newProvinceCode = newProvinceCode
            self.whole = whole
            self.line = line
        }
    }

    public static let columns = ["old_code", "old_district_code", "old_province_code", "new_code", "new_province_code", "merge"]
    public let pairs: [Pair]

    public init(pairs: [Pair]) { self.pairs = pairs }

    public init(csv data: Data) throws(CSVError) {
        let table = try CSVTable(data: data)
        let column = try table.columns(Self.columns)
        pairs = try table.rows.map { (line, fields) throws(CSVError) -> Pair in
            guard fields.count >= table.header.count else {
                throw .invalidRow(line: line, reason: "cần \(table.header.count) cột, chỉ có \(fields.count).")
            }
            func value(_ name: String) -> String { fields[column[name]!].trimmingCharacters(in: .whitespaces) }
            for name in ["old_code", "new_code"] where value(name).isEmpty || !value(name).allSatisfy(\.isNumber) {
                throw .invalidRow(line: line, reason: "mã \"\(value(name))\" ở cột \(name) phải là dãy chữ số.")
            }
            guard ["whole", "partial"].contains(value("merge")) else {
                throw .invalidRow(line: line, reason: "cột merge phải là whole hoặc partial, không phải \"\(value("merge"))\".")
            }
            return Pair(
                oldCode: value("old_code"), oldDistrictCode: value("old_district_code"), oldProvinceCode: value("old_province_code"),
                newCode: value("new_code"), newProvinceCode: value("new_province_code"), whole: value("merge") == "whole", line: line)
        }
    }
}
