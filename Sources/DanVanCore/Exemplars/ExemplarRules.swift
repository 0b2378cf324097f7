/// Who may recognise at which level, replication links, registration lateness, and what counts as the same idea.
public enum ExemplarRules {
    /// Công nhận: a body recognises at its own level or below, never above (a district cannot recognise at the province's
    /// level), and a model already recognised is only recognised again at a higher level.
    public static func recognitionProblem(
        level: RecognitionLevel, recogniser: RecognitionLevel?,
        current: RecognitionLevel?
    ) -> ExemplarProblem? {
        guard let recogniser else {
            return ExemplarProblem("recogniser_cannot_recognise", "Đơn vị của bạn không có thẩm quyền công nhận mô hình, điển hình.")
        }
        if level > recogniser {
            return ExemplarProblem(
                "level_above_recogniser",
                "Không thể công nhận ở \(level.label.lowercased()): đơn vị của bạn chỉ công nhận đến \(recogniser.label.lowercased()).")
        }
        if let current, level <= current {
            return ExemplarProblem(
                "level_not_higher",
                "Mô hình đã được công nhận ở \(current.label.lowercased()); chỉ công nhận lại ở cấp cao hơn.")
        }
        return nil
    }

    /// Nhân rộng: `copy` replicates `original`; refused when it points to itself or when `original` already descends
    /// from `copy` (a loop). `originalOf` gives each model's own original, if any.
    public static func replicationProblem(copy: Int?, original: Int, originalOf: (Int) -> Int?) -> ExemplarProblem? {
        if let copy, copy == original {
            return ExemplarProblem("replication_self", "Một mô hình không thể là bản nhân rộng của chính nó.")
        }
        var seen: Set<Int> = [original]
        var current = original
        while let parent = originalOf(current) {
            if parent == copy {
                return ExemplarProblem("replication_loop", "Mô hình gốc đã chọn lại được nhân rộng từ mô hình này; liên kết sẽ tạo thành vòng.")
            }
            guard seen.insert(parent).inserted else {
                return ExemplarProblem("replication_loop", "Chuỗi nhân rộng của mô hình gốc đã tạo thành vòng.")
            }
            current = parent
        }
        return nil
    }

    /// Đăng ký muộn: registered after the drive's deadline ("đăng ký … trước ngày 25/3"). A late registration is accepted
    /// and marked late; on the deadline itself it is on time.
    public static func isLate(registeredOn: CivilDate, deadline: CivilDate?) -> Bool {
        guard let deadline else { return false }
        return registeredOn > deadline
    }

    /// Words that every registration shares and so say nothing about the idea.
    static let commonWords: Set<String> = [
        "mo", "hinh", "dien", "dan", "van", "kheo", "va", "cua", "cho", "voi", "trong", "cac", "nhung", "xay", "dung"
    ]

    /// The words of a name that carry its idea: folded, without the common words.
    public static func significantWords(_ name: String) -> Set<String> {
        Set(VietnameseText.searchKey(name).split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { !commonWords.contains($0) })
    }

    /// Same name, diacritics and spacing aside: a duplicate when it is in the same commune.
    public static func isDuplicate(_ name: String, _ other: String) -> Bool {
        let a = VietnameseText.searchKey(name).split { !$0.isLetter && !$0.isNumber }
        let b = VietnameseText.searchKey(other).split { !$0.isLetter && !$0.isNumber }
        return !a.isEmpty && a == b
    }

    /// "Similar models": at least half of the significant words of the shorter name appear in the other (and two at least,
    /// unless a name has only one).
    public static func isSimilar(_ name: String, _ other: String) -> Bool {
        let a = significantWords(name)
        let b = significantWords(other)
        guard !a.isEmpty, !b.isEmpty else { return false }
        let shared = a.intersection(b).count
        let smaller = min(a.count, b.count)
        return shared * 2 >= smaller && shared >= min(2, smaller)
    }
}
