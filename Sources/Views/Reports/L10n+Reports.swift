/// The words of Reports's pages and messages (issue 11: every UI word in L10n).
extension L10n {
    public enum Reports {
        public static let banXemLaiBoSungRoi = ". Bạn xem lại, bổ sung rồi nộp như báo cáo của đơn vị mình."
        public static let baoCao = "Báo cáo"
        public static let baoCaoCuaDonVi = "Báo cáo của đơn vị"
        public static func baoCaoCuaGui(_ v1: Any, _ v2: Any, _ v3: Any) -> String { "báo cáo \(v1) của \(v2) gửi \(v3)" }
        public static let baoCaoDaChapNhanSe = "Báo cáo đã chấp nhận sẽ bị khóa và được đưa vào tổng hợp."
        public static let baoCaoDaDuocChapNhan = "Báo cáo đã được chấp nhận và khóa; không thể sửa hay nộp lại."
        public static let baoCaoDangChoDuyetChi = "Báo cáo đang chờ duyệt; chỉ sửa được khi bị trả lại."
        public static let baoCaoDinhKy = "Báo cáo định kỳ"
        public static let baoCaoDocxTheThucNghi = "Báo cáo (.docx, thể thức Nghị định 30/2020)"
        public static let baoCaoKhongOTrangThai = "Báo cáo không ở trạng thái chờ duyệt (đã được xử lý hoặc chưa nộp)."
        public static func baoCaoKyDonVi(_ v1: Any, _ v2: Any) -> String { "Báo cáo \(v1) — \(v2)" }
        public static let baoCaoTongHopDocx = "báo cáo tổng hợp (.docx)"
        public static let baoCaoTruocKy = "Báo cáo "
        public static let baoCaoVuaDuocNguoiKhac = "Báo cáo vừa được người khác cập nhật. Hãy tải lại trang; số liệu bạn nhập chưa được lưu."
        public static let biTraLai = "Bị trả lại"
        public static let bieuSoLieu = "Biểu số liệu"
        public static let boXacNhanNam = "Bỏ xác nhận năm "
        public static let caCacDonViTrucThuoc = "Cả các đơn vị trực thuộc"
        public static let cacDonViBaoCaoMoi = "Các đơn vị báo cáo, mỗi dòng một đơn vị"
        public static let cacDonViChuaBaoCao = "(Các đơn vị chưa báo cáo nội dung này.)"
        public static func cacKyBaoCaoNam(_ v1: Any) -> String { "Các kỳ báo cáo năm \(v1)" }
        public static let cacLanNop = "Các lần nộp"
        public static let cacVanBanDocxCuaDon = ". Các văn bản .docx của đơn vị sẽ in người ký này."
        public static let cachTongHop = "Cách tổng hợp"
        public static let canCuLabel = " Căn cứ: "
        public static let chapNhan = "Chấp nhận"
        public static let chapNhanBaoCao = "Chấp nhận báo cáo"
        public static let cheDoBaoCao = "Chế độ báo cáo"
        public static let cheDoBaoCaoNayChua = "Chế độ báo cáo này chưa có kỳ báo cáo nào."
        public static let chiTieu = "Chỉ tiêu"
        public static let chiTieuSoSanhKhongCo = "Chỉ tiêu so sánh không có trong mẫu."
        public static func chiTieuToiThieu(_ v1: Any) -> String { "Chỉ tiêu ≥ \(v1)%" }
        public static let chiTieuTyLeChuaThem = "Chỉ tiêu tỷ lệ chưa thêm được từ biểu mẫu này."
        public static let choDuyet = "Chờ duyệt"
        public static let choDuyetTreHan = "Chờ duyệt (trễ hạn)"
        public static let choDuyetTrongNgoac = " (chờ duyệt)"
        public static let choToiDuyet = "Chờ tôi duyệt"
        public static let chonKyBaoCao = "Chọn kỳ báo cáo"
        public static let chotSoLieu = "Chốt số liệu"
        public static let chuTich = "CHỦ TỊCH"
        public static let chuaChon = "Chưa chọn"
        public static let chuaCoBanNao = "Chưa có bản nào."
        public static let chuaCoCheDoBaoCao = "Chưa có chế độ báo cáo nào. Chế độ báo cáo được tạo cùng kế hoạch (từ văn bản hoặc nhập tay)."
        public static let chuaCoDonViNaoNhap = "Chưa có đơn vị nào: nhập tên các đơn vị bên dưới."
        public static let chuaCoHan = "Chưa có hạn"
        public static let chuaCoNgayNghiLeNao = "Chưa có ngày nghỉ lễ nào cho năm này."
        public static let chuaCoNoiDung = "(chưa có nội dung)"
        public static let chuaCoYeuCauBaoCao = "Chưa có yêu cầu báo cáo nào trong năm này."
        public static func chuaDatChiTieu(_ v1: Any) -> String { " (chưa đạt chỉ tiêu \(v1)%)" }
        public static let chuaDenHan = "Chưa đến hạn"
        public static func chuaLapLichBaoCaoCho(_ v1: Any) -> String { "Chưa lập lịch báo cáo cho năm \(v1)." }
        public static let chuaNhanRaLabel = " Chưa nhận ra: "
        public static let chuaNop = "Chưa nộp"
        public static let chuaNopQuaHan = "Chưa nộp (quá hạn)"
        public static func chuaXacDinhDuocDonVi(_ v1: Any) -> String {
            "Chưa xác định được đơn vị báo cáo từ văn bản (\"\(v1)\"): hãy nhập tên các đơn vị bên dưới."
        }
        public static func coDonViKhopVoiLabel(_ v1: Any, _ v2: Any) -> String { "Có \(v1) đơn vị khớp với “\(v2)”: " }
        public static func coSoLieuChuaDungBao(_ v1: Any) -> String {
            "Có \(v1) số liệu chưa đúng; báo cáo chưa được lưu. Hãy sửa các ô được đánh dấu."
        }
        public static let daChapNhan = "Đã chấp nhận"
        public static let daChapNhanBaoCao = "Đã chấp nhận báo cáo."
        public static let daChapNhanTreHan = "Đã chấp nhận (trễ hạn)"
        public static func daDanhDauNgayNghiNam(_ v1: Any) -> String {
            "Đã đánh dấu ngày nghỉ năm \(v1) là đã xác nhận theo thông báo của Chính phủ."
        }
        public static func daGuiYeuCauBaoCao(_ v1: Any, _ v2: Any) -> String { "Đã gửi yêu cầu báo cáo đột xuất tới \(v1) đơn vị, hạn \(v2)." }
        public static let daLuuBanNhap = "Đã lưu bản nháp."
        public static func daLuuDonViBaoCao(_ v1: Any) -> String { "Đã lưu \(v1) đơn vị báo cáo. Lập lịch để tạo yêu cầu cho đơn vị mới." }
        public static func daLuuNguoiKyCuaLabel(_ v1: Any) -> String { "Đã lưu người ký của \(v1): " }
        public static let daLuuQuyTacCacYeu = "Đã lưu quy tắc. Các yêu cầu báo cáo đã lập giữ nguyên hạn đã ghi; lập lịch lại chỉ thêm kỳ còn thiếu."
        public static let daNop = "Đã nộp"
        public static let daNopBaoCao = "Đã nộp báo cáo."
        public static let daNopBaoCaoTreHan = "Đã nộp báo cáo (trễ hạn)."
        public static let daQuaHan = " — đã quá hạn"
        public static let daTaoBanNhapTuSo = "Đã tạo bản nháp từ số liệu tổng hợp. Hãy xem lại, bổ sung số liệu của chính đơn vị rồi nộp."
        public static func daTaoMauChonMauNay(_ v1: Any) -> String { "Đã tạo mẫu \"\(v1)\". Chọn mẫu này trên trang chế độ báo cáo." }
        public static func daTaoYeuCauBaoCao(_ v1: Any, _ v2: Any) -> String { "Đã tạo \(v1) yêu cầu báo cáo cho năm \(v2)." }
        public static func daThemCheDoBaoCao(_ v1: Any) -> String { "Đã thêm chế độ báo cáo với \(v1) đơn vị báo cáo." }
        public static func daThemChiTieuVaoMau(_ v1: Any, _ v2: Any) -> String { "Đã thêm chỉ tiêu \"\(v1)\" vào mẫu \(v2)." }
        public static let daThemNgayLamBu = "Đã thêm ngày làm bù "
        public static let daThemNgayNghi = "Đã thêm ngày nghỉ "
        public static func daThemPhan(_ v1: Any) -> String { "Đã thêm phần \"\(v1)\"." }
        public static let daTraLaiBaoCaoCho = "Đã trả lại báo cáo cho đơn vị sửa."
        public static let daXacNhan = " (đã xác nhận)"
        public static let daXacNhanTheoThongBao = "Đã xác nhận theo thông báo của Chính phủ."
        public static func daXoaNgayLamBu(_ v1: Any) -> String { "Đã xóa ngày làm bù \(v1)." }
        public static func daXoaNgayNghi(_ v1: Any) -> String { "Đã xóa ngày nghỉ \(v1)." }
        public static let dacKhu = "Đặc khu "
        public static func daiToiDaKyTuDang(_ v1: Any, _ v2: Any, _ v3: Any) -> String { "\(v1) dài tối đa \(v2) ký tự (đang có \(v3))." }
        public static let danhSachChuaThayDoi = "Danh sách chưa thay đổi. "
        public static let datChiTieu = " (đạt chỉ tiêu)"
        public static let deCuongBaoCao = "Đề cương báo cáo"
        public static let deTrongNeuKyTayHo = "Để trống nếu ký tay họ tên."
        public static func den(_ v1: Any) -> String { " (đến \(v1)" }
        public static let diLamLamBu = "Đi làm (làm bù)"
        public static func dinhKemTepKhongBatBuoc(_ v1: Any) -> String { "Đính kèm tệp (không bắt buộc, tối đa \(v1))" }
        public static let donThuDaGiaiQuyet = "Đơn thư đã giải quyết"
        public static let donVi = "Đơn vị"
        public static let donViBaoCao = "Đơn vị báo cáo"
        public static let donViBaoCaoTheoVan = "Đơn vị báo cáo (theo văn bản)"
        public static let donViChuaCoBaoCao = "Đơn vị chưa có báo cáo được chấp nhận"
        public static let donViChuaCoBaoCaoLabel = " Đơn vị chưa có báo cáo được chấp nhận: "
        public static let donViCuaToi = "Đơn vị của tôi"
        public static func donViDaCoBaoCao(_ v1: Any, _ v2: Any, _ v3: Any, _ v4: Any) -> String {
            "\(v1): \(v2)/\(v3) đơn vị đã có báo cáo được chấp nhận; nơi tổng hợp: \(v4)."
        }
        public static let donViNhanBaoCao = "Đơn vị nhận báo cáo"
        public static let donViNhanBaoCaoPhai = " Đơn vị nhận báo cáo phải thuộc đơn vị ban hành kế hoạch."
        public static let donViNopTreHan = "Đơn vị nộp trễ hạn"
        public static let donViNopTreHanLabel = " Đơn vị nộp trễ hạn: "
        public static func donViThucHienBaoCao(_ v1: Any) -> String { "Đơn vị thực hiện báo cáo (\(v1))" }
        public static let donViTinh = "Đơn vị tính"
        public static let donViXemCayDuoiDon = "Đơn vị (xem cây dưới đơn vị này)"
        public static func donViXemDuTrongTep(_ v1: Any, _ v2: Any) -> String { " (\(v1)/\(v2) đơn vị; xem đủ trong tệp .docx)" }
        public static let dungHan = "Đúng hạn"
        public static let dungHanSauNgay = " — đúng hạn"
        public static let dungSoLieuVaNoiDung = "Dùng số liệu và nội dung tổng hợp này làm bản nháp cho "
        public static let duongDanChuaChoBietKy = "Đường dẫn chưa cho biết kỳ báo cáo. Hãy chọn kỳ để tải "
        public static let ghiChuVeHan = "Ghi chú về hạn"
        public static let giamDoc = "GIÁM ĐỐC"
        public static let goMotPhanTenKhongCan = "Gõ một phần tên, không cần dấu, hoặc mã. Để trống: đơn vị ban hành kế hoạch."
        public static let goTenDonViKhongCan =
            "Gõ tên đơn vị, không cần dấu (ví dụ: tư pháp hương trà), hoặc mã đơn vị. Tên trùng nhau thì ghi thêm đơn vị cấp trên sau dấu “—”."
        public static let guiMotYeuCauBaoCao = "Gửi một yêu cầu báo cáo tới mọi đơn vị báo cáo, với hạn nộp cụ thể."
        public static let guiYeuCau = "Gửi yêu cầu"
        public static let hanCuaCacYeuCauBao = ". Hạn của các yêu cầu báo cáo đã lập không thay đổi."
        public static let hanNop = "Hạn nộp"
        public static let hanNopDdMmYyyy = "Hạn nộp (dd/mm/yyyy)"
        public static let hanRoiVaoNgayNghi = "Hạn rơi vào ngày nghỉ"
        public static let hayChonChapNhanHoacTra = "Hãy chọn chấp nhận hoặc trả lại."
        public static let hayChonKyBaoCao = "Hãy chọn kỳ báo cáo."
        public static let hayDatTenChoMauMoi = "Hãy đặt tên cho mẫu mới."
        public static let hayGhiLyDoTraLai = "Hãy ghi lý do trả lại để đơn vị biết cần sửa gì."
        public static let hayGhiQuyenHanChucVu =
            "Hãy ghi quyền hạn, chức vụ người ký: một đến bốn dòng, mỗi dòng không quá 80 ký tự (ví dụ: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)."
        public static let hayGoTenDonViKem = " Hãy gõ tên đơn vị kèm tên đơn vị cấp trên, hoặc mã đơn vị, mỗi dòng một đơn vị."
        public static let hayNhapNgayTheoDangDd = "Hãy nhập ngày theo dạng dd/mm/yyyy và tên ngày nghỉ."
        public static let hayNhapNoiDungYeuCau = "Hãy nhập nội dung yêu cầu và hạn nộp (dd/mm/yyyy) không sớm hơn hôm nay."
        public static let hayNhapQuyTacHanNop = " Hãy nhập quy tắc hạn nộp rồi lập lịch."
        public static let hayNhapTenChiTieuVa = "Hãy nhập tên chỉ tiêu và đơn vị tính."
        public static let hayNhapTenDonViTren = " — hãy nhập tên đơn vị trên trang chế độ báo cáo."
        public static let hayNhapTieuDePhanNoi = "Hãy nhập tiêu đề phần nội dung."
        public static func hienThiDonViDauTien(_ v1: Any) -> String { "Hiển thị \(v1) đơn vị đầu tiên." }
        public static let hoSoTthcGiaiQuyetDung = "Hồ sơ TTHC giải quyết đúng hạn"
        public static let hoVaTenNguoiKy = "Họ và tên người ký"
        public static let hoanTacThemLaiNgayLam = "Hoàn tác: thêm lại ngày làm bù "
        public static let hoanTacThemLaiNgayNghi = "Hoàn tác: thêm lại ngày nghỉ "
        public static let huongDan = "Hướng dẫn"
        public static let huyen = "Huyện "
        public static let iTinhHinhBaoCaoCua = "I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ"
        public static let iiSoLieuTongHop = "II. SỐ LIỆU TỔNG HỢP"
        public static let inVaoKhoiChuKyCua = "In vào khối chữ ký của tệp .docx và được ghi nhớ cho các văn bản sau của đơn vị."
        public static let keHoach = "Kế hoạch"
        public static let keHoachKhongGhiHanNop = "Kế hoạch không ghi hạn nộp cho báo cáo này: hãy nhập quy tắc hạn nộp trước khi lập lịch."
        public static let khongCoBaoCaoNaoCua = "Không có báo cáo nào của đơn vị gửi cấp trên cho kỳ này (hoặc báo cáo đó đã nộp)."
        public static let khongCoBaoCaoNaoDen = "Không có báo cáo nào đến hạn trong năm này."
        public static let khongCoDonViNopTre = "Không có đơn vị nộp trễ."
        public static let khongCoNoiDung = "(không có nội dung)"
        public static let khongCoThayDoi = "Không có thay đổi."
        public static let khongDuocLonHonChiTieu = "Không được lớn hơn chỉ tiêu"
        public static func khongLonHon(_ v1: Any) -> String { "; không lớn hơn \"\(v1)\"" }
        public static let khongTimThayTrongPhamViLabel = "Không tìm thấy trong phạm vi đơn vị ban hành: "
        public static let kiemTra = "Kiểm tra"
        public static let ky = "Kỳ"
        public static let kyBaoCao = "Kỳ báo cáo"
        public static let kyViDu2026T052026 = "Kỳ (ví dụ 2026-T05, 2026-6T)"
        public static let lan = "Lần"
        public static let lapLich = "Lập lịch"
        public static let lapLichBaoCao = "Lập lịch báo cáo"
        public static let lichBaoCao = "Lịch báo cáo"
        public static let lichBaoCaoCuaDonVi = "Lịch báo cáo của đơn vị"
        public static func lichBaoCaoNam(_ v1: Any, _ v2: Any) -> String { "Lịch báo cáo năm \(v1) — \(v2)" }
        public static let loai = "Loại"
        public static let loaiQuyTac = "Loại quy tắc"
        public static let loaiQuyTacKhongHopLe = "Loại quy tắc không hợp lệ."
        public static let loc = "Lọc"
        public static let luuDanhSachDonVi = "Lưu danh sách đơn vị"
        public static let luuNguoiKy = "Lưu người ký"
        public static let luuNhap = "Lưu nháp"
        public static let luuQuyTac = "Lưu quy tắc"
        public static let luuVt = "Lưu: VT"
        public static let lyDoTraLai = "Lý do trả lại *"
        public static let lyDoTraLaiLabel = "Lý do trả lại: "
        public static let ma = "Mã"
        public static let maChiGomChuThuongKhong = "Mã chỉ gồm chữ thường không dấu, số và dấu gạch dưới, bắt đầu bằng chữ."
        public static let maChuThuongKhongDauVi = "Mã (chữ thường, không dấu, ví dụ so_hoi_nghi)"
        public static func maDaCoTrongMau(_ v1: Any) -> String { "Mã \"\(v1)\" đã có trong mẫu." }
        public static let maDonVi = "Mã đơn vị"
        public static let macDinhTetNguyenDanGom = """
             Mặc định: Tết Nguyên đán gồm ngày cuối năm âm lịch cũ và 4 ngày đầu năm mới; Quốc khánh 02/9 và một ngày liền kề; ngày lễ trùng thứ\
             Bảy, Chủ nhật được nghỉ bù vào ngày làm việc kế tiếp. Khi có thông báo, sửa các ngày cho đúng rồi bấm “Xác nhận theo thông báo”.
            """
        public static let mauBaoCao = "Mẫu báo cáo"
        public static let mauBaoCaoKhongTonTai = "Mẫu báo cáo không tồn tại."
        public static let mauMacDinhDungChungToan =
            "Mẫu mặc định dùng chung toàn quốc; chỉ quản trị hoặc chuyên viên Nội vụ cấp tỉnh được sửa. Hãy sao chép mẫu rồi sửa bản sao."
        public static let moiHan = "Mọi hạn"
        public static let moiOGhiRoTinhTrang =
            "Mỗi ô ghi rõ tình trạng: Đúng hạn, Trễ hạn, Bị trả lại, Chờ duyệt, Chưa nộp (đã quá hạn), Chưa đến hạn. Bấm vào ô để mở báo cáo."
        public static let muonThayCacHanNayTrong = """
            Muốn thấy các hạn này trong lịch của điện thoại hoặc Outlook: tạo địa chỉ lịch tại trang Tài khoản, rồi thêm địa chỉ đó vào ứng dụng\
             lịch.
            """
        public static let nam = "Năm"
        public static let namKhongHopLe = "Năm không hợp lệ."
        public static let nayThuoc = ", nay thuộc "
        public static let ngay = "Ngày"
        public static let ngayChotSoLieu = "Ngày chốt số liệu"
        public static let ngayChotSoLieuPhaiTu = "Ngày chốt số liệu phải từ 1 đến 28."
        public static let ngayCuaThangThuTrongQuy = "Ngày … của tháng thứ … trong quý"
        public static func ngayDaCoTrongDanhSach(_ v1: Any) -> String { "Ngày \(v1) đã có trong danh sách." }
        public static let ngayDdMmYyyy = "Ngày (dd/mm/yyyy)"
        public static let ngayHangThangThangCuoiKy = "Ngày … hằng tháng (tháng cuối kỳ)"
        public static let ngayLamBu = "Ngày làm bù"
        public static func ngayLamBuPhaiLaThu(_ v1: Any) -> String { "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; \(v1) vốn là ngày làm việc." }
        public static let ngayLamBuThuBayChu = "Ngày làm bù (thứ Bảy, Chủ nhật đi làm)"
        public static let ngayNghi = "Ngày nghỉ"
        public static let ngayNghiLe = "Ngày nghỉ lễ"
        public static func ngayNghiLeNam(_ v1: Any) -> String { "Ngày nghỉ lễ năm \(v1)" }
        public static func ngayNghiNamTroLaiTrang(_ v1: Any) -> String {
            "Ngày nghỉ năm \(v1) trở lại trạng thái tính theo Bộ luật Lao động, chưa xác nhận."
        }
        public static let ngayNop = "Ngày nộp"
        public static let ngayNopLanDau = "Ngày nộp lần đầu"
        public static let ngayThangCuaQuyTacHan =
            "Ngày, tháng của quy tắc hạn nộp không hợp lệ (ngày 1–31; tháng trong quý 1–3; tháng trong năm 1–12)."
        public static let ngayThangTrongNam = "Ngày … tháng … trong năm"
        public static let nghi = "Nghỉ"
        public static let nghiDinh092019TuNgay =
            "Nghị định 09/2019: từ ngày 15 tháng trước kỳ đến ngày 14 tháng cuối kỳ. Chọn 1 để tính theo tháng dương lịch."
        public static let nguoiDuyet = "Người duyệt"
        public static let nguoiKyBaoCao = "Người ký báo cáo"
        public static let nguoiSoan = "Người soạn"
        public static let nhapSoKhongAmLuuNhap = "Nhập số không âm. Lưu nháp được khi chưa đủ số liệu; khi nộp phải nhập đủ."
        public static let nhuTren = "Như trên"
        public static let noiDung = "Nội dung"
        public static let noiDungBaoCao = "Nội dung báo cáo"
        public static let noiDungBaoCaoCuaCac = "Nội dung báo cáo của các đơn vị"
        public static let noiDungYeuCau = "Nội dung yêu cầu"
        public static let noiNhan = "Nơi nhận"
        public static let nopBaoCao = "Nộp báo cáo"
        public static let nopLuc = "Nộp lúc"
        public static let phaiNop = "Phải nộp"
        public static let phamVi = "Phạm vi"
        public static let phanNoiDung = "Phần nội dung"
        public static let phong = "Phòng"
        public static let phuong = "Phường "
        public static let quaHan = " — quá hạn"
        public static let quaHanChuaNop = "Quá hạn, chưa nộp"
        public static let quan = "Quận "
        public static let quyTacHanNop = "Quy tắc hạn nộp"
        public static let quyenHanChucVuNguoiKy = "Quyền hạn, chức vụ người ký (mỗi dòng một dòng) *"
        public static let quyetDinhPhaiLaAcceptHoac = "Quyết định phải là accept hoặc return."
        public static let saoChep = "Sao chép"
        public static let saoChepMau = "Sao chép mẫu"
        public static let sapDenHan14NgayChua = "Sắp đến hạn (14 ngày), chưa nộp"
        public static let so = "Sở"
        public static let soBaoCao = "Số báo cáo"
        public static func soDonViPhaiBaoCao(_ v1: Any, _ v2: Any) -> String {
            "Số đơn vị phải báo cáo: \(v1); số báo cáo đã được chấp nhận và tổng hợp: \(v2)."
        }
        public static let soKhongAm = "Số không âm"
        public static let soLieu = "Số liệu"
        public static let soLieuTheoDonViXlsx = "Số liệu theo đơn vị (.xlsx)"
        public static let soLieuTheoDonViXlsxVietThuong = "số liệu theo đơn vị (.xlsx)"
        public static let soLieuTinhTu = "Số liệu tính từ"
        public static let soLieuTongHop = "Số liệu tổng hợp"
        public static let soNgayThongBao = "Số, ngày thông báo"
        public static let taiVe = "Tải về"
        public static let taiVeLabel = "Tải về: "
        public static let taoBaoCaoGuiCapTren = "Tạo báo cáo gửi cấp trên"
        public static let taoMotMauMoiTuMau =
            "Tạo một mẫu mới từ mẫu này để chỉnh cho chế độ báo cáo của đơn vị; báo cáo đã nộp theo mẫu cũ giữ nguyên."
        public static let taoYeuCauBaoCaoCho =
            "Tạo yêu cầu báo cáo cho từng đơn vị, từng kỳ trong năm. Chạy lại không tạo trùng; các yêu cầu đã có giữ nguyên hạn đã ghi."
        public static let tatCa = "Tất cả"
        public static let tatCaDonViDaCo = "Tất cả đơn vị đã có báo cáo được chấp nhận."
        public static let ten = "Tên"
        public static let tenChiTieu = "Tên chỉ tiêu"
        public static let tenMau = "Tên mẫu"
        public static let tenMauMoi = "Tên mẫu mới"
        public static let tepDinhKem = "Tệp đính kèm"
        public static func tepDinhKemVuotQuaSo(_ v1: Any) -> String {
            "Tệp đính kèm vượt quá \(v1). Số liệu bạn nhập chưa được lưu; hãy chọn tệp nhỏ hơn."
        }
        public static func thang(_ v1: Any, _ v2: Any) -> String { "Tháng \(v1)/\(v2)" }
        public static let thangTrongQuy13Trong = "Tháng (trong quý: 1–3; trong năm: 1–12)"
        public static let thanhPho = "Thành phố "
        public static func thayDoiSoVoiLan(_ v1: Any) -> String { "Thay đổi so với lần \(v1)" }
        public static let thayDoiSoVoiLanNop = "Thay đổi so với lần nộp trước"
        public static let them = "Thêm"
        public static let themChiTieu = "Thêm chỉ tiêu"
        public static let themMoiDonViLoaiTrong = "Thêm mọi đơn vị loại (trong phạm vi đơn vị ban hành)"
        public static let themNgayNghiHoacNgayLam = "Thêm ngày nghỉ hoặc ngày làm bù"
        public static let themPhan = "Thêm phần"
        public static let themPhanNoiDung = "Thêm phần nội dung"
        public static let theoDonVi = "Theo đơn vị"
        public static let theoThangDuongLich = "theo tháng dương lịch"
        public static let thiTran = "Thị trấn "
        public static let thiXa = "Thị xã "
        public static let thieuKyBaoCao = "Thiếu kỳ báo cáo."
        public static let thieuKyBaoCaoPeriod2026 = "Thiếu kỳ báo cáo (?period=2026-6T)."
        public static let thongBaoCuaChinhPhu = "Thông báo của Chính phủ"
        public static let thuBayChuNhatLaNgay = """
            Thứ Bảy, Chủ nhật là ngày nghỉ, trừ ngày làm bù. Danh sách dưới đây là các ngày nghỉ lễ, Tết và nghỉ bù trong tuần, và các ngày thứ Bảy,\
             Chủ nhật đi làm bù khi Chính phủ hoán đổi ngày làm việc; cập nhật theo thông báo hằng năm của Chính phủ. Hạn nộp báo cáo đã lập không\
             tự thay đổi.
            """
        public static let thuTruongDonVi = "THỦ TRƯỞNG ĐƠN VỊ"
        public static let tieuDe = "Tiêu đề"
        public static let tieuDePhan = "Tiêu đề phần"
        public static let tinh = "Tỉnh "
        public static let tinhHinhNopBaoCao = "Tình hình nộp báo cáo"
        public static func tinhHinhNopBaoCaoNam(_ v1: Any) -> String { "Tình hình nộp báo cáo năm \(v1)" }
        public static let tinhHinhNopBaoCaoTheo = "Tình hình nộp báo cáo theo kỳ"
        public static let tinhTheoBoLuatLaoDong = "Tính theo Bộ luật Lao động 2019 (Điều 112), chưa xác nhận theo thông báo của Chính phủ."
        public static let tinhTheoLuat = " (tính theo luật)"
        public static let tinhTrang = "Tình trạng"
        public static func tinhTrangKhongHopLe(_ v1: Any) -> String { "Tình trạng \"\(v1)\" không hợp lệ." }
        public static let tmUyBanNhanDan = "TM. ỦY BAN NHÂN DÂN"
        public static let tongHop = "Tổng hợp"
        public static let tongHopBaoCao = "Tổng hợp báo cáo"
        public static let tongHopBaoCaoTieuDeBang = "Tổng hợp báo cáo "
        public static let tongHopKetQuaThucHien = "Tổng hợp kết quả thực hiện công tác dân vận chính quyền "
        public static let tongHopTenTrang = "Tổng hợp "
        public static let tongHopTrongNgoac = " (tổng hợp)"
        public static let traLai = "Trả lại"
        public static let traLaiDeSua = "Trả lại để sửa"
        public static let trangThai = "Trạng thái"
        public static let treHan = "Trễ hạn"
        public static let treHanSauNgay = " — trễ hạn"
        public static let truoc = "Trước"
        public static let truongPhong = "TRƯỞNG PHÒNG"
        public static func tuNgayDenNgay(_ v1: Any, _ v2: Any) -> String { "\(v1) đến \(v2)" }
        public static func tuNgayThangTruocKyDen(_ v1: Any, _ v2: Any) -> String { "từ ngày \(v1) tháng trước kỳ đến ngày \(v2) tháng cuối kỳ" }
        public static let tyLeDungHan = "Tỷ lệ đúng hạn"
        public static let tyLeTheoKy = "Tỷ lệ theo kỳ"
        public static func vaDonViKhac(_ v1: Any) -> String { "… và \(v1) đơn vị khác" }
        public static func vaDonViKhacXemTinh(_ v1: Any) -> String { "… và \(v1) đơn vị khác: xem Tình hình nộp" }
        public static func vanBanGhi(_ v1: Any) -> String { " (văn bản ghi: \(v1))" }
        public static func viDu(_ v1: Any) -> String { " Ví dụ: “\(v1)”." }
        public static let viDuKtChuTichXuong = "Ví dụ: KT. CHỦ TỊCH, xuống dòng, PHÓ CHỦ TỊCH."
        public static let viDuTetNguyenDanLam = "Ví dụ: Tết Nguyên đán; Làm bù cho ngày 02/05"
        public static let viDuThongBaoSoTb = "Ví dụ: Thông báo số …/TB-BNV ngày dd/mm/yyyy"
        public static let xa = "Xã "
        public static let xacNhanTheoThongBao = "Xác nhận theo thông báo"
        public static let xoa = "Xóa"
        public static let xoaNgayLamBu = "Xóa ngày làm bù "
        public static let xoaNgayNghi = "Xóa ngày nghỉ "
        public static let yKien = "Ý kiến"
        public static let yeuCauBaoCao = "Yêu cầu báo cáo"
        public static let yeuCauBaoCaoDotXuat = "Yêu cầu báo cáo đột xuất"
    }
}
