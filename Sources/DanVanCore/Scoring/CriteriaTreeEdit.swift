import Foundation

/// Editing one node of a criteria set's tree: add, change or remove a line, each checked on its own. Whether the whole
/// set adds up (children to their parent, bands) is `CriteriaSet.problems()`, shown beside the tree while it is edited
/// and required before a round may use the set.
public enum CriteriaTreeEdit {
    public struct Refusal: Error, Equatable, Sendable {
        public var code: String
        public var message: String
        init(_ code: String, _ message: String) {
            self.code = code
            self.message = message
        }
    }

    /// Depth of a node: 1 for a group (or a bonus/deduction line), 2 for a criterion, 3 for a sub-criterion.
    public static func depth(of code: String, in set: CriteriaSet) -> Int {
        let parents = Dictionary(set.nodes.map { ($0.code, $0.parentCode) }, uniquingKeysWith: { a, _ in a })
        var depth = 1
        var current = parents[code] ?? nil
        while let parent = current, depth <= set.nodes.count {
            depth += 1
            current = parents[parent] ?? nil
        }
        return depth
    }

    /// Adds `node` (when `oldCode` is nil) or replaces the node `oldCode` with it, keeping its place and re-hanging its
    /// children under a changed code. A new node goes after its parent's last descendant, or at the end.
    public static func put(_ node: CriterionNode, replacing oldCode: String?, in set: CriteriaSet) throws(Refusal) -> CriteriaSet {
        var node = node
        node.code = node.code.trimmingCharacters(in: .whitespaces)
        node.text = node.text.trimmingCharacters(in: .whitespacesAndNewlines)
        node.parentCode = node.parentCode.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        guard !node.code.isEmpty, node.code.count <= 20 else {
            throw Refusal("missing_code", "Vui lòng ghi mã tiêu chí (tối đa 20 ký tự), ví dụ 1.2 hoặc T1.")
        }
        guard !node.text.isEmpty else { throw Refusal("missing_text", "Vui lòng ghi nội dung tiêu chí.") }
        let index = oldCode.flatMap { old in set.nodes.firstIndex { $0.code == old } }
        if oldCode != nil, index == nil { throw Refusal("unknown_criterion", "Không có tiêu chí mã \(oldCode ?? "") trong bộ này.") }
        if set.nodes.contains(where: { $0.code == node.code && $0.code != oldCode }) {
            throw Refusal("duplicate_code", "Mã \(node.code) đã có trong bộ tiêu chí; hãy chọn mã khác.")
        }
        let hasChildren = oldCode.map { old in set.nodes.contains { $0.parentCode == old } } ?? false
        if node.role != .regular {
            guard node.parentCode == nil else {
                throw Refusal("bonus_has_parent", "Dòng điểm thưởng, điểm trừ không thuộc nhóm tiêu chí nào; hãy để trống mục cha.")
            }
            guard !hasChildren else {
                throw Refusal("bonus_has_children", "Tiêu chí \(oldCode ?? "") có mục con nên không đổi thành điểm thưởng hay điểm trừ được.")
            }
        }
        if let parent = node.parentCode {
            guard let parentNode = set.nodes.first(where: { $0.code == parent }), parentNode.code != oldCode else {
                throw Refusal("unknown_parent", "Mục cha \(parent) không có trong bộ tiêu chí.")
            }
            guard parentNode.role == .regular else {
                throw Refusal("unknown_parent", "Mục cha \(parent) là dòng điểm thưởng hoặc điểm trừ, không có mục con.")
            }
            var ancestor: String? = parent
            while let code = ancestor {
                if code == oldCode { throw Refusal("parent_cycle", "Không đặt tiêu chí vào dưới chính mục con của nó.") }
                ancestor = set.nodes.first { $0.code == code }?.parentCode
            }
            let subtreeDepth = oldCode.map { old in maxDescendantDepth(old, in: set) } ?? 0
            guard depth(of: parent, in: set) + 1 + subtreeDepth <= 3 else {
                throw Refusal("too_deep", "Bộ tiêu chí chỉ có ba cấp: nhóm → tiêu chí → tiêu chí thành phần.")
            }
        }
        let willHaveChildren = hasChildren
        if node.levels.contains(where: { $0.points > node.maxPoints }) || node.thresholds.contains(where: { $0.points > node.maxPoints }) {
            throw Refusal("level_above_max", "Có mức điểm lớn hơn điểm tối đa \(node.maxPoints.text) của tiêu chí.")
        }
        if !willHaveChildren {
            if node.kind == .levels, node.levels.isEmpty {
                throw Refusal("missing_levels", "Cách chấm theo mức cần ghi các mức, ví dụ Tốt=5; Khá=3; Chưa đạt=0.")
            }
            if node.kind == .computedRate, node.source == nil {
                throw Refusal("missing_source", "Tiêu chí tính từ dữ liệu DanVan cần chọn nguồn số liệu.")
            }
        }
        var result = set
        if let index, let oldCode {
            result.nodes[index] = node
            if oldCode != node.code {
                for i in result.nodes.indices where result.nodes[i].parentCode == oldCode { result.nodes[i].parentCode = node.code }
            }
        } else if let parent = node.parentCode {
            var last = result.nodes.firstIndex { $0.code == parent }!
            for i in result.nodes.indices where i > last && isDescendant(result.nodes[i].code, of: parent, in: result) { last = i }
            result.nodes.insert(node, at: last + 1)
        } else if node.role == .regular, let firstExtra = result.nodes.firstIndex(where: { $0.role != .regular }) {
            result.nodes.insert(node, at: firstExtra)  // a new group goes before the bonus and deduction lines
        } else {
            result.nodes.append(node)
        }
        return result
    }

    /// Removes a node that has no children.
    public static func remove(_ code: String, from set: CriteriaSet) throws(Refusal) -> CriteriaSet {
        guard let index = set.nodes.firstIndex(where: { $0.code == code }) else {
            throw Refusal("unknown_criterion", "Không có tiêu chí mã \(code) trong bộ này.")
        }
        guard !set.nodes.contains(where: { $0.parentCode == code }) else {
            throw Refusal("has_children", "Tiêu chí \(code) còn mục con; hãy xóa các mục con trước.")
        }
        var result = set
        result.nodes.remove(at: index)
        return result
    }

    static func isDescendant(_ code: String, of ancestor: String, in set: CriteriaSet) -> Bool {
        var current = set.nodes.first { $0.code == code }?.parentCode
        var steps = 0
        while let parent = current, steps <= set.nodes.count {
            if parent == ancestor { return true }
            current = set.nodes.first { $0.code == parent }?.parentCode
            steps += 1
        }
        return false
    }

    /// How many levels sit below a node (0 for a leaf).
    static func maxDescendantDepth(_ code: String, in set: CriteriaSet) -> Int {
        let children = set.nodes.filter { $0.parentCode == code }
        return children.map { 1 + maxDescendantDepth($0.code, in: set) }.max() ?? 0
    }
}
