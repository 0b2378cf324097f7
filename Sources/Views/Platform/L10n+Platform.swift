/// The words of Platform's pages and messages (issue 11: every UI word in L10n).
extension L10n {
    public enum Platform {
        public static let banCanDangNhapDeTiep = "Bạn cần đăng nhập để tiếp tục."
        public static let banKhongCoQuyenThucHien = "Bạn không có quyền thực hiện thao tác này."
        public static let banThaoTacQuaNhieuLan = "Bạn thao tác quá nhiều lần. Vui lòng thử lại sau."
        public static let baoCao = "Báo cáo"
        public static func bieuDoCotChongKy(_ v1: Any) -> String { "Biểu đồ cột chồng, \(v1) kỳ." }
        public static func bieuDoDuongKy(_ v1: Any, _ v2: Any) -> String { "Biểu đồ đường, \(v1) kỳ\(v2)." }
        public static func caBieuMauToiDa(_ v1: Any) -> String { "cả biểu mẫu tối đa \(v1)." }
        public static let canDangNhap = "Cần đăng nhập"
        public static func canMotSoNguyenDuong(_ v1: Any, _ v2: Any) -> String { "\(v1)=\(v2): cần một số nguyên dương" }
        public static func canTrueHoacFalse(_ v1: Any, _ v2: Any) -> String { "\(v1): \(v2) cần true hoặc false" }
        public static let cauHinhKhongHopLeN = "Cấu hình không hợp lệ:\n- "
        public static let chamDiem = "Chấm điểm"
        public static func chuaDoc(_ v1: Any, _ v2: Any) -> String { "\(v1) (\(v2) chưa đọc)" }
        public static let coKyTuKhongHopLe =
            "Dữ liệu gửi lên có ký tự rỗng (NUL), thường do dán từ tệp khác: hãy xóa ký tự đó rồi gửi lại. Chưa có gì được lưu."
        public static let coLoiXayRa = "Có lỗi xảy ra"
        public static let coSoDuLieuDoHieu = "Cơ sở dữ liệu đo hiệu năng phải trống."
        public static func daXoaPhienDangNhapHet(_ v1: Any) -> String { "Đã xóa \(v1) phiên đăng nhập hết hạn." }
        public static let danChuCoSo = "Dân chủ cơ sở"
        public static let danVanKheo = "Dân vận khéo"
        public static func danvanMailFromCanMotDia(_ v1: Any) -> String {
            "DANVAN_MAIL_FROM=\(v1): cần một địa chỉ thư, ví dụ \"DanVan <danvan@ubnd.gov.vn>\""
        }
        public static func danvanMaxBodyViDu2mb(_ v1: Any) -> String { "DANVAN_MAX_BODY=\(v1): ví dụ 2mb, 512kb" }
        public static func danvanPublicUrlCanBatDau(_ v1: Any) -> String { "DANVAN_PUBLIC_URL=\(v1): cần bắt đầu bằng https://" }
        public static func danvanSendmailCanDuongDanTuyet(_ v1: Any) -> String {
            "DANVAN_SENDMAIL=\(v1): cần đường dẫn tuyệt đối, ví dụ /usr/sbin/sendmail"
        }
        public static let databaseUrlPhaiBatDauBang = "DATABASE_URL phải bắt đầu bằng postgres://"
        public static let dinhDangDuLieuKhongDuoc = "Định dạng dữ liệu không được hỗ trợ."
        public static let doHieuNangBoDauVa = "Đo hiệu năng: bỏ dấu và truy vấn cây đơn vị (benchmarks)"
        public static let donThu = "Đơn thư"
        public static let donViNayNamNgoaiPham = "Đơn vị này nằm ngoài phạm vi đơn vị của bạn."
        public static func duLieuGuiLenVuotQua(_ v1: Any) -> String { "Dữ liệu gửi lên vượt quá dung lượng cho phép: mỗi tệp tối đa \(v1), " }
        public static func duLieuGuiLenVuotQuaToiDa(_ v1: Any) -> String { "Dữ liệu gửi lên vượt quá dung lượng cho phép (tối đa \(v1))." }
        public static func duLieuKhongDocDuocLabel(_ v1: Any) -> String { "Dữ liệu không đọc được: \(v1)" }
        public static let duLieuKhongHopLe = "Dữ liệu không hợp lệ."
        public static let duLieuKhongHopLeTieuDe = "Dữ liệu không hợp lệ"
        public static let duLieuQuaLon = "Dữ liệu quá lớn"
        public static let duongDan = "Đường dẫn"
        public static let goMotPhanTenDonVi = "Gõ một phần tên đơn vị, không cần dấu (ví dụ: tư pháp hương trà), hoặc mã đơn vị."
        public static let heThongGapLoiDuLieu = "Hệ thống gặp lỗi. Dữ liệu của bạn chưa bị thay đổi; vui lòng thử lại sau."
        public static let keHoach = "Kế hoạch"
        public static let khongCoQuyenTruyCap = "Không có quyền truy cập"
        public static let khongTimThayTrang = "Không tìm thấy trang"
        public static let khongTimThayTrangBanYeu = "Không tìm thấy trang bạn yêu cầu."
        public static func khongTonTaiHoacDaBi(_ v1: Any) -> String { "\(v1) không tồn tại hoặc đã bị xóa." }
        public static let ky = "Kỳ"
        public static let lienHeLabel = "Liên hệ: "
        public static let loiHeThong = "Lỗi hệ thống"
        public static let nhungGiDaLuuTruocDo = " Những gì đã lưu trước đó không bị ảnh hưởng; hãy chọn tệp nhỏ hơn rồi gửi lại."
        public static let noiDungKhongDungDinhDang = "nội dung không đúng định dạng JSON."
        public static let noiDungKhongHopLe = "nội dung không hợp lệ."
        public static let oCoDauLaBatBuoc = "Ô có dấu * là bắt buộc phải điền."
        public static let phanTrang = "Phân trang"
        public static let phienDangNhapSessions = "Phiên đăng nhập (sessions)"
        public static let phienLamViecCuaBieuMau = "Phiên làm việc của biểu mẫu đã hết hạn. Vui lòng tải lại trang và gửi lại."
        public static let phuongThucKhongDuocHoTro = "Phương thức không được hỗ trợ"
        public static let phuongThucNayKhongDuocHo = "Phương thức này không được hỗ trợ cho địa chỉ này."
        public static let quaNhieuYeuCau = "Quá nhiều yêu cầu"
        public static let quanLy = " quản lý."
        public static let tep = "Tệp"
        public static func tepLonHon(_ v1: Any) -> String { "Tệp lớn hơn \(v1)." }
        public static func thieuTruong(_ v1: Any) -> String { "thiếu trường \"\(v1)\"." }
        public static let thongBao = "Thông báo"
        public static let tiepCongDan = "Tiếp công dân"
        public static let tong = "Tổng"
        public static func tongSauChamPhay(_ v1: Any) -> String { "; tổng \(v1)." }
        public static let trangDo = "Trang do "
        public static func trangMuc(_ v1: Any, _ v2: Any, _ v3: Any) -> String { "Trang \(v1)/\(v2) · \(v3) mục" }
        public static let trangTruoc = "← Trang trước"
        public static func truongKhongHopLe(_ v1: Any) -> String { "trường \"\(v1)\" không hợp lệ." }
        public static func tuDen(_ v1: Any, _ v2: Any) -> String { " từ \(v1) đến \(v2)" }
        public static let uyBanNhanDan = "Ủy ban nhân dân"
        public static let veTrangChu = "Về trang chủ"
        public static let viecCanLam = "Việc cần làm"
        public static let vuiLongSuaCacLoiSauLabel = "Vui lòng sửa các lỗi sau:"
        public static let xoaCacPhienDangNhapDa = "Xóa các phiên đăng nhập đã hết hạn (chạy bằng cron)"
        public static let yeuCauKhongHopLe = "Yêu cầu không hợp lệ."
        public static let yeuCauKhongHopLeTieuDe = "Yêu cầu không hợp lệ"
    }
}
