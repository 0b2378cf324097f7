/// The words of Notifications's pages and messages (issue 11: every UI word in L10n).
extension L10n {
    public enum Notifications {
        public static let chuaCauHinhDanvanSendmailChi = "Chưa cấu hình DANVAN_SENDMAIL: chỉ tạo thông báo trong hệ thống."
        public static let chuaCoThongBaoNao = "Chưa có thông báo nào."
        public static let chuaDoc = "Chưa đọc"
        public static func congKhaiThongTinXaPhuong(_ v1: Any, _ v2: Any) -> String {
            "Công khai thông tin: \(v1) xã, phường chưa công khai cần nhắc, \(v2) thông báo mới."
        }
        public static let daBoDiaChiThuThong = "Đã bỏ địa chỉ thư: thông báo chỉ hiện trong hệ thống."
        public static let daDanhDauMoiThongBao = "Đã đánh dấu mọi thông báo là đã đọc."
        public static func daLuuDiaChiThu(_ v1: Any) -> String { "Đã lưu địa chỉ thư \(v1)." }
        public static func dangKyDanVanKheoDon(_ v1: Any, _ v2: Any) -> String {
            "Đăng ký “Dân vận khéo”: \(v1) đơn vị chưa đăng ký cần nhắc, \(v2) thông báo mới."
        }
        public static let danhDauDaDoc = "Đánh dấu đã đọc"
        public static let danhDauDaDocTatCa = "Đánh dấu đã đọc tất cả"
        public static let danvanDonDocBaoCao = "[DanVan] Đôn đốc báo cáo"
        public static func dateNgayKhongHopLeNhap(_ v1: Any) -> String { "--date \(v1): ngày không hợp lệ, nhập dd/mm/yyyy." }
        public static let diaChiLichKhongDungHoac = "Địa chỉ lịch không đúng hoặc đã được thay bằng địa chỉ mới."
        public static func diaChiThuKhongHopLe(_ v1: Any) -> String { "Địa chỉ thư \"\(v1)\" không hợp lệ (ví dụ: canbo@huongtra.gov.vn)." }
        public static func donDocNgayBaoCaoCan(_ v1: Any, _ v2: Any, _ v3: Any) -> String {
            "Đôn đốc ngày \(v1): \(v2) báo cáo cần nhắc, \(v3) thông báo mới, "
        }
        public static let donDocNopBaoCaoBao = "Đôn đốc nộp báo cáo, báo đơn thư quá hạn và gửi thư các thông báo mới"
        public static func donThuQuaHanThongBao(_ v1: Any, _ v2: Any, _ v3: Any) -> String {
            "Đơn thư quá hạn: \(v1) thông báo mới. Thông báo sự kiện: \(v2) thư đã gửi, \(v3) thư gửi lỗi."
        }
        public static let donVi = "Đơn vị"
        public static let hanNopBaoCao = "Hạn nộp báo cáo – "
        public static func hanNopBaoCaoKyDonVi(_ v1: Any, _ v2: Any) -> String { "Hạn nộp báo cáo \(v1) – \(v2)" }
        public static func keHoach(_ v1: Any) -> String { "Kế hoạch “\(v1)”" }
        public static func keHoachSo(_ v1: Any) -> String { "Kế hoạch \(v1)" }
        public static func ketThucVoiMaLabel(_ v1: Any, _ v2: Any, _ v3: Any) -> String { "\(v1) kết thúc với mã \(v2): \(v3)" }
        public static func khongChayDuocLabel(_ v1: Any, _ v2: Any) -> String { "không chạy được \(v1): \(v2)" }
        public static let khongCoThongBaoChuaDoc = "Không có thông báo chưa đọc."
        public static let lich = "Lịch"
        public static let nNthuNayDoDanvanGui = "\n\nThư này do DanVan gửi tự động; thông báo cũng có trong mục Thông báo của bạn."
        public static let nNxemChiTietLabel = "\n\nXem chi tiết: "
        public static let nNxemVaNopBaoCaoLabel = "\n\nXem và nộp báo cáo: "
        public static let ngayChayDdMmYyyyHoac = "Ngày chạy (dd/mm/yyyy hoặc yyyy-mm-dd); mặc định hôm nay theo giờ Việt Nam"
        public static let thongBao = "Thông báo"
        public static func thongBaoChuaDoc(_ v1: Any) -> String { "\(v1) thông báo chưa đọc." }
        public static func thuDaGuiThuGuiLoi(_ v1: Any, _ v2: Any) -> String { "\(v1) thư đã gửi, \(v2) thư gửi lỗi." }
        public static func trangThaiNhanNopLabel(_ v1: Any, _ v2: Any) -> String { "Trạng thái: \(v1)\nHạn nộp: \(v2)" }
        public static func tuChamDiemDanVanChinh(_ v1: Any, _ v2: Any) -> String {
            "Tự chấm điểm dân vận chính quyền: \(v1) phiếu chưa nộp cần nhắc, \(v2) thông báo mới."
        }
        public static let vaDonViTrucThuoc = " và đơn vị trực thuộc"
    }
}
