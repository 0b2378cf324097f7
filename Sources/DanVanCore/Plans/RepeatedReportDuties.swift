extension ReportObligation {
    /// One regime per duty: a plan often states the same report (period, due date and recipient) once per unit in
    /// "Tổ chức thực hiện"; those read as one obligation with every reporter, in the order they were first named.
    /// The reader keeps them apart (each statement has its own place in the text); a regime should not.
    public static func collapsed(_ obligations: [ReportObligation]) -> [ReportObligation] {
        var merged: [ReportObligation] = []
        var index: [String: Int] = [:]
        for obligation in obligations {
            let key = [obligation.period.rawValue, obligation.dueRule.map { "\($0)" } ?? "", fold(obligation.due), fold(obligation.to)]
                .joined(separator: "|")
            if let at = index[key] {
                for reporter in obligation.by where !merged[at].by.contains(where: { fold($0) == fold(reporter) }) {
                    merged[at].by.append(reporter)
                }
            } else {
                index[key] = merged.count
                merged.append(obligation)
            }
        }
        return merged
    }

    private static func fold(_ text: String?) -> String {
        VietnameseText.searchKey(text ?? "")
    }
}
