import Foundation

/// Writes a table as CSV: UTF-8 with a byte-order mark so spreadsheet programs read Vietnamese right, CRLF lines.
public enum CSVWriter {
    public static func csv(header: [String], rows: [[String]]) -> Data {
        func field(_ raw: String) -> String {
            let value = neutralised(raw)
            return value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
                ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
        }
        let lines = ([header] + rows).map { $0.map(field).joined(separator: ",") }
        return Data(("\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, or a tab or CR before them) gets a
    /// leading apostrophe, so a title typed by one person cannot run in the spreadsheet of another (OWASP CSV injection).
    /// A plain number such as `-5` stays a number.
    public static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(value) == nil else { return value }
        return "'" + value
    }
}
