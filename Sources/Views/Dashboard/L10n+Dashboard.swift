/// The words of Dashboard's pages and messages (issue 11: every UI word in L10n).
extension L10n {
    public enum Dashboard {
        public static let baoCaoBiTraLaiCan = "Báo cáo bị trả lại, cần sửa"
        public static let baoCaoChoToiDuyet = "Báo cáo chờ tôi duyệt"
        public static func baoCaoCuaDonViDen(_ v1: Any) -> String { "Báo cáo của đơn vị đến hạn trong \(v1) ngày" }
        public static let baoCaoCuaDonViQua = "Báo cáo của đơn vị quá hạn chưa nộp"
        public static func baoCaoDinhKyNam(_ v1: Any) -> String { "Báo cáo định kỳ năm \(v1)" }
        public static let baoCaoQuaHanChuaNop = "Báo cáo quá hạn chưa nộp"
        public static let baoCaoQuaHanChuaNopCaTrucThuoc = "Báo cáo quá hạn chưa nộp (cả đơn vị trực thuộc)"
        public static let canXuLy = "Cần xử lý"
        public static let chiTieuQuaCacKyBao = "Chỉ tiêu qua các kỳ (báo cáo đã chấp nhận)"
        public static let dangKyDanVanKheoQua = "Đăng ký “Dân vận khéo” quá hạn chưa có"
        public static let donDongNguoiVuotCap = "Đơn đông người, vượt cấp"
        public static let donQuaHan = "Đơn quá hạn"
        public static let donQuaHanGiaiQuyet = "Đơn quá hạn giải quyết"
        public static func donSapDenHanNgay(_ v1: Any) -> String { "Đơn sắp đến hạn (\(v1) ngày)" }
        public static let donThu = "Đơn thư"
        public static let donThuCanXuLy = "Đơn thư cần xử lý"
        public static let donVi = "Đơn vị"
        public static let donViNaoDangCham = "Đơn vị nào đang chậm?"
        public static let donViTrucThuocChamNhat = "Đơn vị trực thuộc, chậm nhất trước"
        public static let keHoachCapDuoiQuaHan = "Kế hoạch cấp dưới quá hạn chưa có"
        public static let nguoiDung = "Người dùng"
        public static func nhiemVuDenHanTrongNgay(_ v1: Any) -> String { "Nhiệm vụ đến hạn trong \(v1) ngày" }
        public static let nhiemVuQuaHan = "Nhiệm vụ quá hạn"
        public static let phamViLabel = "Phạm vi: "
        public static let phieuTuChamDiemChuaNop = "Phiếu tự chấm điểm chưa nộp"
        public static let phieuTuChamDiemQuaHan = "Phiếu tự chấm điểm quá hạn chưa nộp"
        public static let tinhHinhNopBaoCaoTheo = "Tình hình nộp báo cáo theo tháng đến hạn"
        public static let viecCanToiXuLy = "Việc cần tôi xử lý"
        public static let viecCuaDonViToi = "Việc của đơn vị tôi"
        public static func xinChao(_ v1: Any) -> String { "Xin chào, \(v1)" }
    }
}
