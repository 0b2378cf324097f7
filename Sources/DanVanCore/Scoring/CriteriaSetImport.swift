import Foundation

/// Why an uploaded file gave no criteria table at all: a stable code for programs, a Vietnamese message for people.
public struct CriteriaImportError: Error, Equatable, Sendable {
    public var code: String
    public var message: String
    public init(_ code: String, _ message: String) {
        self.code = code
        self.message = message
    }

    static func csv(_ error: CSVError, file: String) -> Self {
        switch error {
        case .missingColumns(let missing, let found):
            return Self(
                "import_wrong_columns",
                "Tệp \(file) không có bảng tiêu chí đọc được: thiếu cột \(missing.joined(separator: ", ")) "
                    + "(các cột đang có: \(found.filter { !$0.isEmpty }.joined(separator: ", "))). Dùng bảng mẫu (tải từ một bộ tiêu chí) "
                    + "hoặc bảng có các cột TT, Nội dung tiêu chí, Điểm tối đa.")
        default: return Self(error.code, error.message)
        }
    }
}

/// A criteria table read from a file, for the person to review before it is saved: the set from every row that reads,
/// each row that does not (with its row number), and the total the file states, if any.
public struct CriteriaReading: Sendable, Equatable {
    public var set: CriteriaSet
    /// "Dòng 7: …", in row order.
    public var errors: [String]
    /// The "Tổng cộng" row of a decision's table, or the total the person typed, to check against the sum of the groups.
    public var statedTotal: Points?
    /// "bảng mẫu" or "bảng TT / Nội dung / Điểm".
    public var layout: String

    public init(set: CriteriaSet, errors: [String], statedTotal: Points? = nil, layout: String) {
        self.set = set
        self.errors = errors
        self.statedTotal = statedTotal
        self.layout = layout
    }

    /// Everything that keeps the set from being saved: unreadable rows, then the set's own problems, then a stated
    /// total that differs from the sum of the groups.
    public var problems: [String] {
        var found = errors + set.problems()
        if let statedTotal, statedTotal != set.maximum {
            found.append("Tổng điểm ghi trong tệp là \(statedTotal.text), nhưng các nhóm tiêu chí cộng lại \(set.maximum.text) điểm.")
        }
        return found
    }
}

/// Reads a criteria set from a .csv, .xlsx or .docx: the template columns of `CriteriaSetCSV`, or a decision's appendix
/// table laid out as "TT | Nội dung tiêu chí | Điểm tối đa" (`CriteriaAppendixTable`).
public enum CriteriaSetImport {
    public static let extensions = ["csv", "xlsx", "docx"]

    public static func read(_ data: Data, filename: String, maxUncompressedBytes: Int = OfficeTables.defaultLimit) throws(CriteriaImportError)
        -> CriteriaReading
    {
        let ext = (filename as NSString).pathExtension.lowercased()
        guard !data.isEmpty else { throw CriteriaImportError("import_empty", "Tệp rỗng: không có bảng tiêu chí để đọc.") }
        switch ext {
        case "csv", "txt":
            let table: CSVTable
            do { table = try CSVTable(data: data) } catch { throw .csv(error, file: ".csv") }
            return try read(TableRows(rows: [(line: 1, fields: table.header)] + table.rows), file: ".csv")
        case "xlsx":
            let rows: TableRows
            do { rows = try OfficeTables.firstSheet(ofXlsx: data, maxUncompressedBytes: maxUncompressedBytes) } catch {
                throw CriteriaImportError("xlsx_unreadable", error.message)
            }
            return try read(rows, file: ".xlsx")
        case "docx":
            let tables: [TableRows]
            do { tables = try OfficeTables.tables(ofDocx: data, maxUncompressedBytes: maxUncompressedBytes) } catch {
                throw CriteriaImportError("docx_unreadable", error.message)
            }
            // The first table laid out as criteria: a decision's header table (Số, ngày) is passed over.
            for table in tables where CriteriaAppendixTable.layout(of: table) != nil {
                return CriteriaAppendixTable.read(table)
            }
            throw CriteriaImportError(
                "docx_no_criteria_table",
                tables.isEmpty
                    ? "Văn bản .docx không có bảng nào. Phụ lục tiêu chí cần là một bảng có các cột TT, Nội dung tiêu chí, Điểm tối đa."
                    : "Không thấy bảng tiêu chí trong văn bản (\(tables.count) bảng, không bảng nào có cột nội dung tiêu chí và cột điểm).")
        default:
            throw CriteriaImportError(
                "import_unsupported_type",
                "Không nhận loại tệp “\(ext.isEmpty ? filename : "." + ext)”; hãy dùng .csv (UTF-8), .xlsx hoặc .docx (phụ lục của quyết định).")
        }
    }

