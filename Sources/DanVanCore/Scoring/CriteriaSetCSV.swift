import Foundation

/// A criteria set as a table, to import one typed in a spreadsheet and to hand one out as a template.
///
/// Columns: `ma, ma_cha, noi_dung, diem_toi_da, cach_cham, loai, muc, nguong, nguon, kiem_chung`.
/// `loai` is empty (a criterion), `diem_thuong`, `diem_tru`, `xep_loai` (a band: `ma` its label, `diem_toi_da` its minimum,
/// `muc` the least share of every group, in %), `tran_diem_thuong` or `tran_diem_tru` (a cap in `diem_toi_da`).
/// `cach_cham`: `co_khong`, `muc`, `nguong`, `ty_le_tinh`. `muc`: "Tốt=5; Khá=3; Chưa đạt=0". `nguong`: "1=4; 2=7; 4=10".
public enum CriteriaSetCSV {
    public static let columns = ["ma", "ma_cha", "noi_dung", "diem_toi_da", "cach_cham", "loai", "muc", "nguong", "nguon", "kiem_chung"]

    public static func read(_ data: Data) throws(CSVError) -> CriteriaSet {
        let table = try CSVTable(data: data)
        let (set, errors) = try read(header: table.header, rows: table.rows)
        if let first = errors.first { throw first }
        return set
    }

    /// The rows under a header of `columns` (any order, other columns ignored): the set from every row that reads, and
    /// each row that does not with its line number. Fails only when a column is missing.
    public static func read(header: [String], rows: [(line: Int, fields: [String])]) throws(CSVError) -> (CriteriaSet, [CSVError]) {
        let at = try CSVTable.positions(of: columns, in: header)
        var nodes: [CriterionNode] = []
        var bands: [ClassificationBand] = []
        var bonusCap = Points.zero
        var deductionCap = Points.zero
        var errors: [CSVError] = []
        for (line, fields) in rows {
            do throws(CSVError) {
                func field(_ name: String) -> String {
                    let index = at[name]!
                    return index < fields.count ? fields[index].trimmingCharacters(in: .whitespaces) : ""
                }
                let code = field("ma")
                let kindText = field("loai")
                guard !code.isEmpty || kindText.hasPrefix("tran_") else { throw .invalidRow(line: line, reason: "thiếu mã tiêu chí (cột ma).") }
                guard let points = Points(text: field("diem_toi_da")), points >= .zero else {
                    throw .invalidRow(line: line, reason: "điểm “\(field("diem_toi_da"))” không hợp lệ; ghi ví dụ 10 hoặc 2,5.")
                }
                switch kindText {
                case "xep_loai":
                    let percent = field("muc")
                    guard percent.isEmpty || Int(percent).map({ (0...100).contains($0) }) == true else {
                        throw .invalidRow(line: line, reason: "tỷ lệ tối thiểu của mỗi nhóm phải từ 0 đến 100 (%).")
                    }
                    bands.append(ClassificationBand(code, minimum: points, minimumGroupPercent: Int(percent)))
                    continue
                case "tran_diem_thuong":
                    bonusCap = points
                    continue
                case "tran_diem_tru":
                    deductionCap = points
                    continue
                default: break
                }
                let role: LineRole
                switch kindText {
                case "", "tieu_chi", LineRole.regular.rawValue: role = .regular
                case LineRole.bonus.rawValue: role = .bonus
                case LineRole.deduction.rawValue: role = .deduction
                default:
                    throw .invalidRow(
                        line: line,
                        reason: "loại “\(kindText)” không có; dùng: (để trống), diem_thuong, diem_tru, xep_loai, tran_diem_thuong, tran_diem_tru.")
                }
                let scoringText = field("cach_cham")
                guard let kind = scoringText.isEmpty ? ScoringKind.levels : ScoringKind(rawValue: scoringText) else {
                    throw .invalidRow(line: line, reason: "cách chấm “\(scoringText)” không có; dùng: co_khong, muc, nguong, ty_le_tinh.")
                }
                let levels = try pairs(field("muc"), line: line).map { ScoreLevel($0.0, $0.1) }
                let thresholds = try pairs(field("nguong"), line: line).map { pair throws(CSVError) -> Threshold in
                    // Bounded: a threshold is a count or a rate; "1e300" would reach an integer conversion when shown.
                    guard let minimum = Double(pair.0.replacingOccurrences(of: ",", with: ".")), minimum.isFinite, abs(minimum) <= 1_000_000
                    else {
                        throw .invalidRow(line: line, reason: "ngưỡng “\(pair.0)” không phải là số từ -1.000.000 đến 1.000.000.")
                    }
                    return Threshold(minimum, pair.1)
                }
                let sourceText = field("nguon")
                guard sourceText.isEmpty || ComputedSource(rawValue: sourceText) != nil else {
                    throw .invalidRow(
                        line: line,
                        reason: "nguồn số liệu “\(sourceText)” không có; dùng: \(ComputedSource.allCases.map(\.rawValue).joined(separator: ", ")).")
                }
                let parent = field("ma_cha")
                nodes.append(
                    CriterionNode(
                        code: code, parentCode: parent.isEmpty ? nil : parent, text: field("noi_dung"), maxPoints: points, kind: kind,
                        role: role, levels: levels, thresholds: thresholds, source: ComputedSource(rawValue: sourceText),
                        evidence: field("kiem_chung")))
            } catch {
                errors.append(error)
            }
        }
        return (CriteriaSet(nodes: nodes, bonusCap: bonusCap, deductionCap: deductionCap, bands: bands.sorted { $0.minimum > $1.minimum }), errors)
    }

