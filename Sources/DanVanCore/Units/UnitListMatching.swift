import Foundation

/// Which unit already held is which unit of a corrected official list, when codes and names may both have changed.
///
/// Decided from the data only, generation by generation (parents first, so a child's parent is known by its new code):
/// 1. the same name under the same parent (names compared by their words without accents, case, dashes or apostrophes,
///    and only when that name is unique under the parent on both sides): the code may have changed;
/// 2. else the same code under the same parent: the name changed;
/// 3. else nothing: the held unit is reported as unmatched and the list's unit is new. Nothing is guessed.
public enum UnitListMatching {
    /// A unit already held: its code, name and its parent's code (as held).
    public struct Held: Sendable, Equatable {
        public let code: String
        public let name: String
        public let parentCode: String?
        public init(code: String, name: String, parentCode: String?) {
            self.code = code
            self.name = name
            self.parentCode = parentCode
        }
    }

    /// A held unit found in the list under another code or name.
    public struct Correction: Sendable, Equatable, Codable {
        public let oldCode: String
        public let newCode: String
        public let oldName: String
        public let newName: String
        public init(oldCode: String, newCode: String, oldName: String, newName: String) {
            self.oldCode = oldCode
            self.newCode = newCode
            self.oldName = oldName
            self.newName = newName
        }
        public var codeChanged: Bool { oldCode != newCode }
        public var nameChanged: Bool { VietnameseText.nfc(oldName) != VietnameseText.nfc(newName) }
    }

    public struct Result: Sendable, Equatable {
        /// Held units whose code or name differs from the list's (unchanged units are not listed).
        public var corrections: [Correction] = []
        /// Held units under a parent in the list that match no unit of the list: left as they are, for a person to decide.
        public var unmatched: [Held] = []
    }

    /// The words of a name, for comparison: "Xã  Chân Mây – Lăng Cô" and "xã Chân Mây - Lăng Cô" are the same.
    public static func nameKey(_ name: String) -> String {
        VietnameseText.searchKey(name).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    /// Matches `held` units (the administrative units in the database, top-level ones with no parent code) against `list`.
    public static func match(held: [Held], list: [AdministrativeUnit]) -> Result {
        var result = Result()
        var newCodeOf: [String: String] = [:]  // held code → list code, for every matched unit
        // Held units grouped by their parent's held code; the list by parent code.
        let heldByParent = Dictionary(grouping: held, by: { $0.parentCode ?? "" })
        let listByParent = Dictionary(grouping: list, by: { $0.parentCode ?? "" })
        var heldCodeOfListCode: [String: String] = ["": ""]  // list parent code → held parent code
        var pending: [String] = [""]  // list parent codes whose children are to match
        while let listParent = pending.popLast() {
            guard let heldParent = heldCodeOfListCode[listParent] else { continue }
            let children = listByParent[listParent] ?? []
            let candidates = heldByParent[heldParent] ?? []
            var matched: [String: AdministrativeUnit] = [:]  // held code → list unit
            var taken = Set<String>()  // list codes already matched
            let heldKeys = Dictionary(grouping: candidates, by: { nameKey($0.name) })
            let listKeys = Dictionary(grouping: children, by: { nameKey($0.name) })
            for (key, units) in listKeys where units.count == 1 {
                guard let same = heldKeys[key], same.count == 1 else { continue }
                matched[same[0].code] = units[0]
                taken.insert(units[0].code)
            }
            let listByCode = Dictionary(children.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
            for candidate in candidates where matched[candidate.code] == nil {
                if let unit = listByCode[candidate.code], !taken.contains(unit.code) {
                    matched[candidate.code] = unit
                    taken.insert(unit.code)
                } else if listParent != "" {
                    // Top-level units outside the list (other provinces, a ministry) are simply not in this import.
                    result.unmatched.append(candidate)
                }
            }
            for candidate in candidates {
                guard let unit = matched[candidate.code] else { continue }
                newCodeOf[candidate.code] = unit.code
                heldCodeOfListCode[unit.code] = candidate.code
                pending.append(unit.code)
                if candidate.code != unit.code || VietnameseText.nfc(candidate.name) != VietnameseText.nfc(unit.name) {
                    result.corrections.append(Correction(oldCode: candidate.code, newCode: unit.code, oldName: candidate.name, newName: unit.name))
                }
            }
        }
        result.corrections.sort { $0.newCode < $1.newCode }
        result.unmatched.sort { $0.code < $1.code }
        return result
    }
}
