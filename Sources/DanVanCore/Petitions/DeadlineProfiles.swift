/// Bộ thời hạn mặc định — the statutory time limits as data (DOMAIN.md §3). EDITABLE DEFAULTS: the app seeds them as version 1
/// of each profile in its database, where the inspectorate edits them; an edit adds a version with a new `id` ("…-v2"),
/// and cases keep the id they were opened with.
public struct DeadlineProfiles: Sendable {
    public let all: [DeadlineProfile]
    /// The id used for new cases of each kind and instance.
    public let current: [String: String]

    public init(all: [DeadlineProfile], current: [String: String]? = nil) {
        self.all = all
        self.current = current ?? Dictionary(all.map { (Self.key($0.kind, $0.instance), $0.id) }, uniquingKeysWith: { _, last in last })
    }

    public func profile(id: String) -> DeadlineProfile? { all.first { $0.id == id } }

    /// The current profile for new cases; kinds without a second instance fall back to the first.
    public func current(for kind: PetitionKind, instance: PetitionInstance) -> DeadlineProfile {
        let id = current[Self.key(kind, instance)] ?? current[Self.key(kind, .first)]!
        return profile(id: id)!
    }

    private static func key(_ kind: PetitionKind, _ instance: PetitionInstance) -> String { kind.rawValue + "/" + instance.rawValue }

    /// Luật Tiếp công dân 2013, Điều 28: the answer owed within 10 working days to a petition received at a reception.
    public static let receptionAnswer = StepRule(days: 10, counting: .working, citation: "Luật Tiếp công dân 2013, Điều 28")

    /// Version 1 exactly as shipped: migration 006 loads it, so it is history and is never edited. New cases use `defaults`.
    public static let vietnam = DeadlineProfiles(all: version1)

    /// The defaults checked against DOMAIN.md §3: version 1 and the later versions migration 011 stores
    /// (kiến nghị and phản ánh no longer borrow their resolution limit from Nghị định 20/2008/NĐ-CP).
    public static let defaults = DeadlineProfiles(all: version1 + checked)

    /// Nghị định 20/2008/NĐ-CP covers only feedback on administrative regulations (quy định hành chính), not every kiến nghị
    /// or phản ánh, and no law in DOMAIN.md §3 sets when a general one must be answered: the 30 days stay a system default
    /// that the inspectorate must confirm, and say so.
    public static let generalFeedbackResolution = StepRule(
        days: 30, counting: .calendar,
        citation:
            "Mặc định của hệ thống, chưa có căn cứ pháp lý (Nghị định 20/2008/NĐ-CP chỉ áp dụng cho phản ánh, kiến nghị về quy định hành chính)",
        isConfirmed: false)

    private static let checked: [DeadlineProfile] = [PetitionKind.recommendation, .feedback].map { kind in
        let old = version1.first { $0.kind == kind }!
        return DeadlineProfile(
            id: old.id.replacingOccurrences(of: "-v1", with: "-v2"), kind: kind, instance: .first,
            accept: old.accept, resolve: generalFeedbackResolution)
    }

    private static let version1: [DeadlineProfile] = [
        DeadlineProfile(
            id: "khieu_nai/lan_dau/2011-v1", kind: .complaint, instance: .first,
            accept: StepRule(days: 10, counting: .calendar, citation: "Luật Khiếu nại 2011, Điều 27"),
            resolve: StepRule(
                days: 30, complexDays: 45, remoteDays: 45, remoteComplexDays: 60, counting: .calendar,
                citation: "Luật Khiếu nại 2011, Điều 28")),
        DeadlineProfile(
            id: "khieu_nai/lan_hai/2011-v1", kind: .complaint, instance: .second,
            accept: StepRule(days: 10, counting: .calendar, citation: "Luật Khiếu nại 2011, Điều 36", isConfirmed: false),
            resolve: StepRule(
                days: 45, complexDays: 60, remoteDays: 60, remoteComplexDays: 70, counting: .calendar,
                citation: "Luật Khiếu nại 2011, Điều 37")),
        DeadlineProfile(
            id: "to_cao/lan_dau/2018-v1", kind: .denunciation, instance: .first,
            accept: StepRule(
                days: 7, complexDays: 10, counting: .working, citation: "Luật Tố cáo 2018, Điều 24",
                isConfirmed: false),
            resolve: StepRule(days: 30, counting: .calendar, citation: "Luật Tố cáo 2018, Điều 30"),
            extensions: ExtensionRule(maxCount: 2, days: 30, citation: "Luật Tố cáo 2018, Điều 30 khoản 2–4")),
        DeadlineProfile(
            id: "kien_nghi/lan_dau/tt05-2021-v1", kind: .recommendation, instance: .first,
            accept: StepRule(days: 10, counting: .working, citation: "Thông tư 05/2021/TT-TTCP", isConfirmed: false),
            resolve: StepRule(days: 30, counting: .calendar, citation: "Nghị định 20/2008/NĐ-CP", isConfirmed: false)),
        DeadlineProfile(
            id: "phan_anh/lan_dau/tt05-2021-v1", kind: .feedback, instance: .first,
            accept: StepRule(days: 10, counting: .working, citation: "Thông tư 05/2021/TT-TTCP", isConfirmed: false),
            resolve: StepRule(days: 30, counting: .calendar, citation: "Nghị định 20/2008/NĐ-CP", isConfirmed: false))
    ]
}
