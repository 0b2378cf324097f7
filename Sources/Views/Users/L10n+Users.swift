/// The words of Users's pages and messages (issue 11: every UI word in L10n).
extension L10n {
    public enum Users {
        public static let banKhongTheTuKhoaTai = "Bạn không thể tự khóa tài khoản của chính mình."
        public static let batDauBang = "Bắt đầu bằng"
        public static let canBoDonVi = "Cán bộ đơn vị"
        public static let chuThuongKhongDauSoDau = "Chữ thường không dấu, số, dấu chấm hoặc gạch dưới."
        public static let chuaCoDiaChiLich = "Chưa có địa chỉ lịch."
        public static let chuaCoKhoaApi = "Chưa có khóa API."
        public static let chuaDung = "Chưa dùng"
        public static let chuyenVienNoiVu = "Chuyên viên Nội vụ"
        public static func coQuaNhieuLanDangNhap(_ v1: Any) -> String {
            "Có quá nhiều lần đăng nhập sai từ máy này. Vui lòng thử lại sau \(v1) phút."
        }
        public static func daCoDiaChiLichKhoa(_ v1: Any) -> String {
            "Đã có địa chỉ lịch (khóa bắt đầu bằng \(v1)…). Tạo địa chỉ mới thì địa chỉ cũ ngừng hoạt động."
        }
        public static func daDatLaiMatKhauCho(_ v1: Any) -> String { "Đã đặt lại mật khẩu cho \(v1)." }
        public static let daDoiMatKhau = "Đã đổi mật khẩu."
        public static let daKhoa = "Đã khóa"
        public static func daKhoaTaiKhoan(_ v1: Any) -> String { "Đã khóa tài khoản \(v1)." }
        public static let daLuuThongTinNguoiDung = "Đã lưu thông tin người dùng."
        public static func daMoKhoaTaiKhoan(_ v1: Any) -> String { "Đã mở khóa tài khoản \(v1)." }
        public static func daTaoTaiKhoan(_ v1: Any, _ v2: Any) -> String { "Đã tạo tài khoản \(v1) (\(v2))." }
        public static func daTaoTaiKhoanTen(_ v1: Any) -> String { "Đã tạo tài khoản \(v1)." }
        public static let daThuHoi = "Đã thu hồi"
        public static func daThuHoiKhoa(_ v1: Any) -> String { "Đã thu hồi khóa \(v1)." }
        public static let dangDung = "Đang dùng"
        public static let dangNhapDanvan = "Đăng nhập DanVan"
        public static let dangNhapGanNhatLabel = "Đăng nhập gần nhất: "
        public static let datLaiMatKhau = "Đặt lại mật khẩu"
        public static let datLaiMatKhauVaMo = "Đặt lại mật khẩu và mở khóa đăng nhập"
        public static let deTrongNeuChiMuonXem = "Để trống nếu chỉ muốn xem thông báo trong hệ thống."
        public static let diaChiLichIcalendarDeThem =
            "Địa chỉ lịch (iCalendar) để thêm hạn nộp báo cáo của đơn vị vào lịch trên điện thoại hoặc Outlook. "
        public static let diaChiLichMoiChiHienLabel = "Địa chỉ lịch mới (chỉ hiển thị một lần, hãy sao chép ngay):"
        public static let diaChiThuDienTu = "Địa chỉ thư điện tử"
        public static let doiMatKhau = "Đổi mật khẩu"
        public static let donVi = "Đơn vị"
        public static let dungGanNhat = "Dùng gần nhất"
        public static let fullNameHoVaTen = "Full name (Họ và tên)"
        public static let goMotPhanTenDonVi =
            "Gõ một phần tên đơn vị (không cần dấu) hoặc mã. Người dùng chỉ xem và thao tác trong đơn vị này và các đơn vị trực thuộc."
        public static let guiKienNghiPhanAnhTra =
            "gửi kiến nghị, phản ánh, tra cứu đơn, xem lịch tiếp công dân, thông tin xã, phường công khai và mô hình “Dân vận khéo”"
        public static let hoVaTen = "Họ và tên"
        public static let itNhat10KyTu = "Ít nhất 10 ký tự."
        public static let khoaApi = "Khóa API"
        public static func khoaApiChoPhepChuongTrinh(_ v1: Any) -> String {
            "Khóa API cho phép chương trình khác gọi \(v1) thay bạn, với quyền của bạn."
        }
        public static let khoaApiCuaBan = "Khóa API của bạn"
        public static let khoaApiMoiChiHienThiLabel = "Khóa API mới (chỉ hiển thị một lần, hãy sao chép ngay):"
        public static let khoaTaiKhoan = "Khóa tài khoản"
        public static let khoaTaiKhoanVaThuHoi = "Khóa tài khoản và thu hồi khóa API"
        public static func khongTimThayDonViCo(_ v1: Any) -> String { "Không tìm thấy đơn vị có mã \(v1)." }
        public static let lanhDaoChiXem = "Lãnh đạo (chỉ xem)"
        public static let lichHanNopBaoCao = "Lịch hạn nộp báo cáo"
        public static let luuDiaChiThu = "Lưu địa chỉ thư"
        public static func matKhauCanItNhatKy(_ v1: Any) -> String { "Mật khẩu cần ít nhất \(v1) ký tự." }
        public static let matKhauHienTai = "Mật khẩu hiện tại"
        public static let matKhauHienTaiKhongDung = "Mật khẩu hiện tại không đúng."
        public static let matKhauLabel = "Mật khẩu: "
        public static let matKhauMoi = "Mật khẩu mới"
        public static let matKhauMoiLabel = "Mật khẩu mới: "
        public static let moKhoa = "Mở khóa"
        public static let moKhoaTaiKhoan = "Mở khóa tài khoản"
        public static let nguoiDanKhongCanTaiKhoanLabel = "Người dân không cần tài khoản: "
        public static func nguoiDung(_ v1: Any, _ v2: Any) -> String { "Người dùng: \(v1) (\(v2))" }
        public static let nguoiDungDoiTuong = "Người dùng"
        public static let nguoiDungSeBiDangXuat = "Người dùng sẽ bị đăng xuất và không đăng nhập được nữa; khóa API của họ ngừng hiệu lực."
        public static let nguoiDungSeDangNhapLai = "Người dùng sẽ đăng nhập lại được."
        public static let quanLyTaiKhoanNguoiDung = "Quản lý tài khoản người dùng (user accounts)"
        public static let quanTriHeThong = "Quản trị hệ thống"
        public static func taiKhoan(_ v1: Any) -> String { "Tài khoản \(v1)" }
        public static let taiKhoanCua = "Tài khoản của "
        public static let taiKhoanDaBiKhoaLien = "Tài khoản đã bị khóa. Liên hệ quản trị hệ thống."
        public static let taiKhoanNayDangBiKhoa = "Tài khoản này đang bị khóa."
        public static func taiKhoanTamKhoaDoDang(_ v1: Any) -> String {
            "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau \(v1) phút."
        }
        public static let taoDiaChiLich = "Tạo địa chỉ lịch"
        public static let taoDiaChiLichMoi = "Tạo địa chỉ lịch mới"
        public static let taoKhoa = "Tạo khóa"
        public static let taoKhoaApi = "Tạo khóa API"
        public static let taoLuc = "Tạo lúc"
        public static let taoTaiKhoan = "Tạo tài khoản"
        public static let ten = "Tên"
        public static func tenDangNhapDaCoNguoi(_ v1: Any) -> String { "Tên đăng nhập \(v1) đã có người dùng." }
        public static let tenDangNhapDai340 = "Tên đăng nhập dài 3–40 ký tự, chỉ gồm chữ thường không dấu, số, dấu chấm, gạch dưới."
        public static let tenDangNhapHoacMatKhau = "Tên đăng nhập hoặc mật khẩu không đúng."
        public static let tenGoiNho = "Tên gợi nhớ"
        public static let themCay1VaoCuoiDia = "Thêm &cay=1 vào cuối địa chỉ để gồm cả các đơn vị trực thuộc."
        public static let themNguoiDung = "Thêm người dùng"
        public static let themNguoiDungNut = "+ Thêm người dùng"
        public static let thuHoi = "Thu hồi"
        public static let thuNhacHan = "Thư nhắc hạn"
        public static let tim = "Tìm"
        public static let vaiTro = "Vai trò"
        public static let vuiLongDatTenGoiNho = "Vui lòng đặt tên gợi nhớ cho khóa (tối đa 100 ký tự)."
        public static let vuiLongNhapHoVaTen = "Vui lòng nhập họ và tên."
        public static let vuiLongNhapMaDonVi = "Vui lòng nhập mã đơn vị."
        public static let vuiLongNhapTenDangNhap = "Vui lòng nhập tên đăng nhập và mật khẩu."
    }
}
