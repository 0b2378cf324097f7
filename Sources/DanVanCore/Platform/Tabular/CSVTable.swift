import Foundation

/// A UTF-8 CSV file read into a header and rows (RFC 4180: quoted fields, doubled quotes, CRLF).
public struct CSVTable: Sendable, Equatable {
    public let header: [String]
    /// Each row with the 1-based line number it starts on, for error messages.
    public let rows: [(line: Int, fields: [String])]

    public static func == (lhs: CSVTable, rhs: CSVTable) -> Bool {
        lhs.header == rhs.header && lhs.rows.map(\.fields) == rhs.rows.map(\.fields)
    }

    /// Fails with `notUTF8` or `empty`; a BOM is dropped; text is NFC-normalized.
    public init(data: Data) throws(CSVError) {
        guard var text = String(data: data, encoding: .utf8) else { throw .notUTF8 }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var records = CSVTable.parse(VietnameseText.nfc(text))
        records.removeAll { $0.fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        guard let first = records.first else { throw .empty }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        rows = Array(records.dropFirst())
    }

    /// Checks that the header holds these columns, in any order, and returns their positions.
    public func columns(_ required: [String]) throws(CSVError) -> [String: Int] {
        try Self.positions(of: required, in: header)
    }

    /// The positions of `required` in `header` (lowercased names), for tables read from other files too.
    public static func positions(of required: [String], in header: [String]) throws(CSVError) -> [String: Int] {
        let missing = required.filter { !header.contains($0) }
        guard missing.isEmpty else { throw .missingColumns(missing, found: header) }
        var positions: [String: Int] = [:]
        for name in required { positions[name] = header.firstIndex(of: name)! }
        return positions
    }

    private static func parse(_ text: String) -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending {
                pending = nil
                return scalar
            }
            return iterator.next()
        }
        while let scalar = next() {
            if inQuotes {
                if scalar == "\"" {
                    if let following = next() {
                        if following == "\"" {
                            field.unicodeScalars.append("\"")
                        } else {
                            inQuotes = false
                            pending = following
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": inQuotes = true
            case ",":
                fields.append(field)
                field = ""
            case "\r": break
            case "\n":
                fields.append(field)
                records.append((recordLine, fields))
                fields = []
                field = ""
                line += 1
                recordLine = line
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append((recordLine, fields))
        }
        return records
    }
}

/// Why a CSV file could not be used; each case has a stable code and a Vietnamese message.
public enum CSVError: Error, Equatable, Sendable {
    case notUTF8
    case empty
    case missingColumns([String], found: [String])
    case invalidRow(line: Int, reason: String)

    public var code: String {
        switch self {
        case .notUTF8: return "csv_not_utf8"
        case .empty: return "csv_empty"
        case .missingColumns: return "csv_wrong_columns"
        case .invalidRow: return "csv_invalid_row"
        }
    }

    public var message: String {
        switch self {
        case .notUTF8:
            return "Tệp không phải văn bản UTF-8. Hãy lưu lại tệp CSV với mã hóa UTF-8 rồi nhập lại."
        case .empty:
            return "Tệp CSV trống."
        case .missingColumns(let missing, let found):
            return "Tệp CSV thiếu cột: \(missing.joined(separator: ", ")). Các cột đang có: \(found.joined(separator: ", "))."
        case .invalidRow(let line, let reason):
            return "Dòng \(line): \(reason)"
        }
    }
}
