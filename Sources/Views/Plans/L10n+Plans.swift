/// The words of Plans's pages and messages (issue 11: every UI word in L10n).
extension L10n {
    public enum Plans {
        public static func cacKeHoachCanCuVao(_ v1: Any) -> String { "Các kế hoạch căn cứ vào văn bản này (\(v1))" }
        public static let capNhatTienDo = "Cập nhật tiến độ"
        public static let cayKeHoach = "Cây kế hoạch"
        public static let cayKeHoachTuCapTren = "Cây kế hoạch (từ cấp trên đến cấp cơ sở)"
        public static func cheDoBaoCao(_ v1: Any) -> String { "Chế độ báo cáo (\(v1))" }
        public static func cheDoBaoCaoHanNop(_ v1: Any) -> String {
            "Chế độ báo cáo: hạn nộp “\(v1)” không rõ; ghi như “ngày 20 tháng 5”, “ngày 15 hằng tháng” "
        }
        public static func cheDoBaoCaoKyKhong(_ v1: Any) -> String {
            "Chế độ báo cáo: kỳ “\(v1)” không rõ; chọn Hằng tháng, Hằng quý, 6 tháng, Hằng năm hoặc Đột xuất."
        }
        public static let cheDoBaoCaoTieuDe = "Chế độ báo cáo"
        public static func chiNhanTepDocxPdfTxt(_ v1: Any) -> String {
            "Chỉ nhận tệp .docx, .pdf, .txt hoặc .md, và .doc, .rtf, .odt (tệp đã chọn: \(v1))."
        }
        public static let chuTri = "Chủ trì"
        public static func chuaChonDonViGoTen(_ v1: Any) -> String { "\(v1): chưa chọn đơn vị (gõ tên đơn vị hoặc bỏ chọn mục này)." }
        public static let chuaCo = "(chưa có)"
        public static let chuaCoCapNhat = "Chưa có cập nhật."
        public static let chuaCoKeHoachLabel = "Chưa có kế hoạch: "
        public static let chuaCoKeHoachNaoTrong = "Chưa có kế hoạch nào trong phạm vi của bạn."
        public static let chuaCoPhanCong = "chưa có phân công"
        public static let chuaCoVietHoa = "Chưa có"
        public static let chuaDenHan = "Chưa đến hạn"
        public static let chuaTaoDuocKeHoachVuiLabel = "Chưa tạo được kế hoạch. Vui lòng sửa các mục sau:"
        public static let coQuanBanHanh = "Cơ quan ban hành"
        public static func cua(_ v1: Any) -> String { " của \(v1)" }
        public static let daCapNhatNhiemVuHoan = "Đã cập nhật: nhiệm vụ hoàn thành (100%)."
        public static let daCapNhatTienDo = "Đã cập nhật tiến độ."
        public static func daChiaTachVaoNhieuDonLabel(_ v1: Any, _ v2: Any, _ v3: Any) -> String {
            "\(v1): \(v2) đã chia tách\(v3) vào nhiều đơn vị — ghi một hoặc nhiều trong: "
        }
        public static let daCo = "Đã có"
        public static func daDuocGiaoNhiemVuNay(_ v1: Any) -> String { "\(v1) đã được giao nhiệm vụ này." }
        public static func daGiaiTheKhongCoDon(_ v1: Any, _ v2: Any, _ v3: Any) -> String {
            "\(v1): \(v2) đã giải thể\(v3), không có đơn vị kế thừa — gõ tên đơn vị hoặc bỏ chọn mục này"
        }
        public static func daGiaoCho(_ v1: Any, _ v2: Any) -> String { "Đã giao cho \(v1) (\(v2))" }
        public static let daLuuKeHoach = "Đã lưu kế hoạch."
        public static func daLuuTrongSoNhiemVu(_ v1: Any) -> String { "Đã lưu trọng số nhiệm vụ \(v1)." }
        public static func daTaoKeHoach(_ v1: Any) -> String { "Đã tạo kế hoạch \(v1)." }
        public static let dangKyDanVanKheoCon = "Đăng ký “Dân vận khéo” còn thiếu"
        public static let deTrongTheoHanCuaNhiem = "Để trống: theo hạn của nhiệm vụ."
        public static let denHanTrong14Ngay = "Đến hạn trong 14 ngày"
        public static let docVanBan = "Đọc văn bản"
        public static let donVi = "Đơn vị"
        public static let donViBanHanh = "Đơn vị ban hành"
        public static let donViBanHanhGoTen = "Đơn vị ban hành (gõ tên hoặc mã)"
        public static let donViBanHanhLabel = "Đơn vị ban hành: "
        public static let donViBaoCao = "Đơn vị báo cáo"
        public static let donViBaoCaoNhuVan = "Đơn vị báo cáo như văn bản ghi"
        public static let donViChuTriGoTen = "Đơn vị chủ trì (gõ tên, mỗi đơn vị một dòng)"
        public static let donViNhuTrongVanBan = "Đơn vị (như trong văn bản)"
        public static func donViPhaiThucHienDa(_ v1: Any, _ v2: Any, _ v3: Any, _ v4: Any) -> String {
            "\(v1) đơn vị phải thực hiện: \(v2) đã có, \(v3) quá hạn, \(v4) chưa đến hạn."
        }
        public static let donViPhaiThucHienGo = "Đơn vị phải thực hiện (gõ tên, mỗi đơn vị một dòng)"
        public static let donViPhoiHopNeuCo = "Đơn vị phối hợp (nếu có, mỗi đơn vị một dòng)"
        public static let donViThucHienNhuTrong = "Đơn vị thực hiện (như trong văn bản)"
        public static let donViVaCacDonVi = "Đơn vị và các đơn vị trực thuộc: gõ một phần tên, không cần dấu, hoặc mã."
        public static let dotChamDiem = "Đợt chấm điểm"
        public static let dotDangKyDanVanKheo = "Đợt đăng ký “Dân vận khéo”"
        public static let dotXuat = "Đột xuất"
        public static let duThaoTrongNgoac = "(dự thảo)"
        public static let giaoNhiemVu = "Giao nhiệm vụ"
        public static let giaoNhiemVuChoThemDon = "Giao nhiệm vụ cho thêm đơn vị"
        public static func giuMuc(_ v1: Any) -> String { " Giữ mục \(v1)" }
        public static let guiVanBan = "Gửi văn bản"
        public static let guiVe = "Gửi về"
        public static let han = "hạn "
        public static func hanCuaChoNhiemVu(_ v1: Any, _ v2: Any, _ v3: Any) -> String { "Hạn của \(v1) cho nhiệm vụ \(v2): \(v3)." }
        public static let hanDangKy = "Hạn đăng ký"
        public static let hanDdMmYyyy = "Hạn (dd/mm/yyyy)"
        public static func hanKhongHopLeHayNhap(_ v1: Any) -> String {
            "Hạn “\(v1)” không hợp lệ: hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 30/06/2026."
        }
        public static let hanMoiDdMmYyyy = "Hạn mới (dd/mm/yyyy)"
        public static func hanNgay(_ v1: Any) -> String { ", hạn \(v1)." }
        public static let hanNhuTrongVanBan = "Hạn như trong văn bản"
        public static let hanNopNhuVanBanGhi = "Hạn nộp như văn bản ghi (ví dụ: trước ngày 20/5)"
        public static let hanNopViDuNgay20 = "Hạn nộp (ví dụ: ngày 20 tháng 5; ngày 15 hằng tháng)"
        public static func hanSomHonNgayBanHanh(_ v1: Any, _ v2: Any) -> String { "Hạn \(v1) sớm hơn ngày ban hành kế hoạch (\(v2))." }
        public static let hanTuCham = "Hạn tự chấm"
        public static let hanVietHoa = "Hạn"
        public static let hangNam = "Hằng năm"
        public static let hangQuy = "Hằng quý"
        public static let hangThang = "Hằng tháng"
        public static let hayDoiChieuTungMucDuoi = "Hãy đối chiếu từng mục dưới đây với bản gốc trước khi tạo kế hoạch."
        public static let hoacNgay20ThangCuoiQuy = "hoặc “ngày 20 tháng cuối quý”."
        public static let keHoach = "Kế hoạch"
        public static let keHoachCapTren = "Kế hoạch cấp trên"
        public static let keHoachCapTrenDuocChon = "Kế hoạch cấp trên được chọn không tồn tại hoặc nằm ngoài tỉnh của đơn vị ban hành."
        public static let keHoachCapTrenKhongThe = "Kế hoạch cấp trên không thể là chính kế hoạch này hoặc kế hoạch thực hiện nó."
        public static let keHoachCuaDonVi = "Kế hoạch của đơn vị"
        public static func keHoachCuaDonViCap(_ v1: Any) -> String { "Kế hoạch của đơn vị cấp dưới và văn bản phải gửi (\(v1))" }
        public static let keHoachDaBanHanhPhai = "Kế hoạch đã ban hành phải có số, ký hiệu."
        public static let keHoachDonViCapDuoi = "Kế hoạch đơn vị cấp dưới còn thiếu"
        public static let keHoachDuThao = "Kế hoạch (dự thảo)"
        public static let keHoachKhongDatNghiaVu = "Kế hoạch không đặt nghĩa vụ cho đơn vị nào."
        public static func keHoachSo(_ v1: Any) -> String { "Kế hoạch \(v1)" }
        public static let keHoachThucHienKeHoach = "Kế hoạch thực hiện kế hoạch này"
        public static let khiDanhDauHoanThanhHay = "Khi đánh dấu “Hoàn thành”, hãy ghi nội dung đã thực hiện hoặc đính kèm tệp minh chứng."
        public static let khongCo = "(không có)"
        public static let khongCoHan = "không có hạn"
        public static let khongCoVietHoa = "Không có."
        public static func khongDocDuocVanBanMa(_ v1: Any, _ v2: Any) -> String {
            "Không đọc được văn bản: \(v1) (mã \(v2)). Tệp đã được lưu; bạn có thể tải lên tệp khác hoặc nhập kế hoạch bằng tay."
        }
        public static let khongGhi = "không ghi"
        public static let khongTimThayMucNao = "Không tìm thấy mục nào."
        public static func khongTimThayTrongCayDon(_ v1: Any) -> String {
            "\(v1): không tìm thấy trong cây đơn vị — gõ tên đơn vị hoặc bỏ chọn mục này"
        }
        public static let ky = "Kỳ"
        public static let kyBaoCao = "Kỳ báo cáo"
        public static let kyBaoCaoHangThangHang = "Kỳ báo cáo (Hằng tháng, Hằng quý, 6 tháng, Hằng năm, Đột xuất)"
        public static let lichSuCapNhat = "Lịch sử cập nhật"
        public static let loai = "Loại"
        public static let loaiDanhSach = "Loại danh sách"
        public static let loc = "Lọc"
        public static let luuCapNhat = "Lưu cập nhật"
        public static let luuHan = "Lưu hạn"
        public static let luuTrongSo = "Lưu trọng số"
        public static let minhChung = "Minh chứng"
        public static let muc = "Mục"
        public static let mucDichYeuCau = "Mục đích, yêu cầu"
        public static let n6Thang = "6 tháng"
        public static let nam = "Năm"
        public static let namCuaKeHoachKhongHop = "Năm của kế hoạch không hợp lệ."
        public static let namNgoaiPhamViCuaBan = "nằm ngoài phạm vi của bạn."
        public static let ngay = "Ngày"
        public static let ngayBanHanh = "Ngày ban hành"
        public static let ngayBanHanhDdMmYyyy = "Ngày ban hành (dd/mm/yyyy)"
        public static func ngayBanHanhKem(_ v1: Any) -> String { " ngày \(v1)" }
        public static func ngayBanHanhKhongHopLe(_ v1: Any) -> String { "Ngày ban hành \"\(v1)\" không hợp lệ (dd/mm/yyyy)." }
        public static func ngayKhongHopLe(_ v1: Any, _ v2: Any) -> String { "\(v1): ngày \"\(v2)\" không hợp lệ." }
        public static func ngayKhongHopLeDdMm(_ v1: Any, _ v2: Any) -> String { "\(v1): ngày \"\(v2)\" không hợp lệ (dd/mm/yyyy)." }
        public static let nguoiCapNhat = "Người cập nhật"
        public static let nhanDangTuAnhQuetCan = " — nhận dạng từ ảnh quét, cần đối chiếu"
        public static let nhapTay = "Nhập tay"
        public static let nhiemVu = "Nhiệm vụ"
        public static let nhiemVuCua = "Nhiệm vụ của "
        public static func nhiemVuCuaDonVi(_ v1: Any) -> String { "Nhiệm vụ của \(v1)" }
        public static let nhiemVuDuocPhanCong = "Nhiệm vụ được phân công"
        public static let nhiemVuGiaiPhap = "Nhiệm vụ, giải pháp"
        public static func nhiemVuLabel(_ v1: Any, _ v2: Any, _ v3: Any) -> String { "\(v1), nhiệm vụ \(v2): \(v3)" }
        public static let nhiemVuMoiDongMotNhiem = "Nhiệm vụ (mỗi dòng một nhiệm vụ)"
        public static func nhiemVuSo(_ v1: Any) -> String { "Nhiệm vụ \(v1)" }
        public static func nhiemVuVaPhanCong(_ v1: Any) -> String { "Nhiệm vụ và phân công (\(v1))" }
        public static func nhieuDonViTrungTenGhiLabel(_ v1: Any) -> String { "\(v1): nhiều đơn vị trùng tên — ghi một trong: " }
        public static let noiDung = "Nội dung"
        public static let noiDungDaThucHien = "Nội dung đã thực hiện"
        public static let noiNhanNhuVanBanGhi = "Nơi nhận như văn bản ghi"
        public static let phanCong = "Phân công"
        public static func phanCongDonVi(_ v1: Any) -> String { "Phân công: \(v1) đơn vị — " }
        public static let phanCongThoiHanVaChe = "phân công, thời hạn và chế độ báo cáo; bạn xem lại, sửa hoặc bỏ từng mục trước khi tạo."
        public static let phieuTuChamDiemChuaNop = "Phiếu tự chấm điểm chưa nộp"
        public static let phoiHop = "Phối hợp"
        public static let phoiHopGoiY = "Phối hợp — "
        public static let phoiHopTrongNgoac = " (phối hợp)"
        public static let quaHan = " — quá hạn"
        public static let quaHanLabel = "; quá hạn: "
        public static let quaHanVietHoa = "Quá hạn"
        public static func so(_ v1: Any, _ v2: Any) -> String { "\(v1) số \(v2)" }
        public static func soDaDuocDungChoMot(_ v1: Any, _ v2: Any, _ v3: Any) -> String {
            "Số \(v1) đã được dùng cho một kế hoạch khác của \(v2) năm \(v3) (Nghị định 30/2020/NĐ-CP)."
        }
        public static func soDaDuocDungDanhLienTucTrongNam(_ v1: Any, _ v2: Any, _ v3: Any) -> String {
            """
            Số \(v1) đã được dùng cho một kế hoạch khác của \(v2) năm \(v3). Theo Nghị định 30/2020/NĐ-CP, số văn bản của mỗi cơ quan được đánh liên\
             tục trong năm và không trùng.
            """
        }
        public static let soKeHoachCanCuVao = "Số kế hoạch căn cứ vào"
        public static let soKyHieu = "Số, ký hiệu"
        public static let suaKeHoach = "Sửa kế hoạch"
        public static let suaThongTinChung = "Sửa thông tin chung"
        public static let taiLenKeHoachDocxDoc = "Tải lên kế hoạch (.docx, .doc, .odt, .rtf, .pdf, .txt hoặc .md, tối đa "
        public static let taiVanBanGoc = "Tải văn bản gốc"
        public static let taoKeHoach = "Tạo kế hoạch"
        public static let taoKeHoachTuVanBan = "Tạo kế hoạch từ văn bản"
        public static let taoTuVanBan = "Tạo từ văn bản"
        public static let tatCa = "Tất cả"
        public static func tenNhanSoDonVi(_ v1: Any, _ v2: Any, _ v3: Any) -> String { "\(v1): \(v2) (\(v3) đơn vị)" }
        public static let tep = "Tệp"
        public static let tepDaDuocLuuNeuCo = " — tệp đã được lưu; nếu có lỗi bạn có thể sửa và gửi lại."
        public static let tepKeHoach = "Tệp kế hoạch *"
        public static let tepLaBanQuetChuDuoc = "Tệp là bản quét: chữ được nhận dạng từ ảnh (OCR) nên có thể sai số, dấu hoặc tên đơn vị. "
        public static let tepLabel = "Tệp: "
        public static let tepMinhChung = "Tệp minh chứng"
        public static func tepMinhChungKhongBatBuoc(_ v1: Any) -> String { "Tệp minh chứng (không bắt buộc, tối đa \(v1))" }
        public static let themCheDoBaoCao = "Thêm chế độ báo cáo"
        public static let theoKeHoach = "Theo kế hoạch"
        public static func thieuNgay(_ v1: Any) -> String { "\(v1): thiếu ngày." }
        public static func thieuSoKyHieu(_ v1: Any) -> String { "\(v1): thiếu số, ký hiệu." }
        public static let thoiGian = "Thời gian"
        public static let thoiHan = "Thời hạn"
        public static let thoiHanDdMmYyyy = "Thời hạn (dd/mm/yyyy)"
        public static let thoiHanDdMmYyyyNeu = "Thời hạn (dd/mm/yyyy, nếu có)"
        public static let thoiHanPhaiThucHien = "Thời hạn phải thực hiện"
        public static func thoiHanSo(_ v1: Any) -> String { "Thời hạn \(v1)" }
        public static func thoiHanTruocNgayBanHanh(_ v1: Any, _ v2: Any, _ v3: Any) -> String { "\(v1): thời hạn \(v2) trước ngày ban hành \(v3)." }
        public static let thongTinChung = "Thông tin chung"
        public static let thucHienKeHoachCapTren = "Thực hiện kế hoạch cấp trên"
        public static let thucHienLabel = "Thực hiện: "
        public static let tienDo = "Tiến độ"
        public static let tienDoChung = "Tiến độ chung"
        public static let tienDoPhaiLaSoNguyen = "Tiến độ phải là số nguyên từ 0 đến 100 và phải chọn trạng thái."
        public static let tienDoPhaiTu0Den100 = "Tiến độ phải là số nguyên từ 0 đến 100."
        public static let tienDoPhanTram = "Tiến độ (%)"
        public static let tim = "Tìm"
        public static let tinhTrang = "Tình trạng"
        public static let toChucThucHienDonVi = "Tổ chức thực hiện: đơn vị và nhiệm vụ"
        public static let traLaiDeLamRo = " — trả lại để làm rõ"
        public static let trangThai = "Trạng thái"
        public static func trangThaiKhongHopLe(_ v1: Any) -> String { "Trạng thái \"\(v1)\" không hợp lệ." }
        public static let trichYeu = "Trích yếu"
        public static let trongSo = "Trọng số"
        public static let trongSoPhaiLaSoKhong = "Trọng số phải là số không âm, ví dụ 1 hoặc 2,5."
        public static let trongSoSauCham = " · trọng số "
        public static let trongVanBanLabel = "Trong văn bản: "
        public static let tuNgay = " từ ngày "
        public static let vaiTro = "Vai trò"
        public static let vanBan = "Văn bản"
        public static let vanBanCanCu = "Văn bản căn cứ"
        public static func vanBanCanCuSoLuong(_ v1: Any) -> String { "Văn bản căn cứ (\(v1))" }
        public static func vanBanCanCuThuTu(_ v1: Any) -> String { "Văn bản căn cứ \(v1)" }
        public static let vanBanGoBangPhongTcvn3 =
            "; văn bản gõ bằng phông TCVN3, VNI cũng đọc được). DanVan đọc số, ký hiệu, ngày, trích yếu, văn bản căn cứ, nhiệm vụ, "
        public static let vanBanGoc = "Văn bản gốc"
        public static let viDuCacCoQuanDon =
            "Ví dụ: các cơ quan, đơn vị; UBND các xã, phường. Tên nhận ra được sẽ được gán; phần còn lại nhập mã trên trang chế độ báo cáo."
        public static let viDuUbndThiXaQua = "Ví dụ: UBND thị xã (qua Phòng Nội vụ). Để trống: đơn vị ban hành."
        public static let viecCanLam = "Việc cần làm"
        public static let viecCanLamTheoKeHoach = "Việc cần làm theo kế hoạch này"
        public static let viecPhaiLam = "Việc phải làm"
        public static let vuiLongChonTepKeHoach = "Vui lòng chọn tệp kế hoạch."
        public static let vuiLongNhapTrichYeuTen = "Vui lòng nhập trích yếu (tên) của kế hoạch."
        public static let xayDungKeHoach = "Xây dựng kế hoạch"
        public static let xemLaiKeHoach = "Xem lại kế hoạch"
        public static let xemLaiTruocKhiTaoKe = "Xem lại trước khi tạo kế hoạch"
        public static let xuatLabel = "Xuất: "
    }
}
