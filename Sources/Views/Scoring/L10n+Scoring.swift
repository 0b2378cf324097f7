/// The words of Scoring's pages and messages (issue 11: every UI word in L10n).
extension L10n {
    public enum Scoring {
        public static let apDungTuNam = "Áp dụng từ năm"
        public static let banDanVanCapUyCung = "Ban Dân vận cấp ủy cùng cấp;"
        public static let banGhiCuaDonVi = "Bản ghi của đơn vị"
        public static let banGhiKhongThuocDonVi =
            "Bản ghi đã chọn không thuộc đơn vị của phiếu này (hoặc không thuộc năm chấm điểm); hãy chọn trong danh sách."
        public static let banTrongDoanThamDinh = " (bạn trong đoàn thẩm định)"
        public static let bangDaDocKhongConHopLe = "Dữ liệu xác nhận không hợp lệ; hãy tải tệp lên lại."
        public static func baoCaoDinhKyDenHan(_ v1: Any, _ v2: Any, _ v3: Any, _ v4: Any, _ v5: Any) -> String {
            "\(v1)/\(v2) báo cáo định kỳ đến hạn trong năm \(v3) nộp đúng hạn (\(v4)%), tính đến \(v5)"
        }
        public static func baoCaoKy(_ v1: Any) -> String { "báo cáo \(v1)" }
        public static let binhQuan = "Bình quân"
        public static let boMau = "— (bộ mẫu)"
        public static let boMauSaoChepDeDung = "Bộ mẫu — sao chép để dùng"
        public static let boTieuChi = "Bộ tiêu chí"
        public static let boTieuChiChamDiem = "Bộ tiêu chí chấm điểm"
        public static let boTieuChiChamDiemCong = "Bộ tiêu chí chấm điểm công tác dân vận chính quyền"
        public static let boTieuChiChuaDungDuocLabel = "Bộ tiêu chí chưa dùng được: "
        public static func boTieuChiChuaDungDuocVaLyDo(_ v1: Any) -> String { "Bộ tiêu chí chưa dùng được: \(v1)" }
        public static let boTieuChiDaDuocDung = "Bộ tiêu chí đã được dùng cho một đợt chấm điểm nên không sửa được; hãy sao chép thành bộ mới."
        public static let boTieuChiLabel = "Bộ tiêu chí: "
        public static let boTieuChiMauDuocDung =
            "Bộ tiêu chí mẫu được dựng theo cấu trúc công khai của các quyết định; hãy sao chép rồi điều chỉnh theo quyết định của địa phương."
        public static let boTieuChiMauKhongDung = "Bộ tiêu chí mẫu không dùng trực tiếp; hãy sao chép thành bộ của đơn vị."
        public static let boTieuChiMauKhongSua = "Bộ tiêu chí mẫu không sửa được; hãy sao chép để dùng."
        public static let boTieuChiQuayLai = "← Bộ tiêu chí"
        public static let cacDotChamDiem = "← Các đợt chấm điểm"
        public static let cacHanPhaiTheoThuTu = "Các hạn phải theo thứ tự: tự chấm, thẩm định, kiến nghị."
        public static let cacMuc = "Các mức (khi chấm theo mức)"
        public static let cacMucGoiY = "Ví dụ: Tốt=5; Khá=3; Chưa đạt=0"
        public static let cacNguong = "Các ngưỡng (khi quy đổi số liệu hoặc tỷ lệ)"
        public static let cacNguongGoiY = "Ví dụ: 1=4; 2=7; 4=10 (từ 1 được 4 điểm…)"
        public static let cacTieuChi = "Các tiêu chí"
        public static let cacTieuChiDanvanTuTinh =
            "Các tiêu chí DanVan tự tính được điền khi mở đợt chấm điểm và khi nộp phiếu; bấm nút để tính lại theo số liệu hôm nay."
        public static let cachCham = "Cách chấm"
        public static func cachChamKhongCo(_ v1: Any) -> String { "Cách chấm “\(v1)” không có; dùng: co_khong, muc, nguong, ty_le_tinh." }
        public static let canCu = "Căn cứ "
        public static let canCuChiThiSo33 = """
            Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành\
             chính nhà nước, chính quyền các cấp trong tình hình mới;
            """
        public static let canCuLuatToChucChinh = "Căn cứ Luật Tổ chức chính quyền địa phương;"
        public static let canCuQuyetDinhSo23 =
            "Căn cứ Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị;"
        public static let capNhatSoLieu = "Cập nhật số liệu"
        public static let chamDiemCacDonViThuoc = "Chấm điểm các đơn vị thuộc"
        public static let chamDiemDanVanChinhQuyen = "Chấm điểm dân vận chính quyền"
        public static let chiCanBoCuaDonVi = "Chỉ cán bộ của đơn vị mới tự chấm phiếu của đơn vị."
        public static let chiCanBoDonViCapNhatSoLieu = "Chỉ cán bộ của đơn vị mới cập nhật số liệu phiếu của đơn vị."
        public static let chiCanBoDonViDinhKemTaiLieu = "Chỉ cán bộ của đơn vị mới đính kèm tài liệu kiểm chứng."
        public static let chiCanBoDonViGuiKienNghi = "Chỉ cán bộ của đơn vị mới gửi kiến nghị về phiếu của đơn vị."
        public static let chiKetThucThamDinhPhieu = "Chỉ kết thúc thẩm định phiếu đã nộp."
        public static let chiKienNghiKhiPhieuDa = "Chỉ kiến nghị khi phiếu đã có kết quả thẩm định."
        public static let chiThamDinhPhieuDaNop = "Chỉ thẩm định phiếu đã nộp và chưa kết thúc thẩm định."
        public static let chiThanhVienDoanThamDinh = "Chỉ thành viên đoàn thẩm định của đợt này mới thẩm định được phiếu."
        public static let chiTraLaiPhieuDaNop = "Chỉ trả lại phiếu đã nộp."
        public static let chuTich = "CHỦ TỊCH"
        public static let chuTichUyBanNhanDan = "CHỦ TỊCH ỦY BAN NHÂN DÂN "
        public static func chuaChamTieuChiTieuChi(_ v1: Any, _ v2: Any) -> String {
            "Chưa chấm tiêu chí \(v1) (\(v2) tiêu chí còn trống); không nộp được."
        }
        public static func chuaCoBaoCaoDinhKy(_ v1: Any) -> String { "Chưa có báo cáo định kỳ nào đến hạn trong năm \(v1)" }
        public static let chuaCoDotChamDiemNao = "Chưa có đợt chấm điểm nào trong phạm vi của bạn."
        public static let chuaCoKetQua = "Chưa có kết quả"
        public static let chuaCoMucXepLoaiNhap = "Tệp không có mức xếp loại; hãy quay lại và ghi các mức ở ô “Mức xếp loại”."
        public static func chuaLuuDuocLoi(_ v1: Any) -> String { "Chưa lưu được: \(v1) lỗi cần sửa trong tệp." }
        public static let chuaLuuGiCho =
            "Bộ tiêu chí chưa được lưu. Hãy xem lại cây tiêu chí, điểm và tổng điểm đọc từ tệp rồi bấm xác nhận; hoặc quay lại chọn tệp khác."
        public static let chuaThamDinh = "Chưa thẩm định"
        public static func coItNhat1Label(_ v1: Any) -> String { "có ít nhất 1: \(v1)" }
        public static let coQuanDonVi = "Cơ quan, đơn vị"
        public static let conPhaiSuaTruocKhiDung = "Bộ tiêu chí chưa dùng được cho đợt chấm điểm cho đến khi sửa xong:"
        public static let cotMaMaChaNoiDung = """
            Cột: ma, ma_cha, noi_dung, diem_toi_da, cach_cham (co_khong, muc, nguong, ty_le_tinh), loai (để trống, diem_thuong, diem_tru, xep_loai,\
             tran_diem_thuong, tran_diem_tru), muc (Tốt=5; Khá=3), nguong (1=4; 2=7), nguon (bao_cao_dung_han), kiem_chung. Tải bảng của một bộ có\
             sẵn để làm mẫu.
            """
        public static let daCapNhatSoLieuCac = "Đã cập nhật số liệu các tiêu chí DanVan tự tính."
        public static let daDinhKemTaiLieuKiem = "Đã đính kèm tài liệu kiểm chứng."
        public static let daDungChoDotChamDiem = "Đã dùng cho đợt chấm điểm — không sửa"
        public static let daGanLienKet = "Đã gắn liên kết tới bản ghi DanVan làm tài liệu kiểm chứng."
        public static let daGoLienKet = "Đã gỡ liên kết khỏi phiếu; bản ghi trong DanVan vẫn giữ nguyên."
        public static let daGuiKienNghiDoanTham = "Đã gửi kiến nghị; đoàn thẩm định sẽ trả lời."
        public static let daHetHan = " (đã hết hạn)"
        public static func daHetHanThamDinh(_ v1: Any) -> String { "Đã hết hạn thẩm định (\(v1)); " }
        public static let daKetThucThamDinhPhieu = "Đã kết thúc thẩm định phiếu."
        public static let daLuuBoTieuChi = "Đã lưu bộ tiêu chí."
        public static let daLuuDiemThamDinh = "Đã lưu điểm thẩm định."
        public static let daLuuNhap = "Đã lưu nháp."
        public static let daMoDotChamDiemVa = "Đã mở đợt chấm điểm và lập phiếu cho các đơn vị."
        public static func daNhapBoTieuChiDong(_ v1: Any) -> String { "Đã nhập bộ tiêu chí (\(v1) dòng chấm điểm)." }
        public static let daNopPhieuChamDiem = "Đã nộp phiếu chấm điểm."
        public static let daNopPhieuSauHanTu = "Đã nộp phiếu (sau hạn tự chấm — phiếu được ghi là nộp muộn)."
        public static let daSaoChepBoTieuChi = "Đã sao chép bộ tiêu chí; bộ mới sửa được cho đến khi một đợt chấm điểm dùng nó."
        public static func daSuaTieuChi(_ v1: Any) -> String { "Đã sửa tiêu chí \(v1)." }
        public static func daThemTieuChi(_ v1: Any) -> String { "Đã thêm tiêu chí \(v1)." }
        public static let daTraLaiPhieuDeDon = "Đã trả lại phiếu để đơn vị làm rõ."
        public static let daTraLoiKienNghi = "Đã trả lời kiến nghị."
        public static func daXoaTieuChi(_ v1: Any) -> String { "Đã xóa tiêu chí \(v1)." }
        public static let dangBang = "Dạng bảng"
        public static let dangSoanSuaDuoc = "Đang soạn, sửa được"
        public static let danhGiaXepLoaiCongTac = "Đánh giá, xếp loại công tác dân vận chính quyền"
        public static func danhGiaXepLoaiCongTacNam(_ v1: Any) -> String { "Đánh giá, xếp loại công tác dân vận chính quyền năm \(v1)" }
        public static let danvanTinhLabel = "DanVan tính: "
        public static let denNamDeTrongChuaHet = "Đến năm (để trống: chưa hết hiệu lực)"
        public static let diem = " điểm"
        public static let diemBinhQuanTungNhomTieu = "Điểm bình quân từng nhóm tiêu chí"
        public static let diemCot = "Điểm"
        public static let diemGoiY = "Ví dụ 10 hoặc 2,5."
        public static func diemKhongHopLeApi(_ v1: Any, _ v2: Any) -> String {
            "\(v1): điểm “\(v2)” không hợp lệ; ghi một số không âm, tối đa hai chữ số thập phân, ví dụ 10 hoặc 2,5."
        }
        public static func diemSauKhiXemXetDe(_ v1: Any) -> String { "Điểm sau khi xem xét \(v1) (để trống: giữ nguyên)" }
        public static func diemThamDinh(_ v1: Any) -> String { "Điểm thẩm định \(v1)" }
        public static let diemThuongDaApMucTran = "Điểm thưởng (đã áp mức trần)"
        public static let diemThuongKhongCoMucCha = "Dòng điểm thưởng, điểm trừ không thuộc nhóm tiêu chí nào; hãy để trống mục cha."
        public static let diemThuongToiDa = "Điểm thưởng tối đa"
        public static let diemTinh = "Điểm tính"
        public static let diemToiDa = "Điểm tối đa"
        public static let diemTruDaApMucTran = "Điểm trừ (đã áp mức trần)"
        public static let diemTruToiDa = "Điểm trừ tối đa"
        public static func diemTuCham(_ v1: Any) -> String { "Điểm tự chấm \(v1)" }
        public static let diemVaXepLoai = " điểm — "
        public static func dieu1CongNhanKetQua(_ v1: Any, _ v2: Any) -> String {
            """
            Điều 1. Công nhận kết quả đánh giá, xếp loại công tác dân vận chính quyền năm \(v1) của \(v2) cơ quan, đơn vị (chi tiết tại Phụ lục kèm\
             theo).
            """
        }
        public static func dieu2KetQuaDanhGia(_ v1: Any) -> String {
            "Điều 2. Kết quả đánh giá, xếp loại là căn cứ để đánh giá, xếp loại cán bộ, công chức, viên chức và xét thi đua, khen thưởng năm \(v1)."
        }
        public static let dieu3QuyetDinhNayCo = """
            Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Thủ trưởng cơ quan Nội vụ và Thủ trưởng các cơ quan, đơn vị có tên\
             tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
            """
        public static let doanThamDinh = "Đoàn thẩm định"
        public static let doanThamDinhTenDangNhap = "Đoàn thẩm định: tên đăng nhập, cách nhau bởi dấu phẩy"
        public static let doanThamDinhTraLaiDeLabel = "Đoàn thẩm định trả lại để làm rõ: "
        public static func donVi(_ v1: Any, _ v2: Any) -> String { "\(v1): \(v2) đơn vị" }
        public static let donViBanHanh = "Đơn vị ban hành"
        public static let donViCot = "Đơn vị"
        public static let donViKhongDuDieuKien = "Đơn vị không đủ điều kiện xếp loại"
        public static let donViToChuc = "Đơn vị tổ chức"
        public static let donViTuCham = "Đơn vị tự chấm"
        public static let dongTruocSo = "Dòng "
        public static let dotChamDiem = "Đợt chấm điểm"
        public static let duThaoQuyetDinhCongNhan = "Dự thảo quyết định công nhận kết quả (.docx)"
        public static let ganLienKet = "Gắn liên kết"
        public static func giaiTrinh(_ v1: Any) -> String { "Giải trình \(v1)" }
        public static let giaiTrinhLabel = "Giải trình: "
        public static let giaiTrinhToiDa2000 = "Giải trình tối đa 2.000 ký tự."
        public static let goLienKet = "Gỡ liên kết"
        public static let goLienKetDaGan = "Gỡ liên kết đã gắn"
        public static let goLienKetGoiY =
            "Liên kết được gỡ khỏi dòng tiêu chí của phiếu này; kế hoạch, báo cáo, mô hình trong DanVan không bị xóa. Việc gỡ được ghi vào nhật ký."
        public static let guiKienNghi = "Gửi kiến nghị"
        public static let hanKienNghi = "Hạn kiến nghị"
        public static let hanKienNghiDdMmYyyy = "Hạn kiến nghị (dd/mm/yyyy)"
        public static let hanThamDinh = "Hạn thẩm định"
        public static let hanThamDinhDdMmYyyy = "Hạn thẩm định (dd/mm/yyyy)"
        public static let hanTuCham = "Hạn tự chấm"
        public static let hanTuChamDdMmYyyy = "Hạn tự chấm (dd/mm/yyyy)"
        public static let hanTuChamThamDinhKien = "Hạn (tự chấm, thẩm định, kiến nghị)"
        public static let huyen = "Huyện "
        public static let ketQua = "Kết quả"
        public static let ketQuaCacNam = "Kết quả các năm"
        public static let ketThucThamDinh = "Kết thúc thẩm định"
        public static let khacTuCham = " (khác tự chấm)"
        public static let khiDoanThamDinhXacDinh =
            "khi đoàn thẩm định xác định đơn vị không đủ điều kiện (ví dụ có vi phạm bị kỷ luật), bất kể tổng điểm"
        public static let khongCoMucCha = "(không có — nhóm tiêu chí, điểm thưởng hoặc điểm trừ)"
        public static let khongCoPhieuNao = "Không có phiếu nào."
        public static func khongCoTaiKhoan(_ v1: Any) -> String { "Không có tài khoản “\(v1)”." }
        public static let khongDuDieuKienXepLoai = "Không đủ điều kiện xếp loại"
        public static func khongNhomTieuChiNaoDuoi(_ v1: Any) -> String { ", không nhóm tiêu chí nào dưới \(v1)% điểm tối đa của nhóm" }
        public static let khongThamDinhTraLaiHay = "không thẩm định, trả lại hay kết thúc thẩm định phiếu được nữa."
        public static let khongTinhTuDuLieu = "(không tính từ dữ liệu)"
        public static let kiemChungLabel = " Kiểm chứng: "
        public static let kiemTraBoTieuChiTruocKhiLuu = "Kiểm tra bộ tiêu chí trước khi lưu"
        public static let kienNghi = "Kiến nghị"
        public static func kienNghiLabel(_ v1: Any) -> String { "Kiến nghị (\(v1)): " }
        public static let kienNghiNayDaDuocTra = "Kiến nghị này đã được trả lời."
        public static let kienNghiVeKetQuaTham = "Kiến nghị về kết quả thẩm định"
        public static let lienKet = "Liên kết"
        public static let lienKetBanGhiDanVan = "Liên kết bản ghi DanVan làm kiểm chứng"
        public static let lienKetBanGhiGoiY = """
            Chọn kế hoạch, báo cáo đã được chấp nhận, mô hình “Dân vận khéo” của đơn vị trong năm chấm điểm hoặc trang thống kê đơn thư; đoàn thẩm\
             định mở được liên kết ngay trên phiếu.
            """
        public static let lienKetBaoCao = "Báo cáo đã được chấp nhận"
        public static let lienKetDaCo = "Tiêu chí này đã có liên kết tới bản ghi đó."
        public static let lienKetDaGan = "Liên kết đã gắn"
        public static let lienKetKeHoach = "Kế hoạch"
        public static let lienKetMoHinh = "Mô hình “Dân vận khéo”"
        public static let lienKetThongKeDon = "Thống kê đơn thư"
        public static let loaiDonViDuocChamDiem = "Loại đơn vị được chấm điểm"
        public static let loaiDong = "Loại dòng"
        public static func loaiDongKhongCo(_ v1: Any) -> String { "Loại dòng “\(v1)” không có; dùng: thuong_xuyen, diem_thuong, diem_tru." }
        public static let loc = "Lọc"
        public static let luu = "Lưu"
        public static let luuDiemThamDinh = "Lưu điểm thẩm định"
        public static let luuNhap = "Lưu nháp"
        public static let luuVtNv = "Lưu: VT, NV."
        public static func lyDo(_ v1: Any) -> String { "Lý do \(v1)" }
        public static let lyDoKhongDuDieuKien = "Lý do không đủ điều kiện (nếu có)"
        public static let lyDoLabel = "Lý do: "
        public static let ma = "Mã"
        public static let maGoiY = "Ví dụ 1, 1.2, 1.2.a; T1 cho điểm thưởng, TR1 cho điểm trừ."
        public static let mau = " (mẫu)"
        public static let moDotChamDiem = "Mở đợt chấm điểm"
        public static let moDotChamDiemCongTac = "Mở đợt chấm điểm công tác dân vận chính quyền"
        public static let mucCha = "Mục cha"
        public static let mucXepLoaiGoiY = "Ví dụ: Hoàn thành xuất sắc=90; Hoàn thành tốt=70; Hoàn thành=50; Không hoàn thành=0"
        public static func mucXepLoaiKhongHopLe(_ v1: Any) -> String { "Mức xếp loại: \(v1)" }
        public static let mucXepLoaiNeuTepKhongGhi = "Mức xếp loại (khi tệp không ghi)"
        public static func n0Hoac(_ v1: Any) -> String { "0 hoặc \(v1)" }
        public static let nam = "Năm"
        public static let namApDung = "Năm áp dụng"
        public static let namApDungKhongHopLe = "Năm áp dụng không hợp lệ."
        public static let namChamDiemKhongHopLe = "Năm chấm điểm không hợp lệ."
        public static let namDanhGia = "Năm đánh giá"
        public static let namDanhGiaKhongHopLe = "Năm đánh giá không hợp lệ."
        public static func namSauGach(_ v1: Any) -> String { " — năm \(v1)" }
        public static let namTruoc = "Năm trước"
        public static let ngayKhongHopLeNhapTheo = "Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy."
        public static let ngayNop = "Ngày nộp"
        public static let nguonSoLieu = "Nguồn số liệu DanVan"
        public static func nguonSoLieuKhongCo(_ v1: Any) -> String { "Nguồn số liệu “\(v1)” không có." }
        public static let nguongKhongHopLe = "Ngưỡng phải là một số."
        public static func nguongTu(_ v1: Any) -> String { "Ngưỡng từ \(v1)" }
        public static let nhapBoTieuChi = "Nhập bộ tiêu chí"
        public static let nhapBoTieuChiTuBang = "Nhập bộ tiêu chí từ bảng (.csv, .xlsx, .docx)"
        public static let nhapTuBangHoacPhuLuc = """
            Nhận bảng mẫu (các cột dưới đây, .csv UTF-8 hoặc .xlsx) hoặc bảng phụ lục của quyết định (.docx hoặc .xlsx) có các cột TT, Nội dung tiêu\
             chí, Điểm tối đa: số thứ tự I, II cho nhóm, 1, 2 cho tiêu chí, 1.1 hoặc a) cho tiêu chí thành phần; dòng “Điểm thưởng”, “Điểm trừ” và\
             “Tổng cộng” được nhận ra. Trang sau cho xem lại trước khi lưu.
            """
        public static let nhapVaKiemTra = "Đọc tệp và kiểm tra"
        public static let nhom = "Nhóm"
        public static let nhomTieuChi = "Nhóm tiêu chí"
        public static func nhomToiDa(_ v1: Any, _ v2: Any) -> String { "Nhóm \(v1) (tối đa \(v2))" }
        public static let nhuDieu3 = "Như Điều 3;"
        public static let noiDungCanLamRo = "Nội dung cần làm rõ"
        public static let noiDungKienNghi = "Nội dung kiến nghị"
        public static let noiDungKienNghiToiDa = "Nội dung kiến nghị tối đa 2.000 ký tự."
        public static let noiDungTieuChi = "Nội dung tiêu chí"
        public static let nopMuon = " (nộp muộn)"
        public static let nopPhieuKhoaPhieu = "Nộp phiếu (khóa phiếu)"
        public static let phanBoXepLoai = "Phân bố xếp loại"
        public static let phieuChamDiem = "Phiếu chấm điểm — "
        public static let phieuChamDiemCuaDonVi = "Phiếu chấm điểm của đơn vị bạn"
        public static let phieuChamDiemDoiTuong = "Phiếu chấm điểm"
        public static let phieuChamDiemLabel = "Phiếu chấm điểm: "
        public static let phieuChiDuocTraLaiMot = "Phiếu chỉ được trả lại một lần."
        public static let phieuCuaDonViBan = "Phiếu của đơn vị bạn"
        public static let phieuDaNopNenKhongDinh = "Phiếu đã nộp nên không đính kèm thêm được."
        public static let phieuDaNopNenKhongSua = "Phiếu đã nộp nên không sửa được."
        public static func phuLucKetQuaDanhGia(_ v1: Any) -> String { "PHỤ LỤC: KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM \(v1)" }
        public static let qdUbnd = "QĐ-UBND"
        public static let quayLaiChonTepKhac = "← Quay lại, chọn tệp khác"
        public static let quyTacLamTronDiemMoi = """
            Quy tắc làm tròn: điểm mỗi dòng lấy đến 0,01 điểm; dòng DanVan tự tính được làm tròn nửa lên đến 0,01 điểm một lần; tổng điểm cộng đúng\
             các dòng, không làm tròn thêm.
            """
        public static let quyetDinh = "QUYẾT ĐỊNH"
        public static let quyetDinhLabel = "QUYẾT ĐỊNH:"
        public static let saoChep = "Sao chép"
        public static let saoChepSangNamMoi = "Sao chép sang năm mới"
        public static let sapXep = "Sắp xếp"
        public static let sauThamDinh = "Sau thẩm định"
        public static let soDonVi = "Số đơn vị"
        public static let soDonViTheoXepLoai = "Số đơn vị theo xếp loại"
        public static let sua = "Sửa"
        public static let suaThongTinBoTieuChi = "Sửa thông tin bộ tiêu chí"
        public static func suaTieuChiMa(_ v1: Any) -> String { "Sửa tiêu chí \(v1)" }
        public static let taiBangKetQuaXlsx = "Tải bảng kết quả (.xlsx)"
        public static let taiBangTieuChiCsv = "Tải bảng tiêu chí (.csv)"
        public static func taiKhoanKhongTheThamGia(_ v1: Any) -> String {
            "Tài khoản “\(v1)” không thể tham gia đoàn thẩm định (chỉ xem hoặc đã khóa)."
        }
        public static let taiLen = "Tải lên"
        public static let taiLieu = "Tài liệu"
        public static let taiLieuKiemChung = "Tài liệu kiểm chứng"
        public static let tatCa = "Tất cả"
        public static let tenBoTieuChi = "Tên bộ tiêu chí"
        public static let tenBoTieuChiMoiDe = "Tên bộ tiêu chí mới (để trống: giữ tên cũ kèm năm)"
        public static let tenDotDeTrongTenMac = "Tên đợt (để trống: tên mặc định)"
        public static let tepBangTieuChi = "Tệp bảng tiêu chí (.csv, .xlsx hoặc .docx phụ lục quyết định) *"
        public static let tepDaTai = "Tệp đã tải lên"
        public static func tepToiDa(_ v1: Any) -> String { "Tệp (tối đa \(v1))" }
        public static let thamDinh = "Thẩm định"
        public static let thanhPho = "Thành phố "
        public static let thanhVienDoanThamDinhKhong = "Thành viên đoàn thẩm định không thẩm định phiếu của chính đơn vị mình."
        public static let themTieuChi = "Thêm tiêu chí"
        public static let themTieuChiVaoBo = "+ Thêm tiêu chí"
        public static let theoDiemThamDinh = "Theo điểm thẩm định"
        public static let theoKetQuaThamDinhCua = "Theo kết quả thẩm định của Đoàn thẩm định và đề nghị của cơ quan Nội vụ."
        public static let theoTenDonVi = "Theo tên đơn vị"
        public static let theoThuHang = "Theo thứ hạng"
        public static let thiXa = "Thị xã "
        public static func thongKeDonNam(_ v1: Any) -> String { "năm \(v1)" }
        public static let thuHang = "Thứ hạng"
        public static let thuHangTrongNhom = "Thứ hạng trong nhóm"
        public static let tieuChi = "Tiêu chí"
        public static func tieuChiDaDoc(_ v1: Any) -> String { "Cây tiêu chí đọc được (\(v1) mục)" }
        public static func tieuChiDanvanTinhDuocDiem(_ v1: Any, _ v2: Any) -> String {
            "Tiêu chí \(v1): DanVan tính được \(v2) điểm; muốn chấm khác phải ghi giải trình."
        }
        public static func tieuChiDiemThamDinhKhac(_ v1: Any) -> String { "Tiêu chí \(v1): điểm thẩm định khác điểm tự chấm phải ghi lý do." }
        public static let tinh = "Tỉnh "
        public static let tinhTrang = "Tình trạng"
        public static let tmUyBanNhanDan = "TM. ỦY BAN NHÂN DÂN"
        public static let toiDa = "Tối đa"
        public static func tongCacNhom(_ v1: Any) -> String { "\(v1) điểm (các nhóm tiêu chí cộng lại)" }
        public static let tongDiem = "Tổng điểm"
        public static func tongDiemKhongHopLe(_ v1: Any) -> String { "Tổng điểm “\(v1)” không phải là số." }
        public static let tongDiemSauThamDinhQua = "Tổng điểm sau thẩm định qua các năm"
        public static let tongDiemTheoQuyetDinh = "Tổng điểm tối đa theo quyết định (để đối chiếu)"
        public static let tongDiemToiDa = "Tổng điểm tối đa"
        public static func tongKhacTep(_ v1: Any, _ v2: Any) -> String { "\(v1) điểm — KHÁC tổng ghi trong tệp (\(v2))" }
        public static func tongKhopVoiTep(_ v1: Any, _ v2: Any) -> String { "\(v1) điểm — khớp tổng ghi trong tệp (\(v2))" }
        public static let traLaiDeLamRoMot = "Trả lại để làm rõ (một lần)"
        public static let traLaiPhieu = "Trả lại phiếu"
        public static let traLoi = "Trả lời"
        public static func traLoiKienNghi(_ v1: Any) -> String { "Trả lời kiến nghị \(v1)" }
        public static let traLoiKienNghiLabel = "Trả lời kiến nghị: "
        public static let traLoiLabel = "Trả lời: "
        public static let tranDiemThuong = "Trần điểm thưởng"
        public static let tranDiemTru = "Trần điểm trừ"
        public static func tu(_ v1: Any) -> String { "từ \(v1)" }
        public static let tuCham = "Tự chấm"
        public static let tuChamLabel = "Tự chấm: "
        public static func tuDiem(_ v1: Any) -> String { "từ \(v1) điểm" }
        public static func tuLabel(_ v1: Any, _ v2: Any) -> String { "từ \(v1): \(v2)" }
        public static func tuNguongPhanTram(_ v1: Any, _ v2: Any) -> String { "từ \(v1)%: \(v2)" }
        public static let tyLeDiemToiDa = "tỷ lệ × điểm tối đa"
        public static let uyBanNhanDan = "ỦY BAN NHÂN DÂN "
        public static let vanBanBanHanh = "Văn bản ban hành"
        public static func veViecCongNhanKetQua(_ v1: Any) -> String {
            "Về việc công nhận kết quả đánh giá, xếp loại công tác dân vận chính quyền năm \(v1)"
        }
        public static let vuiLongChonBanGhi = "Vui lòng chọn bản ghi DanVan để liên kết."
        public static let vuiLongChonBoTieuChi = "Vui lòng chọn bộ tiêu chí."
        public static let vuiLongChonItNhatMot = "Vui lòng chọn ít nhất một loại đơn vị."
        public static let vuiLongChonLienKetCanGo = "Vui lòng chọn liên kết cần gỡ."
        public static let vuiLongChonLoaiDonViDuocCham = "Vui lòng chọn ít nhất một loại đơn vị được chấm điểm."
        public static let vuiLongChonTepBoTieuChi = "Vui lòng chọn tệp bảng tiêu chí (.csv, .xlsx hoặc .docx)."
        public static let vuiLongChonTepTaiLieu = "Vui lòng chọn tệp tài liệu kiểm chứng."
        public static let vuiLongChonTieuChi = "Vui lòng chọn tiêu chí."
        public static let vuiLongGhiLyDoDon = "Vui lòng ghi lý do đơn vị không đủ điều kiện xếp loại."
        public static let vuiLongGhiMaVaDiem = "Vui lòng ghi mã, nội dung và điểm tối đa của tiêu chí."
        public static let vuiLongGhiNoiDungCan = "Vui lòng ghi nội dung cần làm rõ."
        public static let vuiLongGhiNoiDungKien = "Vui lòng ghi nội dung kiến nghị."
        public static let vuiLongGhiNoiDungTra = "Vui lòng ghi nội dung trả lời."
        public static let vuiLongGhiTenMuc = "Vui lòng ghi tên của mỗi mức điểm."
        public static let vuiLongGhiVanBanBan = "Vui lòng ghi văn bản ban hành bộ tiêu chí."
        public static func vuiLongNhapNamApDung(_ v1: Any) -> String { "Vui lòng nhập năm áp dụng (ví dụ \(v1))." }
        public static let vuiLongNhapTenBoTieu = "Vui lòng nhập tên bộ tiêu chí và văn bản ban hành."
        public static let vuiLongNhapTenBoTieuChi = "Vui lòng nhập tên bộ tiêu chí."
        public static let xaPhuongThiTran = "Xã, phường, thị trấn"
        public static let xacNhanLuuBoTieuChi = "Xác nhận lưu bộ tiêu chí"
        public static let xepLoai = "Xếp loại"
        public static let xoaTieuChiNay = "Xóa tiêu chí này"
    }
}
