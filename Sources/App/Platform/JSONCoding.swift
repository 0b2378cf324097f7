import Vapor

/// The API speaks snake_case; Swift names keep their `ID` suffix (`parent_id` ⇄ `parentID`, `unit_ids` ⇄ `unitIDs`).
enum JSONCoding {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .custom { path in AnyKey(snakeCase(path.last!.stringValue)) }
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
                index == 0 ? String(part) : (part == "id" ? "ID" : part == "ids" ? "IDs" : part.prefix(1).uppercased() + part.dropFirst())
            }.joined()
            return AnyKey(camel)
        }
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// Foundation's snake_case, except that an acronym's plural stays one word: Foundation makes `unitIDs` `unit_i_ds`,
    /// which is not what openapi.json promises.
    static func snakeCase(_ key: String) -> String {
        let characters = Array(key)
        func isPluralS(_ index: Int) -> Bool {
            characters[index] == "s" && (index + 1 == characters.count || !characters[index + 1].isLowercase)
        }
        var result = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let nextIsLowercase = index + 1 < characters.count && characters[index + 1].isLowercase
                // A word starts after a lowercase letter or digit, or at an acronym's last capital when a word follows ("URLString").
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && nextIsLowercase && !isPluralS(index + 1)) {
                    result += "_"
                }
            }
            result += character.lowercased()
        }
        return result
    }

    private struct AnyKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }
}
