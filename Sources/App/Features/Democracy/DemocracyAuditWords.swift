import SQLKit
import Views

/// How the audit log reads the changes of dân chủ ở cơ sở: "Nguyễn Văn A công khai thông tin “Dự toán quý III” của Phường Tứ Hạ".
enum DemocracyAuditWords {
    static func noun(_ entity: String) -> String? {
        switch entity {
        case "disclosure_item": return L10n.Democracy.thongTin
        case "hamlet_vote": return L10n.Democracy.ketQuaBieuQuyet
        case "consultation": return L10n.Democracy.dotLayYKien
        case "consultation_opinion": return L10n.Democracy.yKienGopY
        case "democracy_setting": return L10n.Democracy.thamSoDanChuOCo
        case "inspection_recommendation": return L10n.Democracy.kienNghiCuaBanThanhTra
        case "satisfaction_rating": return L10n.Democracy.danhGiaSuHaiLong
        case "convention": return L10n.Democracy.huongUocQuyUocVietThuong
        case "disclosure_category": return L10n.Democracy.loaiThongTinPhaiCongKhai
        case "board_member": return L10n.Democracy.thanhVienBanThanhTraGiam
        case "supervised_project": return L10n.Democracy.congTrinhDuocGiamSatDau
        default: return nil
        }
    }

    static func verb(_ action: String) -> String? {
        switch action {
        case "publish": return L10n.Democracy.congKhai
        case "withdraw": return L10n.Democracy.rut
        case "decide": return L10n.Democracy.ghiQuyetDinhCuaXaVe
        case "answer": return L10n.Democracy.congBoKetQuaTiepThu
        case "post_draft": return L10n.Democracy.niemYetDuThao
        case "vote": return L10n.Democracy.ghiKetQuaBieuQuyetThong
        case "send": return L10n.Democracy.guiUyBanNhanDanXa
        case "refuse": return L10n.Democracy.ghiQuyetDinhKhongCongNhan
        case "redraft": return L10n.Democracy.soanDuThaoMoiCua
        case "yearly_review": return L10n.Democracy.raSoatHangNamVietThuong
        case "end": return L10n.Democracy.ghiThoiLamViecCua
        case "progress": return L10n.Democracy.capNhatTienDo
        case "finding": return L10n.Democracy.ghiPhatHienCuaBanGiam
        case "collect": return L10n.Democracy.ghiKhoanThuThucHien
        case "spend": return L10n.Democracy.ghiKhoanChiThucHien
        case "publish_implementation": return L10n.Democracy.congKhaiKetQuaThucHien
        default: return nil
        }
    }

    /// The names the audit page shows for these things, one query per kind.
    static func names(_ load: (String, (Set<Int>) -> SQLQueryString) async throws -> Void) async throws {
        try await load("disclosure_item") {
            """
            SELECT i.id AS id, '“' || i.title || '” của ' || u.name AS name FROM disclosure_items i JOIN units u ON u.id = i.unit_id WHERE i.id\
             IN (\(binds: Array($0)))
            """
        }
        try await load("hamlet_vote") {
            """
            SELECT v.id AS id, '“' || v.subject || '” của ' || u.name AS name FROM hamlet_votes v JOIN units u ON u.id = v.hamlet_id WHERE v.id\
             IN (\(binds: Array($0)))
            """
        }
        try await load("consultation") {
            """
            SELECT c.id AS id, '“' || c.subject || '” của ' || u.name AS name FROM consultations c JOIN units u ON u.id = c.unit_id WHERE c.id\
             IN (\(binds: Array($0)))
            """
        }
        try await load("disclosure_category") {
            "SELECT id, '“' || title || '”' AS name FROM disclosure_categories WHERE id IN (\(binds: Array($0)))"
        }
        try await load("supervised_project") {
            """
            SELECT p.id AS id, '“' || p.name || '” của ' || u.name AS name FROM supervised_projects p JOIN units u ON u.id = p.commune_id WHERE\
             p.id IN (\(binds: Array($0)))
            """
        }
        try await load("convention") {
            """
            SELECT c.id AS id, '“' || c.name || '” của ' || u.name AS name FROM conventions c JOIN units u ON u.id = c.hamlet_id WHERE c.id IN\
             (\(binds: Array($0)))
            """
        }
    }
}
