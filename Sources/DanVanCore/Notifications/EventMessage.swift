/// Thông báo sự kiện — the Vietnamese sentence of a notice sent when something happens (not on a date).
/// A petition's notice never names the petitioner nor, for a tố cáo, quotes its subject: the subject may name the denouncer.
public enum EventMessage {
    /// "Báo cáo Tháng 5/2026 của Phòng Nội vụ bị trả lại để sửa. Lý do: thiếu số liệu quý."
    public static func reportReturned(periodLabel: String, unitName: String, reason: String) -> String {
        "Báo cáo \(periodLabel) của \(unitName) bị trả lại để sửa. Lý do: \(reason)"
    }

    /// "Phòng Nội vụ đã nộp lại báo cáo Tháng 5/2026 sau khi sửa; báo cáo đang chờ duyệt."
    public static func reportResubmitted(periodLabel: String, unitName: String) -> String {
        "\(unitName) đã nộp lại báo cáo \(periodLabel) sau khi sửa; báo cáo đang chờ duyệt."
    }

    /// "Báo cáo Tháng 5/2026 của Phòng Nội vụ đã được chấp nhận."
    public static func reportAccepted(periodLabel: String, unitName: String) -> String {
        "Báo cáo \(periodLabel) của \(unitName) đã được chấp nhận."
    }

    /// "Kế hoạch 12/KH-UBND: Phòng Nội vụ được giao chủ trì nhiệm vụ 1.2."
    public static func taskAssigned(planLabel: String, unitName: String, roleLabel: String, taskReference: String) -> String {
        let task = taskReference.isEmpty ? "một nhiệm vụ" : "nhiệm vụ \(taskReference)"
        return "\(planLabel): \(unitName) được giao \(roleLabel.lowercased()) \(task)."
    }

    /// "Kế hoạch 12/KH-UBND: đơn vị của bạn được giao nhiệm vụ chủ trì." — when a plan is created with its assignments.
    public static func tasksAssigned(planLabel: String) -> String {
        "\(planLabel): đơn vị của bạn được giao nhiệm vụ chủ trì."
    }

    /// "Đơn khiếu nại “Đề nghị…” được giao cho Phòng Tư pháp xử lý, hạn 12/12/2026."
    public static func petitionAssigned(kindLabel: String, isDenunciation: Bool, subject: String, unitName: String, due: CivilDate?) -> String {
        "\(petition(kindLabel, isDenunciation, subject)) được giao cho \(unitName) xử lý" + (due.map { ", hạn \($0.vietnamese)." } ?? ".")
    }

    /// "Đơn tố cáo do Phòng Tư pháp xử lý đã quá hạn (hạn 12/12/2026)."
    public static func petitionOverdue(kindLabel: String, isDenunciation: Bool, subject: String, unitName: String, due: CivilDate) -> String {
        "\(petition(kindLabel, isDenunciation, subject)) do \(unitName) xử lý đã quá hạn (hạn \(due.vietnamese))."
    }

    /// The e-mail subject of a notice: "[DanVan] " and the sentence, cut at a word when long.
    public static func subject(of message: String) -> String {
        let limit = 70
        guard message.count > limit else { return "[DanVan] " + message }
        let head = message.prefix(limit)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return "[DanVan] " + cut + "…"
    }

    private static func petition(_ kindLabel: String, _ isDenunciation: Bool, _ subject: String) -> String {
        let kind = "Đơn " + kindLabel.lowercased()
        let shown = subject.count > 80 ? String(subject.prefix(80)) + "…" : subject
        return isDenunciation || shown.isEmpty ? kind : "\(kind) “\(shown)”"
    }
}
