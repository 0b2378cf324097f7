import Foundation

/// The readable Vietnamese summary printed by `danvan extract` without `--json`.
public enum ExtractionSummary {
    public static func text(_ plan: PlanDocument) -> String {
        var lines: [String] = []
        func add(_ label: String, _ value: String?) {
            lines.append("\(label): \(value ?? "(không có)")")
        }
        lines.append("== \(plan.file ?? "văn bản") ==")
        add("Loại văn bản", plan.documentType.map { "\($0.name) (\($0.code))" })
        add("Số, ký hiệu", plan.number?.value)
        add("Cơ quan ban hành", plan.issuer?.value)
        add("Địa danh", plan.place?.value)
        add("Ngày ban hành", plan.date?.value.vietnamese)
        add("Trích yếu", plan.title?.value)
        if !plan.sections.isEmpty {
            lines.append("Bố cục: " + plan.sections.map { "\($0.number). \($0.title) (\($0.tasks.count) mục)" }.joined(separator: "; "))
        }
        lines.append("Văn bản được dẫn (\(plan.legalReferences.count)):")
        for ref in plan.legalReferences {
            var line = "  - \(ref.type) số \(ref.number)"
            if let date = ref.date { line += " ngày \(date.vietnamese)" }
            if let issuer = ref.issuer { line += " của \(issuer)" }
            lines.append(line)
        }
        if !plan.namedLaws.isEmpty {
            lines.append("Luật được nêu tên: " + plan.namedLaws.map(\.value).joined(separator: "; "))
        }
        lines.append("Đơn vị thực hiện (\(plan.assignments.count)):")
        for assignment in plan.assignments {
            lines.append("  - \(assignment.unit)" + (assignment.duties.isEmpty ? "" : " — \(assignment.duties.count) nhiệm vụ"))
        }
        lines.append("Thời hạn (\(plan.deadlines.count)):")
        for deadline in plan.deadlines {
            var line = "  - \(deadline.date.vietnamese)"
            if deadline.yearInferred { line += " (năm suy ra)" }
            line += ": \(deadline.what)"
            if let to = deadline.to { line += " → \(to)" }
            lines.append(line)
        }
        lines.append("Chế độ báo cáo (\(plan.reports.count)):")
        for report in plan.reports {
            var line = "  - \(periodName(report.period))"
            if let rule = report.dueRule { line += ", hạn \(ruleText(rule))" }
            if !report.by.isEmpty { line += "; đơn vị báo cáo: \(report.by.joined(separator: "; "))" }
            if let to = report.to { line += "; gửi: \(to)" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    public static func periodName(_ period: ReportPeriod) -> String {
        switch period {
        case .monthly: return "Hằng tháng"
        case .quarterly: return "Hằng quý"
        case .semiannual: return "6 tháng"
        case .annual: return "Hằng năm"
        case .adhoc: return "Đột xuất, khi có yêu cầu"
        }
    }

    public static func ruleText(_ rule: DueRule) -> String {
        switch rule {
        case .dayOfMonth(let day): return "ngày \(day) hằng tháng"
        case .dayOfQuarterMonth(let day, let month): return "ngày \(day) của tháng thứ \(month) trong quý"
        case .dayOfYear(let month, let day): return "ngày \(day)/\(month)"
        }
    }
}

/// `danvan extract FILE... [--json]`: reads each file, prints one JSON line (or a summary) per
/// file, reports each failure with its code, and keeps going; exit status 1 if any file failed,
/// 2 for a usage error.
public enum ExtractCommand {
    public static let usage = """
        Cách dùng: danvan extract TỆP... [--json]
          Đọc kế hoạch (.txt, .md, .docx, .pdf; .doc, .rtf, .odt qua LibreOffice) và in số, ký hiệu, căn cứ, đơn vị, thời hạn, chế độ báo cáo.
          --json   mỗi tệp một dòng JSON (lỗi: {"file": …, "error": {"code": …, "message": …}} ra stderr)
        """

    public static func run(
        _ arguments: [String], limits: PlanReader.Limits = PlanReader.Limits(),
        out: (String) -> Void, err: (String) -> Void
    ) -> Int32 {
        var json = false
        var files: [String] = []
        var onlyFiles = false
        for argument in arguments {
            if onlyFiles {
                files.append(argument)
                continue
            }
            switch argument {
            case "--json": json = true
            case "--": onlyFiles = true
            case "-h", "--help":
                out(usage)
                return 0
            default:
                if argument.hasPrefix("-") && argument.count > 1 {
                    err("Tùy chọn không hợp lệ: \(argument)\n\(usage)")
                    return 2
                }
                files.append(argument)
            }
        }
        guard !files.isEmpty else {
            err(usage)
            return 2
        }
        var failed = 0
        var printed = 0
        for path in files {
            do {
                var plan = try PlanReader.read(fileAt: URL(fileURLWithPath: path), limits: limits)
                plan.file = path
                if json {
                    out(plan.jsonLine)
                } else {
                    if printed > 0 { out("") }
                    out(ExtractionSummary.text(plan))
                    printed += 1
                }
            } catch {
                failed += 1
                err(json ? error.jsonLine(file: path) : "Lỗi \(path): \(error.message) [\(error.code.rawValue)]")
            }
        }
        return failed > 0 ? 1 : 0
    }
}