    /// "Tốt=5; Khá=3" → [("Tốt", 5), ("Khá", 3)].
    public static func pairs(_ text: String, line: Int) throws(CSVError) -> [(String, Points)] {
        var result: [(String, Points)] = []
        for part in text.split(separator: ";") {
            let pieces = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2, !pieces[0].isEmpty, let points = Points(text: pieces[1]) else {
                throw .invalidRow(line: line, reason: "“\(part.trimmingCharacters(in: .whitespaces))” phải có dạng tên=điểm, ví dụ Tốt=5.")
            }
            result.append((pieces[0], points))
        }
        return result
    }

    /// The set as a CSV file of `columns`, which `read` reads back.
    public static func csvData(_ set: CriteriaSet) -> Data {
        CSVWriter.csv(header: columns, rows: rows(set))
    }

    /// The set as rows of `columns`, which `read` reads back.
    public static func rows(_ set: CriteriaSet) -> [[String]] {
        var rows = set.nodes.map { node in
            [
                node.code, node.parentCode ?? "", node.text, node.maxPoints.text, node.kind.rawValue, node.role == .regular ? "" : node.role.rawValue,
                node.levels.map { "\($0.label)=\($0.points.text)" }.joined(separator: "; "),
                node.thresholds.map { "\(number($0.minimum))=\($0.points.text)" }.joined(separator: "; "), node.source?.rawValue ?? "", node.evidence
            ]
        }
        rows.append(["", "", "Trần điểm thưởng", set.bonusCap.text, "", "tran_diem_thuong", "", "", "", ""])
        rows.append(["", "", "Trần điểm trừ", set.deductionCap.text, "", "tran_diem_tru", "", "", "", ""])
        for band in set.bands {
            rows.append([
                band.label, "", "Mức xếp loại", band.minimum.text, "", "xep_loai", band.minimumGroupPercent.map(String.init) ?? "", "", "", ""
            ])
        }
        return rows
    }

    public static func number(_ value: Double) -> String {
        if let whole = Int(exactly: value) { return String(whole) }
        return String(value).replacingOccurrences(of: ".", with: ",")
    }
}