    /// A spreadsheet's rows: the template columns when its first non-empty row names them, else the appendix layout.
    static func read(_ table: TableRows, file: String) throws(CriteriaImportError) -> CriteriaReading {
        let rows = table.nonEmpty
        guard let first = rows.first else { throw CriteriaImportError("import_empty", "Tệp \(file) không có dòng nào.") }
        let header = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if header.contains("ma") && header.contains("noi_dung") || CriteriaAppendixTable.layout(of: table) == nil {
            do {
                let (set, errors) = try CriteriaSetCSV.read(header: header, rows: Array(rows.dropFirst()))
                return CriteriaReading(set: set, errors: errors.map(\.message), layout: "bảng mẫu")
            } catch {
                throw .csv(error, file: file)
            }
        }
        return CriteriaAppendixTable.read(table)
    }
}

/// A decision's appendix table of criteria, read by its layout rather than by knowing the decision: a header row naming a
/// text column ("Nội dung", "Tiêu chí"), a points column ("Điểm tối đa", "Điểm chuẩn", "Thang điểm", "Điểm") and
/// usually a numbering column ("TT", "STT", "Mã"); then one row per node, its depth told by the shape of its number:
/// I, II (roman) above 1, 2 (whole numbers) above 1.1 (one dot) above 1.1.1, and a), b) under the row above.
/// A top-level row whose text speaks of "điểm thưởng"/"điểm cộng" or "điểm trừ" holds bonus or deduction lines, its
/// points their cap; a row "Tổng cộng" gives the total to check; rows with text but no number nor points continue the
/// text of the row above.
public enum CriteriaAppendixTable {
    struct Layout: Equatable {
        var headerIndex: Int
        var code: Int?
        var text: Int
        var points: Int
        var evidence: Int?
    }

    static func key(_ text: String) -> String { VietnameseText.searchKey(text) }

    static func layout(of table: TableRows) -> Layout? {
        for (index, row) in table.rows.prefix(4).enumerated() {
            let keys = row.fields.map(key)
            guard
                let text = keys.firstIndex(where: {
                    $0.contains("noi dung") || $0 == "tieu chi" || $0.hasPrefix("tieu chi") || $0.hasPrefix("ten tieu chi")
                })
            else { continue }
            let pointColumns = keys.indices.filter { keys[$0].contains("diem") && $0 != text }
            guard let points = pointColumns.first(where: { ["toi da", "chuan", "thang"].contains(where: keys[$0].contains) }) ?? pointColumns.first
            else { continue }
            let code = keys.firstIndex(where: { ["tt", "stt", "ma", "so tt", "ma so", "muc"].contains($0) }) ?? (text > 0 ? 0 : nil)
            let evidence = keys.firstIndex(where: { $0.contains("kiem chung") || $0.contains("tai lieu") })
            return Layout(headerIndex: index, code: code, text: text, points: points, evidence: evidence)
        }
        return nil
    }

    enum Shape: Equatable {
        case roman, number(dots: Int), letter
        var rank: Int {
            switch self {
            case .roman: return 0
            case .number(let dots): return 1 + dots
            case .letter: return 100
            }
        }
    }

