import Foundation

/// How a line of a criteria set is scored.
public enum ScoringKind: String, Codable, Sendable, CaseIterable {
    /// Đạt / không đạt: the full points or none.
    case yesNo = "co_khong"
    /// A scale of levels, each worth its points (e.g. "Tốt" 5, "Khá" 3, "Chưa đạt" 0).
    case levels = "muc"
    /// A number (e.g. how many dialogues were held) converted to points by thresholds.
    case thresholds = "nguong"
    /// A rate DanVan computes from its own records (e.g. periodic reports sent on time), as a share of the maximum
    /// or through thresholds when the set gives some.
    case computedRate = "ty_le_tinh"

    public var label: String {
        switch self {
        case .yesNo: return "Đạt / không đạt"
        case .levels: return "Theo mức"
        case .thresholds: return "Quy đổi số liệu theo ngưỡng"
        case .computedRate: return "Tỷ lệ tính từ dữ liệu DanVan"
        }
    }
}

/// A line's part in the total: ordinary points, điểm thưởng (added, capped) or điểm trừ (subtracted, capped).
public enum LineRole: String, Codable, Sendable, CaseIterable {
    case regular = "thuong_xuyen"
    case bonus = "diem_thuong"
    case deduction = "diem_tru"

    public var label: String {
        switch self {
        case .regular: return "Tiêu chí"
        case .bonus: return "Điểm thưởng"
        case .deduction: return "Điểm trừ"
        }
    }
}

/// The records DanVan can compute a line from: a rate, or a count of records.
public enum ComputedSource: String, Codable, Sendable, CaseIterable {
    /// Tỷ lệ báo cáo định kỳ nộp đúng hạn: report requests of the year sent on time over those due in the year.
    case reportsOnTime = "bao_cao_dung_han"
    /// Số mô hình, điển hình "Dân vận khéo" the unit and the units under it registered in the year (a count).
    case exemplarsRegistered = "dvk_dang_ky"
    /// Số mô hình, điển hình "Dân vận khéo" of the unit and the units under it recognised by a decision dated in the year.
    case exemplarsRecognised = "dvk_cong_nhan"
    /// Tỷ lệ thông tin công khai đúng hạn (dân chủ ở cơ sở): items the unit's communes published in the year within the
    /// time limit of Luật 10/2022/QH15, Điều 12 khoản 3, over all items they published in it (`DemocracyFigures.onTimeRate`).
    case disclosureOnTime = "dccs_cong_khai_dung_han"
    /// Tỷ lệ hài lòng (Luật 10/2022/QH15, Điều 35 khoản 2 điểm a): ratings of 4–5 points left in the year for the unit's
    /// communes over all ratings left for them (`DemocracyFigures.satisfactionRate`).
    case satisfactionRate = "ty_le_hai_long"

    public var label: String {
        switch self {
        case .reportsOnTime: return "Tỷ lệ báo cáo định kỳ nộp đúng hạn"
        case .exemplarsRegistered: return "Số mô hình “Dân vận khéo” đăng ký trong năm (cả đơn vị trực thuộc)"
        case .exemplarsRecognised: return "Số mô hình “Dân vận khéo” được công nhận trong năm (cả đơn vị trực thuộc)"
        case .disclosureOnTime: return "Tỷ lệ thông tin công khai đúng hạn trong năm (dân chủ ở cơ sở, cả đơn vị trực thuộc)"
        case .satisfactionRate: return "Tỷ lệ người dân hài lòng trong năm (Điều 35 Luật 10/2022/QH15, cả đơn vị trực thuộc)"
        }
    }

    /// A number of records rather than a rate: scored by `LineRule.points(forCount:line:)`.
    public var isCount: Bool { ![.reportsOnTime, .disclosureOnTime, .satisfactionRate].contains(self) }
}

/// One rung of a levels scale.
public struct ScoreLevel: Codable, Sendable, Equatable {
    public var label: String
    public var points: Points
    public init(_ label: String, _ points: Points) {
        self.label = label
        self.points = points
    }
}

/// "From `minimum` upwards: `points`" — the highest minimum not above the value wins.
public struct Threshold: Codable, Sendable, Equatable {
    public var minimum: Double
    public var points: Points
    public init(_ minimum: Double, _ points: Points) {
        self.minimum = minimum
        self.points = points
    }
}

/// A node of a criteria set: nhóm tiêu chí (depth 1), tiêu chí (2), tiêu chí thành phần (3). Only leaves are scored.
public struct CriterionNode: Codable, Sendable, Equatable {
    /// "1", "1.2", "1.2.a", "T1" for a bonus line, "TR1" for a deduction line.
    public var code: String
    /// The parent's code; nil for a group and for bonus and deduction lines.
    public var parentCode: String?
    public var text: String
    public var maxPoints: Points
    public var kind: ScoringKind
    public var role: LineRole
    public var levels: [ScoreLevel]
    public var thresholds: [Threshold]
    public var source: ComputedSource?
    /// Tài liệu kiểm chứng required for the line; empty when none is named.
    public var evidence: String

    public init(
        code: String, parentCode: String? = nil, text: String, maxPoints: Points, kind: ScoringKind = .levels,
        role: LineRole = .regular, levels: [ScoreLevel] = [], thresholds: [Threshold] = [],
        source: ComputedSource? = nil, evidence: String = ""
    ) {
        self.code = code
        self.parentCode = parentCode
        self.text = text
        self.maxPoints = maxPoints
        self.kind = kind
        self.role = role
        self.levels = levels
        self.thresholds = thresholds
        self.source = source
        self.evidence = evidence
    }
}

