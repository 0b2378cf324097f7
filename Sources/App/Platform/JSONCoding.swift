import Vapor

/// The API speaks snake_case; Swift names keep their `ID` suffix (`parent_id` ⇄ `parentID`).
enum JSONCoding {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { path in
            let key = path.last!.stringValue
            let parts = key.split(separator: "_")
            guard parts.count > 1 else { return path.last! }
            let camel = parts.enumerated().map { index, part in
                index == 0 ? String(part) : (part == "id" ? "ID" : part.prefix(1).uppercased() + part.dropFirst())
            }.joined()
            return AnyKey(camel)
        }
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    private struct AnyKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }
}
