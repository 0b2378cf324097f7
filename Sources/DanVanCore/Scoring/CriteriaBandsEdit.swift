import Foundation

extension CriteriaTreeEdit {
    /// Replaces a set's classification bands and its bonus and deduction caps, each checked: at least one band, labels
    /// given and distinct, minimums from 0 to the set's maximum and all different, a group share from 0 to 100 %, caps not
    /// negative. The bands are kept from the highest minimum down, as `CriteriaSet.problems()` and scoring expect.
    public static func setBands(
        _ bands: [ClassificationBand], bonusCap: Points, deductionCap: Points, in set: CriteriaSet
    ) throws(Refusal) -> CriteriaSet {
        guard !bands.isEmpty else {
            throw Refusal("missing_bands", "Vui lòng ghi ít nhất một mức xếp loại, ví dụ Hoàn thành xuất sắc từ 90 điểm.")
        }
        var labels = Set<String>()
        var minimums = Set<Int>()
        var cleaned: [ClassificationBand] = []
        for band in bands {
            let label = band.label.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !label.isEmpty, label.count <= 100 else {
                throw Refusal("missing_band_label", "Vui lòng ghi tên mức xếp loại (tối đa 100 ký tự).")
            }
            guard labels.insert(VietnameseText.searchKey(label)).inserted else {
                throw Refusal("duplicate_band", "Mức xếp loại “\(label)” bị ghi hai lần.")
            }
            guard band.minimum >= .zero, band.minimum <= set.maximum else {
                throw Refusal(
                    "band_minimum_out_of_range",
                    "Điểm tối thiểu của mức “\(label)” phải từ 0 đến \(set.maximum.text) (tổng điểm tối đa của bộ tiêu chí).")
            }
            guard minimums.insert(band.minimum.hundredths).inserted else {
                throw Refusal("duplicate_band_minimum", "Hai mức xếp loại cùng điểm tối thiểu \(band.minimum.text); mỗi mức cần một điểm khác nhau.")
            }
            if let percent = band.minimumGroupPercent, !(0...100).contains(percent) {
                throw Refusal("band_percent_out_of_range", "Tỷ lệ tối thiểu của mỗi nhóm (mức “\(label)”) phải từ 0 đến 100 (%).")
            }
            cleaned.append(ClassificationBand(label, minimum: band.minimum, minimumGroupPercent: band.minimumGroupPercent))
        }
        guard bonusCap >= .zero, deductionCap >= .zero else {
            throw Refusal("cap_negative", "Trần điểm thưởng và trần điểm trừ không được âm.")
        }
        var result = set
        result.bands = cleaned.sorted { $0.minimum > $1.minimum }
        result.bonusCap = bonusCap
        result.deductionCap = deductionCap
        return result
    }
}
