import Foundation

/// Matches a unit name written in a plan ("Phòng Nội vụ", "Chủ tịch UBND các xã, phường") to units of the
/// organization tree, relative to the plan's issuer: names are looked up in the issuer's subtree first,
/// collective phrases ("các cơ quan, đơn vị", "các xã, phường") expand to every unit of that kind under the
/// issuer, and anything that is not one clear answer is reported as ambiguous or unknown, never guessed.
public struct UnitNameMatcher: Sendable {
    /// A unit as the matcher needs it.
    public struct Candidate: Sendable, Equatable {
        public let id: Int
        public let name: String
        public let kind: String
        public let parentID: Int?
        public let depth: Int

        public init(id: Int, name: String, kind: String, parentID: Int?, depth: Int) {
            self.id = id
            self.name = name
            self.kind = kind
            self.parentID = parentID
            self.depth = depth
        }
    }

    /// What a written name refers to.
    public enum Match: Sendable, Equatable {
        case unit(Int)
        /// Every unit of a kind under the issuer, e.g. all communes for "UBND các xã, phường".
        case collective([Int], label: String)
        case ambiguous([Int])
        case unknown
    }

    /// Unit kinds a collective phrase names (kinds as stored: tinh, so_ban_nganh, huyen, phong, xa, don_vi_su_nghiep, mttq_doan_the).
    static let collectives: [(words: [String], kinds: Set<String>, label: String)] = [
        (["xa", "phuong", "thi tran", "dac khu"], ["xa"], "các xã, phường, thị trấn"),
        (["so", "ban", "nganh"], ["so_ban_nganh"], "các sở, ban, ngành"),
        (["huyen", "thanh pho", "thi xa", "quan"], ["huyen"], "các huyện, thị xã, thành phố"),
        (["phong", "ban"], ["phong"], "các phòng, ban"),
        (["co quan", "don vi"], ["so_ban_nganh", "phong", "don_vi_su_nghiep"], "các cơ quan, đơn vị")
    ]

    /// Words that name a tier and may follow a unit's own name in a plan ("Thanh tra thị xã", "Phòng Nội vụ huyện").
    static let tierWords = ["thi xa", "thanh pho", "huyen", "quan", "tinh", "xa", "phuong", "thi tran"]

    /// Leading role words: "Chủ tịch UBND các xã" is about the communes, "Thủ trưởng các cơ quan" about the agencies.
    static let roleWords = ["chu tich", "pho chu tich", "thu truong", "giam doc", "truong", "lanh dao", "nguoi dung dau"]

    private let issuerID: Int
    private let byKey: [String: [Candidate]]
    private let children: [Int: [Candidate]]
    private let subtree: [Candidate]

    /// `candidates` are the issuer's subtree (issuer included).
    public init(issuerID: Int, candidates: [Candidate]) {
        self.issuerID = issuerID
        var byKey: [String: [Candidate]] = [:]
        var children: [Int: [Candidate]] = [:]
        for candidate in candidates {
            byKey[Self.key(candidate.name), default: []].append(candidate)
            if let parent = candidate.parentID { children[parent, default: []].append(candidate) }
        }
        self.byKey = byKey
        self.children = children
        self.subtree = candidates
    }

    /// Lowercase, no diacritics, punctuation as spaces, single spaces; "UBND"/"Ủy ban nhân dân" spelled one way.
    public static func key(_ name: String) -> String {
        let folded = VietnameseText.fold(name).map { $0.isLetter || $0.isNumber ? $0 : " " }
        let words = String(folded).split(separator: " ").filter { $0 != "va" }.joined(separator: " ")
        return words.replacingOccurrences(of: "uy ban nhan dan", with: "ubnd")
    }

    public func match(_ written: String) -> Match {
        var key = Self.key(written)
        for role in Self.roleWords where key.hasPrefix(role + " ") {
            key = String(key.dropFirst(role.count + 1))
            break
        }
        if let collective = collective(key) { return collective }
        if key.hasPrefix("ubnd ") {
            // "UBND thị xã Hương Trà" names the People's Committee, i.e. the administrative unit itself.
            let rest = String(key.dropFirst(5))
            let found = single(rest)
            if found != .unknown { return found }
            // "UBND huyện, thành phố": a plural written without "các".
            if let plural = collective(phrase: rest) { return plural }
        }
        return single(key)
    }

    private func single(_ key: String) -> Match {
        if let found = unique(byKey[key]) { return found }
        // "Thanh tra thị xã", "Phòng Nội vụ huyện": the unit's own name followed by a tier word.
        for tier in Self.tierWords where key.hasSuffix(" " + tier) {
            if let found = unique(byKey[String(key.dropLast(tier.count + 1))]) { return found }
        }
        // The written name without the tier word the unit's name carries ("Văn phòng HĐND và UBND" vs "... thị xã").
        for tier in Self.tierWords {
            if let found = unique(byKey[key + " " + tier]) { return found }
        }
        return .unknown
    }

    /// One candidate: the unit; several: the one closest to the issuer if only one is, else ambiguous.
    private func unique(_ found: [Candidate]?) -> Match? {
        guard let found, !found.isEmpty else { return nil }
        if found.count == 1 { return .unit(found[0].id) }
        let shallowest = found.map(\.depth).min()!
        let closest = found.filter { $0.depth == shallowest }
        return closest.count == 1 ? .unit(closest[0].id) : .ambiguous(found.map(\.id))
    }

    private func collective(_ key: String) -> Match? {
        guard let range = key.range(of: "cac "), range.lowerBound == key.startIndex || key[key.index(before: range.lowerBound)] == " " else {
            return nil
        }
        return collective(phrase: String(key[range.upperBound...]))
    }

    /// "xa phuong", "so ban nganh", "huyen thanh pho": the kinds a list of tier words names.
    private func collective(phrase: String) -> Match? {
        let listed = Self.collectives.filter { entry in entry.words.contains { phrase.hasPrefix($0) || phrase.hasPrefix("ubnd " + $0) } }
        guard phrase.split(separator: " ").count >= 2 || phrase.hasPrefix("co quan") else { return nil }
        for entry in listed {
            let ids = units(ofKinds: entry.kinds)
            return ids.isEmpty ? .unknown : .collective(ids, label: entry.label)
        }
        return nil
    }

    /// Units of these kinds whose nearest administrative ancestor is the issuer (not deeper districts' own agencies).
    private func units(ofKinds kinds: Set<String>) -> [Int] {
        var result: [Int] = []
        var queue = children[issuerID] ?? []
        while !queue.isEmpty {
            let unit = queue.removeFirst()
            if kinds.contains(unit.kind) { result.append(unit.id) }
            // An administrative unit's own agencies belong to it, not to the issuer: stop there.
            if !["tinh", "huyen", "xa"].contains(unit.kind) { queue += children[unit.id] ?? [] }
        }
        return result
    }
}
