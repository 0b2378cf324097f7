import Foundation

/// Writes a table as CSV: UTF-8 with a byte-order mark so spreadsheet programs read Vietnamese right, CRLF lines.
public enum CSVWriter {
    public static func csv(header: [String], rows: [[String]]) -> Data {
        func field(_ value: String) -> String {
            value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
        }
        let lines = ([header] + rows).map { $0.map(field).joined(separator: ",") }
        return Data(("\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n").utf8)
    }
}