    /// "II." → (II, roman); "1.2" → (1.2, number 1 dot); "a)" → (a, letter); nil for anything else ("-", "(1)").
    static func shape(_ raw: String) -> (code: String, shape: Shape)? {
        var code = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = code.last, ".)".contains(last) { code.removeLast() }
        guard !code.isEmpty, code.count <= 12 else { return nil }
        if code.allSatisfy({ "IVXLC".contains($0) }) { return (code, .roman) }
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        if parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) { return (code, .number(dots: parts.count - 1)) }
        if code.count == 1, let letter = code.first, letter.isLetter, letter.isLowercase { return (code, .letter) }
        return nil
    }

    /// "10", "10 điểm", "2,5đ" → points; nil when the cell holds no number.
    static func points(_ cell: String) -> Points? {
        var text = cell.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        for suffix in ["điểm", "đ"] where text.hasSuffix(suffix) { text = String(text.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces) }
        return Points(text: text)
    }

    public static func read(_ table: TableRows) -> CriteriaReading {
        guard let layout = layout(of: table) else {
            return CriteriaReading(
                set: CriteriaSet(nodes: [], bands: []), errors: ["Không thấy dòng tiêu đề có cột nội dung tiêu chí và cột điểm."],
                layout: "bảng TT / Nội dung / Điểm")
        }
        struct Draft {
            var code: String
            var parent: Int?
            var rank: Int
            var text: String
            var points: Points?
            var evidence: String
            var line: Int
            var role: LineRole
        }
        var drafts: [Draft] = []
        var errors: [String] = []
        var stated: Points?
        var stack: [Int] = []  // indexes of drafts, outermost first
        for (index, row) in table.rows.enumerated() where index > layout.headerIndex {
            func cell(_ column: Int?) -> String {
                guard let column, column < row.fields.count else { return "" }
                return row.fields[column].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let rawCode = cell(layout.code)
            let text = cell(layout.text)
            let pointText = cell(layout.points)
            if rawCode.isEmpty && text.isEmpty && pointText.isEmpty { continue }
            // A row numbering the columns, "(1) (2) (3)" or "1 2 3".
            let numbering = CharacterSet(charactersIn: "()0123456789 ")
            if !text.isEmpty, text.unicodeScalars.allSatisfy(numbering.contains), rawCode.unicodeScalars.allSatisfy(numbering.contains) { continue }
            let textKey = key(text)
            if rawCode.isEmpty, textKey.hasPrefix("tong") {
                if let value = points(pointText) {
                    stated = value
                } else {
                    errors.append("Dòng \(row.line): tổng điểm “\(pointText)” không phải là số.")
                }
                continue
            }
            let value: Points?
            if pointText.isEmpty {
                value = nil
            } else if let parsed = points(pointText), parsed >= .zero {
                value = parsed
            } else {
                errors.append("Dòng \(row.line): điểm “\(pointText)” không hợp lệ; ghi ví dụ 10 hoặc 2,5.")
                continue
            }
            guard let (code, shape) = rawCode.isEmpty ? nil : shape(rawCode) else {
                if rawCode.isEmpty, value == nil, let last = drafts.indices.last {
                    drafts[last].text += (drafts[last].text.isEmpty ? "" : " ") + text
                } else if rawCode.isEmpty {
                    errors.append(
                        "Dòng \(row.line): “\(VietnameseText.excerpt(text, maxCharacters: 60))” có điểm nhưng không có số thứ tự (I, 1, 1.1, a).")
                } else {
                    errors.append(
                        """
                        Dòng \(row.line): số thứ tự “\(rawCode)” không đọc được; dùng I, II… cho nhóm, 1, 2… cho tiêu chí, 1.1 hoặc a) cho tiêu\
                         chí thành phần.
                        """
                    )
                }
                continue
            }
            while let top = stack.last, drafts[top].rank >= shape.rank { stack.removeLast() }
            let parent = stack.last
            var role = parent.map { drafts[$0].role } ?? .regular
            if parent == nil {
                if textKey.contains("diem thuong") || textKey.contains("diem cong") || textKey.contains("cong diem") { role = .bonus }
                if textKey.contains("diem tru") || textKey.contains("tru diem") { role = .deduction }
            }
            if stack.count >= 3 {
                errors.append("Dòng \(row.line): mục \(rawCode) lồng quá ba cấp (nhóm → tiêu chí → tiêu chí thành phần).")
                continue
            }
            drafts.append(
                Draft(
                    code: code, parent: parent, rank: shape.rank, text: text, points: value, evidence: cell(layout.evidence), line: row.line,
                    role: role))
            stack.append(drafts.count - 1)
        }
        // Codes: as written when unique, else under the parent's ("I.1"); a letter always under its parent ("1.2.a").
        var used = Set<String>()
        var codes: [String] = []
        for draft in drafts {
            var code = draft.code
            if let parent = draft.parent, shape(draft.code)?.shape == .letter || used.contains(code) { code = codes[parent] + "." + draft.code }
            var suffix = 2
            let base = code
            while used.contains(code) {
                code = base + "-\(suffix)"
                suffix += 1
            }
            used.insert(code)
            codes.append(code)
        }
        let hasChildren = Set(drafts.compactMap(\.parent))
        var nodes: [CriterionNode] = []
        var bonusCap = Points.zero
        var deductionCap = Points.zero
        for (index, draft) in drafts.enumerated() {
            let childSum = drafts.indices.filter { drafts[$0].parent == index }.reduce(Points.zero) { $0 + (drafts[$1].points ?? .zero) }
            let isSection = draft.role != .regular && draft.parent == nil && hasChildren.contains(index)
            if isSection {
                if draft.role == .bonus { bonusCap = draft.points ?? childSum } else { deductionCap = draft.points ?? childSum }
                continue
            }
            guard let points = draft.points ?? (hasChildren.contains(index) ? childSum : nil) else {
                errors.append("Dòng \(draft.line): tiêu chí \(codes[index]) chưa có điểm tối đa.")
                continue
            }
            var parentCode = draft.parent.map { codes[$0] }
            if draft.role != .regular {
                // A bonus or deduction line hangs from no group; a lone section row is itself the line and its cap.
                if draft.parent == nil { if draft.role == .bonus { bonusCap = points } else { deductionCap = points } }
                parentCode = nil
            }
            nodes.append(
                CriterionNode(
                    code: codes[index], parentCode: parentCode, text: draft.text, maxPoints: points, kind: .yesNo,
                    role: draft.role, evidence: draft.evidence))
        }
        errors.sort { lineNumber($0) < lineNumber($1) }
        return CriteriaReading(
            set: CriteriaSet(nodes: nodes, bonusCap: bonusCap, deductionCap: deductionCap, bands: []), errors: errors,
            statedTotal: stated, layout: "bảng TT / Nội dung / Điểm")
    }

    private static func lineNumber(_ message: String) -> Int {
        Int(message.dropFirst("Dòng ".count).prefix { $0.isNumber }) ?? 0
    }
}
