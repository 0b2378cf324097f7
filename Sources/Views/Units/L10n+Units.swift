/// The words of Units's pages and messages (issue 11: every UI word in L10n).
extension L10n {
    public enum Units {
        public static let anhXaCoQuanLabel = "Ánh xạ cơ quan: "
        public static let anhXaCoQuanMacDinhLabel = "Ánh xạ cơ quan mặc định theo tên (CHƯA áp dụng; hãy xem lại, sửa rồi truyền bằng --agencies):"
        public static let anhXaCoQuanOldCode = "Ánh xạ cơ quan (old_code,new_code; để trống new_code thì cơ quan giải thể không có kế thừa)"
        public static let apDung = "Áp dụng"
        public static let apDungBangChuyenDoiChinh =
            "Áp dụng bảng chuyển đổi chính thức (ĐVHC mới – cũ): đơn vị cũ giữ mã trở thành đơn vị mới (đổi tên, chuyển cấp trên), "
        public static let baCapTruoc072025 = "Ba cấp (trước 07/2025)"
        public static let banVanXemDuocDuLieu =
            ". Bạn vẫn xem được dữ liệu cũ của đơn vị; hãy đề nghị quản trị viên chuyển tài khoản sang đơn vị mới."
        public static let bangChuyenDoiCoLoiChua = "Bảng chuyển đổi có lỗi, chưa có gì thay đổi."
        public static func bangChuyenDoiCoLoiChuaLabel(_ v1: Any) -> String { "Bảng chuyển đổi có \(v1) lỗi, chưa thể áp dụng:" }
        public static let bangChuyenDoiCsv = "Bảng chuyển đổi (CSV)"
        public static let bangChuyenDoiLabel = "Bảng chuyển đổi: "
        public static let baoCao = "Báo cáo"
        public static let bo = "bỏ "
        public static func boQuaDongCoMaXaLabel(_ v1: Any) -> String { "  Bỏ qua \(v1) dòng có mã xã cũ không có trong cơ sở dữ liệu:" }
        public static let boQuaVaLietKeCac = "Bỏ qua (và liệt kê) các dòng có mã xã cũ không có trong cơ sở dữ liệu"
        public static func boTrungVoiDonViKe(_ v1: Any, _ v2: Any) -> String { "; bỏ \(v1) \(v2) trùng với đơn vị kế thừa" }
        public static let cacCotOldCodeOldDistrict = """
            Các cột old_code, old_district_code, old_province_code, new_code, new_province_code, merge. Để trống để dùng bảng chính thức kèm theo\
             phần mềm.
            """
        public static let cacDonViCuLabel = "các đơn vị cũ: "
        public static let cacXaHuyenTinhCuKhac =
            "các xã, huyện, tỉnh cũ khác giải thể từ ngày hiệu lực và nằm dưới đơn vị kế thừa; việc đang mở của đơn vị sáp nhập toàn bộ "
        public static let cacXaPhuongThiTranCuLabel = "các xã, phường, thị trấn cũ: "
        public static let canEffectiveLaNgayHieuLuc = "Cần --effective là ngày hiệu lực dạng dd/MM/yyyy, ví dụ 01/07/2025."
        public static let chiMucTimKiemDonDungLaiSauKhiGhi =
            "  Chỉ mục tìm kiếm đơn được dựng lại ngay sau khi ghi; trong lúc đó tìm kiếm đơn vẫn cho kết quả đúng nhưng chậm hơn."
        public static let chiNhapTinhThanhPhoCo = "Chỉ nhập tỉnh, thành phố có mã"
        public static let chiTiet = "Chi tiết"
        public static let chinhQuyenHaiCapTu01 = "Chính quyền hai cấp (từ 01/07/2025)"
        public static let choHoatDongTroLai = "Cho hoạt động trở lại"
        public static let chuaChonBangChuyenDoi = "Chưa chọn bảng chuyển đổi."
        public static let chuaCoThayDoiNao = "Chưa có thay đổi nào."
        public static let chuyen = "Chuyển"
        public static let chuyenDonViCapTren = "Chuyển đơn vị cấp trên"
        public static let chuyenSang = "Chuyển sang"
        public static func chuyenSangDonVi(_ v1: Any) -> String { "Chuyển sang \(v1)" }
        public static let chuyenSangDonViCapTren = "Chuyển sang đơn vị cấp trên khác"
        public static let chuyenSangDonViKeThua =
            "chuyển sang đơn vị kế thừa; việc đã xong ở lại đơn vị đã làm. Mọi thay đổi trong một giao dịch; chạy lại không thay đổi gì."
        public static let chuyenViecDangMoSangDonLabel = "  chuyển việc đang mở sang đơn vị kế thừa: "
        public static let coCauToChuc = "Cơ cấu tổ chức"
        public static let coCauToChucPhaiLa = "Cơ cấu tổ chức phải là 2024 hoặc 2025."
        public static let coHieuLucTuDdMm = "Có hiệu lực từ (dd/mm/yyyy)"
        public static let coQuanCu = "Cơ quan cũ"
        public static let coQuanCuaHuyenTinhGiai = "Cơ quan của huyện, tỉnh giải thể"
        public static func coToChucLaiDonVi(_ v1: Any) -> String {
            "Có tổ chức lại đơn vị hành chính từ ngày \(v1): số liệu trước ngày đó tính của các đơn vị cũ, "
        }
        public static func conDonViTrucThuocDang(_ v1: Any) -> String {
            "Còn \(v1) đơn vị trực thuộc đang hoạt động. Hãy chuyển hoặc giải thể các đơn vị đó trước."
        }
        public static func conViecChoChonDonVi(_ v1: Any) -> String { "Còn \(v1) việc chờ chọn đơn vị kế thừa." }
        public static func daChuyenTaiKhoanTuSang(_ v1: Any, _ v2: Any, _ v3: Any) -> String { "Đã chuyển tài khoản \(v1) từ \(v2) sang \(v3)." }
        public static func daChuyenVe(_ v1: Any, _ v2: Any) -> String { "Đã chuyển \(v1) về \(v2)." }
        public static func daDoiTenDonViThanh(_ v1: Any) -> String { "Đã đổi tên đơn vị thành \(v1)." }
        public static func daDungLaiChiMucTimKiemDon(_ v1: Any) -> String { "Đã dựng lại chỉ mục tìm kiếm đơn sau \(v1) giây." }
        public static let daGiaiTheTu = "Đã giải thể từ "
        public static func daGiaiTheTuNgay(_ v1: Any, _ v2: Any) -> String { "Đã giải thể \(v1) từ ngày \(v2)." }
        public static func daGiaoViecChoDonVi(_ v1: Any) -> String { "Đã giao \(v1) việc cho đơn vị kế thừa." }
        public static func daHoatDongTroLai(_ v1: Any) -> String { "\(v1) đã hoạt động trở lại." }
        public static func daNapTenCuCuaCac(_ v1: Any) -> String { "Đã nạp \(v1) tên cũ của các xã, phường từ bảng chuyển đổi" }
        public static func daNhapDonViMoiSua(_ v1: Any, _ v2: Any, _ v3: Any, _ v4: Any) -> String {
            "Đã nhập: \(v1) đơn vị mới, \(v2) sửa mã, \(v3) đổi tên, \(v4) không đổi."
        }
        public static func daThemDonVi(_ v1: Any) -> String { "Đã thêm đơn vị \(v1)." }
        public static let daToChucLai = "Đã tổ chức lại"
        public static let dangDungLaiChiMucTimKiemDon = "Đang dựng lại chỉ mục tìm kiếm đơn…"
        public static let danhMucDonViOrganizationUnits = "Danh mục đơn vị (organization units)"
        public static let ddMmYyyyViDu01 = "dd/mm/yyyy, ví dụ 01/07/2025."
        public static let deTrongDeNhapToanBo = "Để trống để nhập toàn bộ tệp."
        public static let deXuatTheoTenCanXac = "Đề xuất theo tên (cần xác nhận)"
        public static let dieuChinhDonVi = "Điều chỉnh đơn vị"
        public static let doiTen = "Đổi tên"
        public static let don = "Đơn"
        public static let donDangGiaiQuyet = "đơn đang giải quyết"
        public static let donVi = "Đơn vị"
        public static let donViBaoCao = "Đơn vị báo cáo"
        public static let donViCapTren = "Đơn vị cấp trên"
        public static let donViCapTrenKhongTon = "Đơn vị cấp trên không tồn tại."
        public static let donViCapTrenMoi = "Đơn vị cấp trên mới"
        public static let donViCapTrenMoiKhong = "Đơn vị cấp trên mới không tồn tại."
        public static func donViCuTiepTucThanh(_ v1: Any, _ v2: Any) -> String {
            "  \(v1) đơn vị cũ tiếp tục thành đơn vị mới (đổi tên, chuyển cấp trên), \(v2) đơn vị mới được tạo;"
        }
        public static func donViCuaBanDaGiai(_ v1: Any, _ v2: Any) -> String { "Đơn vị của bạn (\(v1)) đã giải thể từ ngày \(v2)" }
        public static let donViDaCoCungMa = """
            Đơn vị đã có (cùng mã) được giữ nguyên hoặc đổi tên; toàn bộ tệp được nhập trong một giao dịch, lỗi ở bất kỳ dòng nào thì không có gì bị\
             ghi.
            """
        public static let donViDaGiaiThe = "Đơn vị đã giải thể"
        public static let donViHanhChinhTuNgay = " đơn vị hành chính từ ngày "
        public static func donViKeThuaDuocChon(_ v1: Any, _ v2: Any) -> String {
            "\(v1) #\(v2): đơn vị kế thừa được chọn đã có việc cùng kỳ hoặc cùng nhiệm vụ."
        }
        public static func donViKeThuaNhan(_ v1: Any) -> String { "Đơn vị kế thừa nhận \(v1)" }
        public static func donViKhongKhopVoiDanh(_ v1: Any) -> String { " \(v1) đơn vị không khớp với danh sách mới, được giữ nguyên." }
        public static func donViMoiTrongBangChua(_ v1: Any) -> String { "; \(v1) đơn vị mới trong bảng chưa có trong cơ sở dữ liệu." }
        public static let donViSuNghiep = "Đơn vị sự nghiệp"
        public static func donViTrucThuoc(_ v1: Any) -> String { "Đơn vị trực thuộc (\(v1))" }
        public static let donViTrucThuocTieuDe = "Đơn vị trực thuộc "
        public static func dongCuaBangThuocTinhKhong(_ v1: Any) -> String { " \(v1) dòng của bảng thuộc tỉnh không có trong cơ sở dữ liệu, bỏ qua." }
        public static let giaiThe = "Giải thể"
        public static let giaiTheKhongCoCoQuan = "— (giải thể, không có cơ quan kế thừa)"
        public static let giaiTheNgungHoatDong = "Giải thể / ngừng hoạt động"
        public static func giaiTheXaHuyenTinhCo(_ v1: Any, _ v2: Any, _ v3: Any, _ v4: Any) -> String {
            "  giải thể \(v1) xã, \(v2) huyện, \(v3) tỉnh, \(v4) cơ quan;"
        }
        public static let giaoTatCaTheoMacDinh = "Giao tất cả theo mặc định"
        public static let giaoTheoLuaChonTrenTrang = "Giao theo lựa chọn trên trang"
        public static func giuNguyenXaKhongCoTrongLabel(_ v1: Any) -> String {
            "  Giữ nguyên \(v1) xã không có trong bảng chuyển đổi mà còn việc đang mở:"
        }
        public static let goMotPhanTenKhongCan = "Gõ một phần tên, không cần dấu, hoặc mã. Toàn bộ đơn vị trực thuộc được chuyển theo."
        public static let gom = ", gồm "
        public static let gomDonViDaGiaiThe = " Gồm đơn vị đã giải thể"
        public static func hayGoThemMotTuTrong(_ v1: Any) -> String { "Hãy gõ thêm một từ trong tên đơn vị hoặc đơn vị cấp trên, ví dụ “\(v1)”." }
        public static let hayXemLaiAnhXaCo = "Hãy xem lại ánh xạ cơ quan và đánh dấu “Tôi đã xem lại ánh xạ cơ quan” trước khi áp dụng."
        public static let heThong = "Hệ thống"
        public static let hoatDongTroLai = "Hoạt động trở lại"
        public static let hoatDongTu = "Hoạt động từ"
        public static let hoatDongTuNgayDdMm = "Hoạt động từ ngày (dd/mm/yyyy)"
        public static let huyenQuanThiXaThanhPho = "Huyện, quận, thị xã, thành phố thuộc tỉnh"
        public static func ketQuaTim(_ v1: Any) -> String { "Kết quả tìm \"\(v1)\"" }
        public static let khac = "Khác"
        public static let khongApDungDuocBangChuyen = "Không áp dụng được bảng chuyển đổi, chưa có gì thay đổi:\n"
        public static let khongCoCoQuanNaoCan = "Không có cơ quan nào cần ánh xạ."
        public static func khongCoDonViMaDe(_ v1: Any) -> String { "Không có đơn vị mã \(v1) để đặt các tỉnh vào." }
        public static func khongCoTinhThanhPhoMa(_ v1: Any) -> String { "Không có tỉnh, thành phố mã \(v1) trong danh sách." }
        public static func khongConLaViecDangMo(_ v1: Any, _ v2: Any) -> String {
            "\(v1) #\(v2): không còn là việc đang mở của một xã bị chia tách trong phạm vi của bạn."
        }
        public static func khongDocDuocBangChuyenDoi(_ v1: Any) -> String { "Không đọc được bảng chuyển đổi \(v1) hoặc danh mục 2024." }
        public static let khongDocDuocDanhMucDon = "Không đọc được danh mục đơn vị hành chính 2025."
        public static func khongDocDuocTep(_ v1: Any) -> String { "Không đọc được tệp \(v1)." }
        public static func khongKhopGiuNguyenLabel(_ v1: Any) -> String { "  Không khớp, giữ nguyên: \(v1)" }
        public static let khongTheChuyenMotDonVi = "Không thể chuyển một đơn vị vào bên trong chính nó hoặc đơn vị cấp dưới của nó."
        public static func khongTimThayDonViTrong(_ v1: Any) -> String {
            "Không tìm thấy đơn vị “\(v1)” trong phạm vi của bạn. Hãy gõ tên đơn vị (không cần dấu) hoặc mã đơn vị."
        }
        public static let lichSuThayDoi = "Lịch sử thay đổi"
        public static let loaiDonVi = "Loại đơn vị"
        public static let luotCoTenTrongDanhSach = "lượt có tên trong danh sách đơn vị báo cáo của chế độ báo cáo"
        public static func ma(_ v1: Any) -> String { "mã \(v1)" }
        public static func maCuMaMoi(_ v1: Any, _ v2: Any) -> String { "mã \(v1) → \(v2)" }
        public static let maDonVi = "Mã đơn vị"
        public static func maDonViDaDuocDung(_ v1: Any) -> String { "Mã đơn vị \(v1) đã được dùng cho một đơn vị khác." }
        public static let maDonViKhongDuocDe = "Mã đơn vị không được để trống và tối đa 40 ký tự."
        public static let maDuyNhatViDu474 = "Mã duy nhất, ví dụ 474.PNV."
        public static let macDinh = " (mặc định)"
        public static let moHinh = "Mô hình"
        public static let moHinhDanVanKheoDang = "mô hình “Dân vận khéo” đang thực hiện"
        public static let moLai = "Mở lại"
        public static let moiLuaChonDuocGhiLai = "Mỗi lựa chọn được ghi lại cùng người quyết định."
        public static let motPhan = "một phần "
        public static let motPhanTrongNgoac = "một phần"
        public static let mttqDoanThe = "MTTQ, đoàn thể"
        public static let n0LapKeHoachDocDon = "0. lập kế hoạch (đọc đơn vị, đơn vị có việc đang mở)"
        public static let n0bDocMaDonVi = "0b. đọc mã đơn vị"
        public static let n1TaoDonViMoi = "1. tạo đơn vị mới"
        public static let n2DoiTenDonViTiep = "2. đổi tên đơn vị tiếp tục"
        public static let n3GiaiTheChuyenCapTren = "3. giải thể, chuyển cấp trên, lịch sử"
        public static let n4DuongDanTrongCay = "4. đường dẫn trong cây"
        public static let n5KeThuaTenCu = "5. kế thừa, tên cũ"
        public static let n6ViecDangMoChuyenSang = "6. việc đang mở chuyển sang đơn vị kế thừa"
        public static let n6aDuongDanCuaThon = "6a. đường dẫn của thôn"
        public static let n6bDemViecCuaXaBi = "6b. đếm việc của xã bị chia tách"
        public static let n7ChiMucTimKiemDon = "7. chỉ mục tìm kiếm đơn"
        public static let nchayLaiVoiDryRunDe = "\nChạy lại với --dry-run để xem trước và lấy ánh xạ cơ quan mặc định."
        public static let ngayHieuLuc = "Ngày hiệu lực"
        public static let ngayHieuLucKhongHopLe = "Ngày hiệu lực không hợp lệ; nhập theo dạng dd/mm/yyyy."
        public static let ngayHieuLucPhaiCoDang = "Ngày hiệu lực phải có dạng dd/mm/yyyy, ví dụ 01/07/2025."
        public static func ngayKhongHopLeDungYyyy(_ v1: Any) -> String { "Ngày \"\(v1)\" không hợp lệ; dùng yyyy-MM-dd." }
        public static let ngayKhongHopLeNhapTheo = "Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy, ví dụ 05/02/2024."
        public static let nghiaVu = "Nghĩa vụ"
        public static let nghiaVuTheoKeHoachChua = "nghĩa vụ theo kế hoạch chưa thực hiện"
        public static let nguoiThucHien = "Người thực hiện"
        public static let nhap = "Nhập"
        public static let nhapDanhMucCsv = "Nhập danh mục CSV"
        public static let nhapDanhMucDonVi = "Nhập danh mục đơn vị"
        public static let nhapDanhMucDonViHanh = "Nhập danh mục đơn vị hành chính và các cơ quan chuyên môn (import administrative units)"
        public static let phanCong = "Phân công"
        public static let phanCongChuaHoanThanh = "phân công chưa hoàn thành"
        public static let phongBanChuyenMon = "Phòng, ban chuyên môn"
        public static func sapNhapVao(_ v1: Any) -> String { ", sáp nhập vào \(v1)" }
        public static let sapNhapVaoDonViKe = "Sáp nhập vào đơn vị kế thừa"
        public static let soBanNganh = "Sở, ban, ngành"
        public static let soDonViTrongPhamVi = "Số đơn vị trong phạm vi"
        public static let structureChiNhan2024Hoac2025 = "--structure chỉ nhận 2024 hoặc 2025."
        public static let suaMa = "Sửa mã"
        public static let taiKhoan = "Tài khoản"
        public static let taiKhoanNayKhongThuocMot = "Tài khoản này không thuộc một đơn vị đã giải thể có đơn vị kế thừa trong phạm vi của bạn."
        public static let taiKhoanThuocDonViDa = "Tài khoản thuộc đơn vị đã giải thể"
        public static func ten(_ v1: Any, _ v2: Any) -> String { "tên “\(v1)” → “\(v2)”" }
        public static let tenDonVi = "Tên đơn vị"
        public static let tenDonViKhongDuocDe = "Tên đơn vị không được để trống và tối đa 250 ký tự."
        public static func tenMaPhan(_ v1: Any, _ v2: Any, _ v3: Any) -> String { "\(v1) (mã \(v2), \(v3))" }
        public static let tenMoi = "Tên mới"
        public static let tepAnhXaCoQuanCsv = "Tệp ánh xạ cơ quan (CSV old_code,new_code, không bắt buộc)"
        public static let tepCsv = "Tệp CSV *"
        public static let tepCsvMaHoaUtf8 =
            "Tệp CSV mã hóa UTF-8 với các cột code, name, division_type, parent_code, level (như danh mục chính thức). "
        public static let thanYeuCauPhaiLaNoi = "Thân yêu cầu phải là nội dung tệp CSV."
        public static let thanhLap = "Thành lập"
        public static let thayDoi = "Thay đổi"
        public static let themCacCoQuanChuyenMon = " Thêm các cơ quan chuyên môn theo mẫu"
        public static let themDonVi = "+ Thêm đơn vị"
        public static let themDonViTieuDe = "Thêm đơn vị"
        public static let thonToDanPho = "Thôn, tổ dân phố"
        public static let thonToDanPhoVietThuong = "thôn, tổ dân phố"
        public static let tiepNhanDonViCu = "Tiếp nhận đơn vị cũ"
        public static let tim = "Tìm"
        public static let tinhThanhPho = "Tỉnh, thành phố"
        public static let toChucLaiDonViHanh = "Tổ chức lại đơn vị hành chính theo bảng chuyển đổi (từ 01/07/2025)"
        public static let toChucLaiDonViHanhChinh = "Tổ chức lại đơn vị hành chính"
        public static let toChucLaiDonViHanhChinhTroGiup = "Tổ chức lại đơn vị hành chính theo bảng chuyển đổi (apply the 2025 reorganisation)"
        public static let toanBo = "toàn bộ"
        public static let toiDaXemLaiAnhXa = "Tôi đã xem lại ánh xạ cơ quan ở trên"
        public static let toiXacNhanGiaiTheDon = " Tôi xác nhận giải thể đơn vị này. Lịch sử và dữ liệu của đơn vị vẫn được giữ lại."
        public static let tongDenKhiGhiXong = "tổng, đến khi giao dịch đã ghi xong"
        public static func trungVoi(_ v1: Any) -> String { " trùng với \(v1)" }
        public static func trungVoiViecDaCoCung(_ v1: Any) -> String {
            " trùng với việc \(v1) đã có (cùng kỳ, cùng nhiệm vụ), giữ ở đơn vị cũ, không nhân đôi"
        }
        public static let truocDayLabel = " (trước đây: "
        public static func tu(_ v1: Any) -> String { " (từ \(v1))" }
        public static let tuNgayDdMmYyyy = "Từ ngày (dd/mm/yyyy)"
        public static let tuNgayDoTinhCuaDon = "từ ngày đó tính của đơn vị kế thừa; việc đã xong ở đơn vị cũ vẫn ghi tên đơn vị cũ."
        public static let viec = "Việc"
        public static let viecDangMoCuaCacXa = "Việc đang mở của các xã bị chia tách"
        public static let viecDangMoCuaXaBi = "Việc đang mở của xã bị chia tách"
        public static func viecTrungVoiViecDonVi(_ v1: Any) -> String { "; \(v1) việc trùng với việc đơn vị kế thừa đã có, giữ ở đơn vị cũ" }
        public static let vietNam = "Việt Nam"
        public static let vuiLongChonMotTepCsv = "Vui lòng chọn một tệp CSV."
        public static let vuiLongDanhDauOXac = "Vui lòng đánh dấu ô xác nhận trước khi giải thể."
        public static let vuiLongNhapMaDonVi = "Vui lòng nhập mã đơn vị."
        public static let vuiLongNhapTenDonVi = "Vui lòng nhập tên đơn vị."
        public static func xaBiChiaTachViecDang(_ v1: Any, _ v2: Any) -> String {
            "  \(v1) xã bị chia tách, \(v2) việc đang mở của các xã đó chờ người chọn đơn vị kế thừa."
        }
        public static let xaCu = "Xã cũ"
        public static let xaCuBiChiaChoNhieu =
            "Xã cũ bị chia cho nhiều đơn vị mới: chọn đơn vị kế thừa nhận từng việc. Mặc định là đơn vị nhận phần lớn (toàn bộ) của xã cũ. "
        public static let xaPhuongThiTranDacKhu = "Xã, phường, thị trấn, đặc khu"
        public static let xemTatCaDonViTruc = "Xem tất cả đơn vị trực thuộc"
        public static let xemTruoc = "Xem trước"
        public static let xemTruocChuaApDung = "Xem trước (chưa áp dụng)"
        public static let xemTruocLai = "Xem trước lại"
        public static let xemTruocToChucLai = "Xem trước tổ chức lại"
        public static let yeuCauBaoCaoChuaDuoc = "yêu cầu báo cáo chưa được chấp nhận"
    }
}
