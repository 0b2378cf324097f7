import DanVanCore
import Foundation

/// How an audit entry reads in Vietnamese: "Nguyễn Văn A chấp nhận báo cáo Tháng 3/2026 của Phường X",
/// and its before → after as labelled values instead of JSON.
enum AuditWording {
    /// What kind of thing changed, as a noun that follows the verb.
    static func noun(_ entity: String) -> String {
        switch entity {
        case "unit": return "đơn vị"
        case "unit_import": return "danh mục đơn vị"
        case "unit_reorganisation": return "đơn vị hành chính theo bảng chuyển đổi, hiệu lực"
        case "user": return "tài khoản"
        case "api_token": return "khóa API"
        case "calendar_token": return "địa chỉ lịch"
        case "session": return "phiên làm việc"
        case "plan": return "kế hoạch"
        case "task": return "nhiệm vụ"
        case "assignment": return "phân công"
        case "report_schedule": return "chế độ báo cáo"
        case "report_request": return "báo cáo"
        case "report_template": return "mẫu báo cáo"
        case "holiday": return "ngày nghỉ"
        case "holiday_workday": return "ngày làm bù"
        case "holiday_year": return "ngày nghỉ năm"
        case "petition": return "đơn"
        case "petition_attachment": return "tệp đính kèm của đơn"
        case "petition_field": return "lĩnh vực đơn thư"
        case "deadline_profile": return "bộ thời hạn"
        case "reception_schedule": return "lịch tiếp công dân"
        case "reception_session": return "buổi tiếp công dân"
        case "dialogue": return "buổi đối thoại"
        case "scoring_set": return "bộ tiêu chí chấm điểm"
        case "scoring_round": return "đợt chấm điểm"
        case "scoring_sheet": return "phiếu chấm điểm"
        case "scoring_evidence": return "tài liệu kiểm chứng"
        case "scoring_objection": return "kiến nghị về kết quả chấm điểm"
        case "exemplar": return "mô hình “Dân vận khéo”"
        case "exemplar_drive": return "đợt đăng ký mô hình “Dân vận khéo”"
        case "notification": return "thông báo"
        default: return DemocracyAuditWords.noun(entity) ?? entity
        }
    }

    /// What the person did, as a verb.
    static func verb(_ action: String) -> String {
        switch action {
        case "create": return "tạo"
        case "update": return "cập nhật"
        case "delete": return "xóa"
        case "rename": return "đổi tên"
        case "move": return "chuyển cấp trên của"
        case "close": return "giải thể"
        case "reopen": return "mở lại"
        case "login": return "đăng nhập"
        case "logout": return "đăng xuất"
        case "reset_password": return "đặt lại mật khẩu"
        case "disable": return "khóa"
        case "enable": return "mở khóa"
        case "revoke": return "thu hồi"
        case "set_email": return "đặt địa chỉ thư cho"
        case "submit": return "nộp"
        case "save_draft": return "lưu nháp"
        case "accept": return "chấp nhận"
        case "return": return "trả lại"
        case "generate": return "lập lịch"
        case "adhoc_request": return "yêu cầu báo cáo đột xuất theo"
        case "set_reporters": return "đặt đơn vị báo cáo của"
        case "set_signer": return "đặt người ký văn bản của"
        case "set_weight": return "đặt trọng số"
        case "add_indicator": return "thêm chỉ tiêu vào"
        case "add_section": return "thêm phần nội dung vào"
        case "copy": return "sao chép"
        case "create_version": return "tạo phiên bản mới của"
        case "confirm": return "xác nhận"
        case "unconfirm": return "bỏ xác nhận"
        case "retire": return "ngừng sử dụng"
        case "restore": return "dùng lại"
        case "read": return "đánh dấu đã đọc"
        case "read_all": return "đánh dấu đã đọc mọi"
        case "view": return "mở hồ sơ"
        case "appraise": return "thẩm định"
        case "finalise": return "kết thúc thẩm định"
        case "refresh_computed": return "cập nhật số liệu DanVan tự tính của"
        case "answer": return "trả lời"
        case "launch": return "triển khai"
        case "review": return "rà soát, phân loại"
        case "recognise": return "công nhận"
        case "commend": return "khen thưởng"
        case "replicate": return "ghi nhận nhân rộng"
        case "add_update": return "cập nhật kết quả của"
        case "reorganise": return "tổ chức lại"
        case "move_open_items": return "chuyển việc đang mở sang đơn vị kế thừa khi tổ chức lại"
        default:
            if action.hasPrefix("import_") { return "nhập (cơ cấu \(action.dropFirst(7)))" }
            if let status = PetitionStatus(rawValue: action) { return "chuyển sang “\(status.label)”" }
            return DemocracyAuditWords.verb(action) ?? action
        }
    }

