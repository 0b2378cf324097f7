import DanVanCore
import Foundation
import Views

/// How an audit entry reads in Vietnamese: "Nguyễn Văn A chấp nhận báo cáo Tháng 3/2026 của Phường X",
/// and its before → after as labelled values instead of JSON.
enum AuditWording {
    /// Every kind of thing DanVan audits, in the order the log's filter lists them (sign-ins, `session`, last: they have
    /// their own stream). A kind written by `Audit.record` and missing here could be neither named nor filtered.
    static let entities = [
        "unit", "unit_import", "unit_reorganisation", "user", "api_token", "calendar_token", "plan", "task", "assignment",
        "report_schedule", "report_request", "report_template", "holiday", "holiday_workday", "holiday_year", "petition",
        "petition_attachment", "petition_field", "deadline_profile", "reception_schedule", "reception_session", "dialogue",
        "scoring_set", "scoring_round", "scoring_sheet", "scoring_evidence", "scoring_objection", "exemplar", "exemplar_drive",
        "notification", "disclosure_category", "disclosure_item", "hamlet_vote", "consultation", "consultation_opinion",
        "convention", "board_member", "inspection_recommendation", "supervised_project", "satisfaction_rating",
        "democracy_setting", "session"
    ]

    /// What kind of thing changed, as a noun that follows the verb.
    static func noun(_ entity: String) -> String {
        switch entity {
        case "unit": return L10n.Audit.donVi
        case "unit_import": return L10n.Audit.danhMucDonVi
        case "unit_reorganisation": return L10n.Audit.donViHanhChinhTheoBang
        case "user": return L10n.Audit.taiKhoan
        case "api_token": return L10n.Audit.khoaApi
        case "calendar_token": return L10n.Audit.diaChiLich
        case "session": return L10n.Audit.phienLamViec
        case "plan": return L10n.Audit.keHoach
        case "task": return L10n.Audit.nhiemVu
        case "assignment": return L10n.Audit.phanCong
        case "report_schedule": return L10n.Audit.cheDoBaoCao
        case "report_request": return L10n.Audit.baoCao
        case "report_template": return L10n.Audit.mauBaoCao
        case "holiday": return L10n.Audit.ngayNghi
        case "holiday_workday": return L10n.Audit.ngayLamBu
        case "holiday_year": return L10n.Audit.ngayNghiNam
        case "petition": return L10n.Audit.don
        case "petition_attachment": return L10n.Audit.tepDinhKemCuaDon
        case "petition_field": return L10n.Audit.linhVucDonThu
        case "deadline_profile": return L10n.Audit.boThoiHan
        case "reception_schedule": return L10n.Audit.lichTiepCongDan
        case "reception_session": return L10n.Audit.buoiTiepCongDan
        case "dialogue": return L10n.Audit.buoiDoiThoai
        case "scoring_set": return L10n.Audit.boTieuChiChamDiem
        case "scoring_round": return L10n.Audit.dotChamDiem
        case "scoring_sheet": return L10n.Audit.phieuChamDiem
        case "scoring_evidence": return L10n.Audit.taiLieuKiemChung
        case "scoring_objection": return L10n.Audit.kienNghiVeKetQuaCham
        case "exemplar": return L10n.Audit.moHinhDanVanKheo
        case "exemplar_drive": return L10n.Audit.dotDangKyMoHinhDan
        case "notification": return L10n.Audit.thongBao
        default: return DemocracyAuditWords.noun(entity) ?? entity
        }
    }

    /// What the person did, as a verb.
    static func verb(_ action: String) -> String {
        switch action {
        case "create": return L10n.Audit.tao
        case "update": return L10n.Audit.capNhat
        case "delete": return L10n.Audit.xoa
        case "rename": return L10n.Audit.doiTen
        case "move": return L10n.Audit.chuyenCapTrenCua
        case "close": return L10n.Audit.giaiThe
        case "reopen": return L10n.Audit.moLai
        case "login": return L10n.Audit.dangNhap
        case "logout": return L10n.Audit.dangXuat
        case "reset_password": return L10n.Audit.datLaiMatKhau
        case "disable": return L10n.Audit.khoa
        case "enable": return L10n.Audit.moKhoa
        case "revoke": return L10n.Audit.thuHoi
        case "set_email": return L10n.Audit.datDiaChiThuCho
        case "submit": return L10n.Audit.nop
        case "save_draft": return L10n.Audit.luuNhap
        case "accept": return L10n.Audit.chapNhan
        case "return": return L10n.Audit.traLai
        case "generate": return L10n.Audit.lapLich
        case "adhoc_request": return L10n.Audit.yeuCauBaoCaoDotXuat
        case "set_reporters": return L10n.Audit.datDonViBaoCaoCua
        case "set_signer": return L10n.Audit.datNguoiKyVanBanCua
        case "set_weight": return L10n.Audit.datTrongSo
        case "add_indicator": return L10n.Audit.themChiTieuVao
        case "add_section": return L10n.Audit.themPhanNoiDungVao
        case "copy": return L10n.Audit.saoChep
        case "create_version": return L10n.Audit.taoPhienBanMoiCua
        case "confirm": return L10n.Audit.xacNhan
        case "unconfirm": return L10n.Audit.boXacNhan
        case "retire": return L10n.Audit.ngungSuDung
        case "restore": return L10n.Audit.dungLai
        case "read": return L10n.Audit.danhDauDaDoc
        case "read_all": return L10n.Audit.danhDauDaDocMoi
        case "view": return L10n.Audit.moHoSo
        case "appraise": return L10n.Audit.thamDinh
        case "finalise": return L10n.Audit.ketThucThamDinh
        case "refresh_computed": return L10n.Audit.capNhatSoLieuDanvanTu
        case "answer": return L10n.Audit.traLoi
        case "launch": return L10n.Audit.trienKhai
        case "review": return L10n.Audit.raSoatPhanLoai
        case "recognise": return L10n.Audit.congNhan
        case "commend": return L10n.Audit.khenThuong
        case "replicate": return L10n.Audit.ghiNhanNhanRong
        case "add_update": return L10n.Audit.capNhatKetQuaCua
        case "reorganise": return L10n.Audit.toChucLai
        case "move_open_items": return L10n.Audit.chuyenViecDangMoSangDon
        case "add_criterion": return L10n.Audit.themTieuChiVao
        case "update_criterion": return L10n.Audit.suaTieuChiCua
        case "remove_criterion": return L10n.Audit.boTieuChiKhoi
        default:
            if action.hasPrefix("import_") { return L10n.Audit.nhapCoCau(action.dropFirst(7)) }
            if let status = PetitionStatus(rawValue: action) { return L10n.Audit.chuyenSang(status.label) }
            return DemocracyAuditWords.verb(action) ?? action
        }
    }

