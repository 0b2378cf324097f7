/// A report regime as read from one plan, with its units resolved. A plan often repeats one duty in several places
/// ("định kỳ 6 tháng báo cáo về UBND thị xã (qua Phòng Nội vụ)" under each unit, and once with the date): regimes of the
/// same period sent to the same receiver, whose due rules agree or are not given, are one regime with all the
/// reporters (issue 18, item 3).
struct PlanRegime: Equatable {
    var period: String
    var rule: String?
    var dueText: String
    var reporters: String
    var receiver: String
    var receiverID: Int?
    var reporterIDs: [Int]

    static func collapsed(_ regimes: [PlanRegime]) -> [PlanRegime] {
        var merged: [PlanRegime] = []
        for regime in regimes {
            if let index = merged.firstIndex(where: {
                $0.period == regime.period && $0.receiverID == regime.receiverID
                    && ($0.rule == nil || regime.rule == nil || $0.rule == regime.rule)
            }) {
                var into = merged[index]
                into.rule = into.rule ?? regime.rule
                into.dueText = joined(into.dueText, regime.dueText)
                into.reporters = joined(into.reporters, regime.reporters)
                into.receiver = into.receiver.isEmpty ? regime.receiver : into.receiver
                into.reporterIDs = Array(Set(into.reporterIDs + regime.reporterIDs)).sorted()
                merged[index] = into
            } else {
                merged.append(regime)
            }
        }
        return merged
    }

    /// "a; b" without repeating a part already there.
    private static func joined(_ first: String, _ second: String) -> String {
        let parts = (first.components(separatedBy: "; ") + second.components(separatedBy: "; "))
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var seen = Set<String>()
        return parts.filter { seen.insert($0).inserted }.joined(separator: "; ")
    }
}