    /// The name of a recorded field.
    static func field(_ key: String) -> String {
        let labels = [
            "status": "Trạng thái", "signer_title": "Chức vụ người ký", "progress": "Tiến độ", "name": "Tên", "title": "Trích yếu", "number": "Số, ký hiệu",
            "year": "Năm", "day": "Ngày", "role": "Vai trò", "unit": "Đơn vị", "weight": "Trọng số", "version": "Lần",
            "subject": "Nội dung", "reason": "Lý do", "period": "Kỳ", "due": "Hạn", "email": "Thư điện tử", "code": "Mã",
            "full_name": "Họ và tên", "fullName": "Họ và tên", "unread": "Chưa đọc", "reporters": "Đơn vị báo cáo",
            "count": "Số lượng", "created": "Số đã tạo", "task": "Nhiệm vụ", "plan": "Kế hoạch", "basis": "Căn cứ",
            "aggregation": "Cách tổng hợp", "source": "Nguồn", "from": "Từ", "prefix": "Tiền tố", "codes": "Mã",
            "figures": "Số liệu", "path": "Vị trí trong cây", "parent": "Đơn vị cấp trên", "disabled": "Bị khóa",
            "isDisabled": "Bị khóa", "kind": "Loại", "note": "Ghi chú", "unit_code": "Đơn vị",
        ]
        return labels[key] ?? key
    }

    /// A stored value as people read it: a status code gets its label, true/false read có/không.
    static func value(_ raw: String) -> String {
        if let status = PetitionStatus(rawValue: raw) { return status.label }
        switch raw {
        case "true": return "có"
        case "false": return "không"
        case "": return "—"
        default: return raw
        }
    }

    /// One line per field that the entry recorded: "Trạng thái: Đang soạn → Chờ duyệt".
    static func changes(before: String?, after: String?, labels: (String) -> String? = { _ in nil }) -> [String] {
        let old = flatten(before), new = flatten(after)
        let keys = (old.map(\.key) + new.map(\.key)).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let oldValues = Dictionary(old, uniquingKeysWith: { first, _ in first })
        let newValues = Dictionary(new, uniquingKeysWith: { first, _ in first })
        return keys.compactMap { key in
            let was = oldValues[key].map { labels($0) ?? value($0) }
            let now = newValues[key].map { labels($0) ?? value($0) }
            if was == now { return nil }
            switch (was, now) {
            case let (was?, now?): return "\(field(key)): \(was) → \(now)"
            case let (nil, now?): return "\(field(key)): \(now)"
            case let (was?, nil): return "\(field(key)): \(was) → —"
            default: return nil
            }
        }
    }

    /// The fields of a recorded JSON object as text, nested values as "a b; c d" lists, in the order stored.
    private static func flatten(_ json: String?) -> [(key: String, value: String)] {
        guard let json, let value = try? JSONDecoder().decode(Recorded.self, from: Data(json.utf8)) else { return [] }
        guard case .object(let fields) = value else { return [("value", value.text)] }
        let order = keyOrder(json)
        return fields.keys.sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }.map { ($0, fields[$0]!.text) }
    }

    /// A recorded JSON value.
    private indirect enum Recorded: Decodable {
        case string(String), number(Double), bool(Bool), array([Recorded]), object([String: Recorded]), null

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let bool = try? container.decode(Bool.self) { self = .bool(bool) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else if let string = try? container.decode(String.self) { self = .string(string) }
            else if let array = try? container.decode([Recorded].self) { self = .array(array) }
            else { self = .object(try container.decode([String: Recorded].self)) }
        }

        var text: String {
            switch self {
            case .string(let string): return string
            case .number(let number):
                return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : ReportFigures.format(number)
            case .bool(let bool): return bool ? "true" : "false"
            case .array(let items): return items.map(\.text).joined(separator: ", ")
            case .object(let fields): return fields.keys.sorted().map { "\(AuditWording.field($0)) \(fields[$0]!.text)" }.joined(separator: "; ")
            case .null: return ""
            }
        }
    }

    /// Where each top-level key first appears, so fields read in the order they were written.
    private static func keyOrder(_ json: String) -> [String: Int] {
        var order: [String: Int] = [:]
        for match in json.matches(of: /"([^"\\]+)"\s*:/) where order[String(match.output.1)] == nil {
            order[String(match.output.1)] = match.range.lowerBound.utf16Offset(in: json)
        }
        return order
    }
}