    /// The name of a recorded field.
    static func field(_ key: String) -> String {
        let labels = [
            "status": L10n.Audit.trangThai, "signer_title": L10n.Audit.chucVuNguoiKy, "progress": L10n.Audit.tienDo, "name": L10n.Audit.ten,
            "title": L10n.Audit.trichYeu, "number": L10n.Audit.soKyHieu,
            "year": L10n.Audit.nam, "day": L10n.Audit.ngay, "role": L10n.Audit.vaiTro, "unit": L10n.Audit.truongDonVi, "weight": L10n.Audit.trongSo,
            "version": L10n.Audit.lan,
            "subject": L10n.Audit.noiDung, "reason": L10n.Audit.lyDo, "period": L10n.Audit.ky, "due": L10n.Audit.han, "email": L10n.Audit.thuDienTu,
            "code": L10n.Audit.ma,
            "full_name": L10n.Audit.hoVaTen, "fullName": L10n.Audit.hoVaTen, "unread": L10n.Audit.chuaDoc, "reporters": L10n.Audit.donViBaoCao,
            "count": L10n.Audit.soLuong, "created": L10n.Audit.soDaTao, "task": L10n.Audit.truongNhiemVu, "plan": L10n.Audit.truongKeHoach,
            "basis": L10n.Audit.canCu,
            "aggregation": L10n.Audit.cachTongHop, "source": L10n.Audit.nguon, "from": L10n.Audit.tu, "prefix": L10n.Audit.tienTo,
            "codes": L10n.Audit.ma,
            "figures": L10n.Audit.soLieu, "path": L10n.Audit.viTriTrongCay, "parent": L10n.Audit.donViCapTren, "disabled": L10n.Audit.biKhoa,
            "isDisabled": L10n.Audit.biKhoa, "kind": L10n.Audit.loai, "note": L10n.Audit.ghiChu, "unit_code": L10n.Audit.truongDonVi,
            "text": L10n.Audit.noiDung, "maxPoints": L10n.Audit.diemToiDa, "bands": L10n.Audit.xepLoai,
            "bonusCap": L10n.Audit.tranDiemThuong, "deductionCap": L10n.Audit.tranDiemTru, "levels": L10n.Audit.cacMuc,
            "thresholds": L10n.Audit.cacNguong, "evidence": L10n.Audit.taiLieuKiemChungCanCo, "parentCode": L10n.Audit.maCapTren
        ]
        return labels[key] ?? key
    }

    /// A stored value as people read it: a status code gets its label, true/false read có/không.
    static func value(_ raw: String) -> String {
        if let status = PetitionStatus(rawValue: raw) { return status.label }
        switch raw {
        case "true": return L10n.Audit.co
        case "false": return L10n.Audit.khong
        case "": return "—"
        default: return raw
        }
    }

    /// One line per field that the entry recorded: "Trạng thái: Đang soạn → Chờ duyệt".
    static func changes(before: String?, after: String?, labels: (String) -> String? = { _ in nil }) -> [String] {
        let old = flatten(before)
        let new = flatten(after)
        let keys = (old.map(\.key) + new.map(\.key)).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let oldValues = Dictionary(old, uniquingKeysWith: { first, _ in first })
        let newValues = Dictionary(new, uniquingKeysWith: { first, _ in first })
        return keys.compactMap { key in
            let was = oldValues[key].map { labels($0) ?? value($0) }
            let now = newValues[key].map { labels($0) ?? value($0) }
            if was == now { return nil }
            switch (was, now) {
            case (let was?, let now?): return "\(field(key)): \(was) → \(now)"
            case (nil, let now?): return "\(field(key)): \(now)"
            case (let was?, nil): return "\(field(key)): \(was) → —"
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
            if container.decodeNil() {
                self = .null
            } else if let bool = try? container.decode(Bool.self) {
                self = .bool(bool)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else if let string = try? container.decode(String.self) {
                self = .string(string)
            } else if let array = try? container.decode([Recorded].self) {
                self = .array(array)
            } else {
                self = .object(try container.decode([String: Recorded].self))
            }
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
