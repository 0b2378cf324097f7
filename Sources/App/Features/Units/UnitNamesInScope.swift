import DanVanCore

/// One subtree's units held in memory, so that a form naming many units (a plan's review page) is resolved without a
/// query per name. Resolves as `UnitChoice` does: an exact code, then a label or name equal to what was typed
/// ("Phòng Tư pháp — Thị xã Hương Trà"), then every typed word found in the name and the parent's name. Given the
/// document's date (`atDate`), a unit created later is not found, and a unit closed by then answers with its successors.
struct UnitNamesInScope {
    private let atDate: UnitsAtDate?
    private let units: [Int: OrgUnit]
    private let parentName: [Int: String]
    private let byCode: [String: Int]
    /// (unit id, folded name, folded "name parent name", the same two keeping diacritics), in the tree's order.
    private let keys: [(id: Int, name: String, withParent: String, written: String, writtenWithParent: String)]

    /// `units` is a subtree; `outside` names parents outside it (the root's parent), by id.
    init(units list: [OrgUnit], outside: [Int: String] = [:], atDate: UnitsAtDate? = nil) {
        self.atDate = atDate
        let sorted = list.sorted { ($0.depth, $0.sortKey) < ($1.depth, $1.sortKey) }
        units = Dictionary(sorted.map { ($0.id!, $0) }, uniquingKeysWith: { first, _ in first })
        var names = outside
        for unit in sorted { names[unit.id!] = unit.name }
        parentName = Dictionary(uniqueKeysWithValues: sorted.compactMap { unit in unit.$parent.id.flatMap { names[$0] }.map { (unit.id!, $0) } })
        byCode = Dictionary(sorted.map { ($0.code, $0.id!) }, uniquingKeysWith: { first, _ in first })
        keys = sorted.map { unit in
            let parent = unit.$parent.id.flatMap { names[$0] } ?? ""
            return (
                unit.id!, unit.nameKey, unit.nameKey + " " + VietnameseText.searchKey(parent),
                Self.writtenKey(unit.name), Self.writtenKey(unit.name + " " + parent)
            )
        }
    }

    /// Lowercased, NFC, diacritics kept, the label's dash and repeated spaces dropped.
    static func writtenKey(_ text: String) -> String {
        VietnameseText.nfc(text).lowercased().replacingOccurrences(of: "—", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// "Phòng Tư pháp — Thị xã Hương Trà".
    func label(of id: Int) -> String {
        guard let unit = units[id] else { return "" }
        return parentName[id].map { unit.name + " — " + $0 } ?? unit.name
    }

    func resolve(_ typed: String) -> UnitChoice.Outcome {
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .none }
        if let id = byCode[text], units[id] != nil { return outcome([id]) }
        // As written first: "Phường Hương Văn" and "Phường Hương Vân" differ only in a diacritic.
        let written = Self.writtenKey(text)
        let key = VietnameseText.searchKey(text.replacingOccurrences(of: "—", with: " "))
        let words = key.split(separator: " ")
        let tries: [((id: Int, name: String, withParent: String, written: String, writtenWithParent: String)) -> Bool] = [
            { $0.writtenWithParent == written }, { $0.written == written }, { $0.withParent == key }, { $0.name == key },
            { entry in words.allSatisfy { entry.withParent.contains($0) } }
        ]
        let exists: (Int) -> Bool = { id in atDate.map { date in units[id].map(date.existed) ?? false } ?? true }
        let found = tries.lazy.map { test in keys.filter { exists($0.id) && test($0) }.map(\.id) }.first { !$0.isEmpty } ?? []
        return outcome(found)
    }

    /// The units found, each standing for its successors when it closed by the document's date.
    private func outcome(_ ids: [Int]) -> UnitChoice.Outcome {
        var found = ids
        if let atDate {
            var seen = Set<Int>()
            found = found.flatMap(atDate.standing).filter { units[$0] != nil && seen.insert($0).inserted }
        }
        switch found.count {
        case 0: return .none
        case 1: return units[found[0]].map(UnitChoice.Outcome.unit) ?? .none
        default:
            return .several(
                found.compactMap { id in
                    units[id].map { UnitChoice.Match(id: id, code: $0.code, name: $0.name, parentName: parentName[id]) }
                })
        }
    }

    /// Several units typed in one field, one per line or separated by ";" (a name may hold commas: "Trung tâm Văn
    /// hóa, Thông tin và Thể thao"); codes may also be separated by commas. Problems name the field.
    func resolveList(_ text: String, field: String, problems: inout [String]) -> [Int] {
        var ids: [Int] = []
        for part in text.split(whereSeparator: { $0 == ";" || $0.isNewline }).map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            let pieces = part.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
            let typed = pieces.count > 1 && pieces.allSatisfy { byCode[$0] != nil } ? pieces : [part]
            for name in typed {
                let outcome = resolve(name)
                if case .unit(let unit) = outcome {
                    if !ids.contains(unit.id!) { ids.append(unit.id!) }
                } else if let problem = UnitChoice.problem(outcome, typed: name) {
                    problems.append("\(field): \(problem)")
                }
            }
        }
        return ids
    }
}
