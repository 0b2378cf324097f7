/// "Sắp đến hạn" for tasks and periodic reports: due within two weeks from today. Petitions have their own, shorter
/// window (`DeadlineStatus.dueSoonDays`), their time limits being counted in days.
public enum DueSoon {
    public static let days = 14
}
