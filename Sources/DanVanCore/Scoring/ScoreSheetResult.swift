import Foundation

/// The total and class of one unit's sheet under a set: computed here, never in a page.
public struct ScoreResult: Sendable, Equatable {
    public struct GroupScore: Sendable, Equatable {
        public let code: String
        public let text: String
        public let points: Points
        public let maximum: Points
    }

    public let groups: [GroupScore]
    /// Sum of the regular lines.
    public let base: Points
    /// Điểm thưởng counted, after the set's cap.
    public let bonus: Points
    /// Điểm trừ counted, after the set's cap.
    public let deduction: Points
    /// base + bonus − deduction, never below zero.
    public let total: Points
    /// The band's label, or `CriteriaSet.ineligibleLabel`.
    public let classLabel: String
    public let ineligible: Bool
}

public enum ScoreCalculator {
    /// Totals `points` (line code → points; a missing line counts 0) under `set`.
    ///
    /// Bonus lines add up to at most `set.bonusCap`, deduction lines to at most `set.deductionCap`; the total is never
    /// below zero. The class is the first band (highest minimum first) whose minimum the total reaches and whose group
    /// condition holds — a group's share is compared exactly (points × 100 ≥ percent × maximum). An ineligible unit
    /// gets "Không đủ điều kiện xếp loại" whatever its total. No band reached: the lowest band.
    public static func result(_ set: CriteriaSet, points: [String: Points], ineligible: Bool = false) -> ScoreResult {
        let lines = set.lines
        let groupOf = set.groupCodes()
        var groupSums: [String: Points] = [:]
        var bonus = Points.zero
        var deduction = Points.zero
        for line in lines {
            let value = points[line.code] ?? .zero
            switch line.role {
            case .regular: if let group = groupOf[line.code] { groupSums[group, default: .zero] += value }
            case .bonus: bonus += value
            case .deduction: deduction += value
            }
        }
        let groups = set.groups.map {
            ScoreResult.GroupScore(code: $0.code, text: $0.text, points: groupSums[$0.code] ?? .zero, maximum: $0.maxPoints)
        }
        let base = groups.reduce(Points.zero) { $0 + $1.points }
        let countedBonus = min(bonus, set.bonusCap)
        let countedDeduction = min(deduction, set.deductionCap)
        let total = max(.zero, base + countedBonus - countedDeduction)
        let label: String
        if ineligible {
            label = CriteriaSet.ineligibleLabel
        } else {
            let bands = set.bands.sorted { $0.minimum > $1.minimum }
            let reached = bands.first { band in
                guard total >= band.minimum else { return false }
                guard let percent = band.minimumGroupPercent else { return true }
                return groups.allSatisfy { $0.points.hundredths * 100 >= percent * $0.maximum.hundredths }
            }
            label = (reached ?? bands.last)?.label ?? ""
        }
        return ScoreResult(
            groups: groups, base: base, bonus: countedBonus, deduction: countedDeduction, total: total,
            classLabel: label, ineligible: ineligible)
    }
}

/// Which ranking a unit is in: agencies or communes (the two lists a People's Committee announces).
public enum ScoringGroup: String, Sendable, CaseIterable, Codable {
    case agencies = "co_quan"
    case communes = "xa"

    public var label: String {
        switch self {
        case .agencies: return "Cơ quan, đơn vị"
        case .communes: return "Xã, phường, thị trấn"
        }
    }

    /// By the unit's kind (its stored raw value): communes for "xa", agencies otherwise.
    public init(unitKind: String) { self = unitKind == "xa" ? .communes : .agencies }
}

public enum ScoreRanking {
    public struct Entry: Sendable, Equatable {
        public let id: Int
        public let group: ScoringGroup
        public let total: Points
        public let ineligible: Bool
        public init(id: Int, group: ScoringGroup, total: Points, ineligible: Bool = false) {
            self.id = id
            self.group = group
            self.total = total
            self.ineligible = ineligible
        }
    }

    /// Rank within each group by total, highest first; equal totals share a rank and the next rank skips (1, 2, 2, 4).
    /// Ineligible units are not ranked (absent from the result).
    public static func ranks(_ entries: [Entry]) -> [Int: Int] {
        var ranks: [Int: Int] = [:]
        for group in ScoringGroup.allCases {
            let ranked = entries.filter { $0.group == group && !$0.ineligible }.sorted { $0.total > $1.total }
            var previous: Points?
            var rank = 0
            for (index, entry) in ranked.enumerated() {
                if entry.total != previous {
                    rank = index + 1
                    previous = entry.total
                }
                ranks[entry.id] = rank
            }
        }
        return ranks
    }
}
