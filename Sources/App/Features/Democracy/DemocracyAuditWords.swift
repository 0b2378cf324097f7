import SQLKit

/// How the audit log reads the changes of dân chủ ở cơ sở: "Nguyễn Văn A công khai thông tin “Dự toán quý III” của Phường Tứ Hạ".
enum DemocracyAuditWords {
    static func noun(_ entity: String) -> String? {
        switch entity {
        case "disclosure_item": return "thông tin"
        case "hamlet_vote": return "kết quả biểu quyết"
        case "consultation": return "đợt lấy ý kiến"
        case "consultation_opinion": return "ý kiến góp ý"
        case "democracy_setting": return "tham số dân chủ ở cơ sở"
        case "inspection_recommendation": return "kiến nghị của ban thanh tra, giám sát"
        case "satisfaction_rating": return "đánh giá sự hài lòng"
        case "convention": return "hương ước, quy ước"
        case "disclosure_category": return "loại thông tin phải công khai"
        case "board_member": return "thành viên ban thanh tra, giám sát"
        case "supervised_project": return "công trình được giám sát đầu tư"
        default: return nil
        }
    }

    static func verb(_ action: String) -> String? {
        switch action {
        case "publish": return "công khai"
        case "withdraw": return "rút"
        case "decide": return "ghi quyết định của xã về"
        case "answer": return "công bố kết quả tiếp thu của"
        case "post_draft": return "niêm yết dự thảo"
        case "vote": return "ghi kết quả biểu quyết thông qua"
        case "send": return "gửi Ủy ban nhân dân xã đề nghị công nhận"
        case "refuse": return "ghi quyết định không công nhận"
        case "redraft": return "soạn dự thảo mới của"
        case "yearly_review": return "rà soát hằng năm"
        case "end": return "ghi thôi làm việc của"
        case "progress": return "cập nhật tiến độ"
        case "finding": return "ghi phát hiện của Ban giám sát về"
        default: return nil
        }
    }

    /// The names the audit page shows for these things, one query per kind.
    static func names(_ load: (String, (Set<Int>) -> SQLQueryString) async throws -> Void) async throws {
        try await load("disclosure_item") {
            "SELECT i.id AS id, '“' || i.title || '” của ' || u.name AS name FROM disclosure_items i JOIN units u ON u.id = i.unit_id WHERE i.id IN (\(binds: Array($0)))"
        }
        try await load("hamlet_vote") {
            "SELECT v.id AS id, '“' || v.subject || '” của ' || u.name AS name FROM hamlet_votes v JOIN units u ON u.id = v.hamlet_id WHERE v.id IN (\(binds: Array($0)))"
        }
        try await load("consultation") {
            "SELECT c.id AS id, '“' || c.subject || '” của ' || u.name AS name FROM consultations c JOIN units u ON u.id = c.unit_id WHERE c.id IN (\(binds: Array($0)))"
        }
        try await load("disclosure_category") {
            "SELECT id, '“' || title || '”' AS name FROM disclosure_categories WHERE id IN (\(binds: Array($0)))"
        }
        try await load("supervised_project") {
            "SELECT p.id AS id, '“' || p.name || '” của ' || u.name AS name FROM supervised_projects p JOIN units u ON u.id = p.commune_id WHERE p.id IN (\(binds: Array($0)))"
        }
        try await load("convention") {
            "SELECT c.id AS id, '“' || c.name || '” của ' || u.name AS name FROM conventions c JOIN units u ON u.id = c.hamlet_id WHERE c.id IN (\(binds: Array($0)))"
        }
    }
}