/// A classification band: label, minimum total and its extra conditions. Bands are tried from the highest minimum down;
/// the first one whose minimum is reached and whose conditions hold is the unit's class.
public struct ClassificationBand: Codable, Sendable, Equatable {
    public var label: String
    public var minimum: Points
    /// "Không có nhóm tiêu chí nào dưới N% điểm tối đa của nhóm" (50 = no group below half its maximum); nil when none.
    public var minimumGroupPercent: Int?

    public init(_ label: String, minimum: Points, minimumGroupPercent: Int? = nil) {
        self.label = label
        self.minimum = minimum
        self.minimumGroupPercent = minimumGroupPercent
    }
}

/// Bộ tiêu chí: the tree, its bonus and deduction lines with their caps, and its bands.
public struct CriteriaSet: Codable, Sendable, Equatable {
    public var nodes: [CriterionNode]
    /// Most điểm thưởng counted in a total, whatever the bonus lines add up to.
    public var bonusCap: Points
    /// Most điểm trừ counted in a total.
    public var deductionCap: Points
    public var bands: [ClassificationBand]
    /// The class of a unit that is not eligible (e.g. a disciplinary case in the year).
    public static let ineligibleLabel = "Không đủ điều kiện xếp loại"

    public init(nodes: [CriterionNode], bonusCap: Points = .zero, deductionCap: Points = .zero, bands: [ClassificationBand]) {
        self.nodes = nodes
        self.bonusCap = bonusCap
        self.deductionCap = deductionCap
        self.bands = bands
    }

    /// Criterion groups, in order.
    public var groups: [CriterionNode] { nodes.filter { $0.parentCode == nil && $0.role == .regular } }

    /// Scored lines: leaves of the tree, then bonus and deduction lines.
    public var lines: [CriterionNode] {
        let parents = Set(nodes.compactMap(\.parentCode))
        return nodes.filter { !parents.contains($0.code) }
    }

    /// The group a node belongs to (itself for a group); nil for bonus and deduction lines.
    public func groupCode(of code: String) -> String? {
        let byCode = Dictionary(nodes.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var current = byCode[code]
        while let node = current {
            guard node.role == .regular else { return nil }
            guard let parent = node.parentCode else { return node.code }
            current = byCode[parent]
        }
        return nil
    }

    /// Every regular node's group (code → group code) in one pass over the tree, for scoring many lines at once; the
    /// same answer as `groupCode(of:)` for each node (bonus and deduction lines are absent).
    public func groupCodes() -> [String: String] {
        let byCode = Dictionary(nodes.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [String: String] = [:]
        for node in nodes {
            var current: CriterionNode? = node
            var seen = 0
            while let step = current, step.role == .regular, seen <= nodes.count {
                if let known = result[step.code] {
                    result[node.code] = known
                    break
                }
                guard let parent = step.parentCode else {
                    result[node.code] = step.code
                    break
                }
                current = byCode[parent]
                seen += 1
            }
        }
        return result
    }

    /// Highest ordinary total: the sum of the groups' maxima.
    public var maximum: Points { groups.reduce(.zero) { $0 + $1.maxPoints } }

    /// What is wrong with the set as written (codes unique, parents exist, children add up to their parent, levels and
    /// thresholds within the maximum, bands from high to low); empty when it may be used.
    public func problems() -> [String] {
        var found: [String] = []
        var seen = Set<String>()
        for node in nodes where !seen.insert(node.code).inserted { found.append("Mã \(node.code) bị trùng.") }
        let byCode = Dictionary(nodes.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        for node in nodes {
            if let parent = node.parentCode, byCode[parent] == nil { found.append("Tiêu chí \(node.code): không có mục cha \(parent).") }
            if node.maxPoints < .zero { found.append("Tiêu chí \(node.code): điểm tối đa âm.") }
            let children = nodes.filter { $0.parentCode == node.code }
            if !children.isEmpty {
                let sum = children.reduce(Points.zero) { $0 + $1.maxPoints }
                if sum != node.maxPoints {
                    found.append("Tiêu chí \(node.code): các mục con cộng lại \(sum.text) điểm, khác điểm tối đa \(node.maxPoints.text).")
                }
            }
            if node.kind == .levels, children.isEmpty, node.levels.isEmpty { found.append("Tiêu chí \(node.code): chưa có các mức điểm.") }
            if node.levels.contains(where: { $0.points > node.maxPoints || $0.points < .zero })
                || node.thresholds.contains(where: { $0.points > node.maxPoints || $0.points < .zero })
            {
                found.append("Tiêu chí \(node.code): có mức điểm vượt điểm tối đa.")
            }
            if node.kind == .computedRate, node.source == nil { found.append("Tiêu chí \(node.code): chưa chọn nguồn số liệu.") }
        }
        if bands.isEmpty { found.append("Chưa có mức xếp loại.") }
        for (a, b) in zip(bands, bands.dropFirst()) where b.minimum >= a.minimum {
            found.append("Mức xếp loại \"\(b.label)\" phải có điểm tối thiểu thấp hơn \"\(a.label)\".")
        }
        return found
    }
}
