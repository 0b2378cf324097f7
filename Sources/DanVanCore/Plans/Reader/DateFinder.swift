/// A date as written: day and month always, the year only when the text gives it.
struct WrittenDate: Sendable {
    let day: Int
    let month: Int
    let year: Int?
    /// From the first digit (or "ngày") to the end of the date.
    let range: Range<Int>

    func civil(defaultYear: Int?) -> CivilDate? {
        guard let y = year ?? defaultYear else { return nil }
        return CivilDate(year: y, month: month, day: day)
    }
}

/// Finds Vietnamese dates: "26/11/2021", "26-11-2021", "26.11.2021", "20/5",
/// "ngày 09 tháng 12 năm 2022", "ngày 15/02/2024".
public enum DateFinder {
    static let ngay = Phrase("ngày")
    static let thang = Phrase("tháng")
    static let nam = Phrase("năm")

    /// Every full date (with year) in `text`, in order, as ISO strings; used by the benchmark.
    public static func isoDates(in text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var out: [String] = []
        var i = 0
        while i < s.count {
            if Sc.isDigit(s[i]) && (i == 0 || !Sc.isWordChar(s[i - 1])) {
                if let d = date(s, at: i, s.count), let y = d.year, let c = CivilDate(year: y, month: d.month, day: d.day) {
                    out.append(c.iso)
                    i = d.range.upperBound
                    continue
                }
                while i < s.count && Sc.isDigit(s[i]) { i += 1 }
                continue
            }
            i += 1
        }
        return out
    }

    /// A date starting at `i` (a digit, or the word "ngày"), or nil.
    static func date(_ s: Scalars, at i: Int, _ end: Int, requireYear: Bool = false) -> WrittenDate? {
        var start = i
        var j = i
        if let k = s.match(ngay, at: j, end) {
            j = s.skipSpaces(k, end)
            start = i
        }
        guard j < end, Sc.isDigit(s[j]), j == 0 || (s[j - 1] != "/" && s[j - 1] != "-" && !Sc.isDigit(s[j - 1])) else { return nil }
        guard let (day, a) = s.readNumber(j, end, maxDigits: 2), (1...31).contains(day) else { return nil }
        // Long form: "09 tháng 12 năm 2022".
        let afterDay = s.skipSpaces(a, end)
        if let k = s.match(thang, at: afterDay, end) {
            let m0 = s.skipSpaces(k, end)
            guard let (month, b) = s.readNumber(m0, end, maxDigits: 2), (1...12).contains(month) else { return nil }
            var yearValue: Int? = nil
            var stop = b
            let y0 = s.skipSpaces(b, end)
            if let k2 = s.match(nam, at: y0, end) {
                let y1 = s.skipSpaces(k2, end)
                if let (year, c) = s.readNumber(y1, end, maxDigits: 4), c - y1 == 4 {
                    yearValue = year
                    stop = c
                }
            }
            if requireYear && yearValue == nil { return nil }
            if let y = yearValue, CivilDate(year: y, month: month, day: day) == nil { return nil }
            return WrittenDate(day: day, month: month, year: yearValue, range: start..<stop)
        }
        // Short form: d/m(/y) with one separator kind.
        guard a < end else { return nil }
        let sep = s[a]
        guard sep == "/" || sep == "-" || sep == "." else { return nil }
        guard let (month, b) = s.readNumber(a + 1, end, maxDigits: 2), (1...12).contains(month) else { return nil }
        if b < end && s[b] == sep, b + 1 < end, Sc.isDigit(s[b + 1]) {
            guard let (year, c) = s.readNumber(b + 1, end, maxDigits: 4), c - (b + 1) == 4 || c - (b + 1) == 2 else { return nil }
            if c < end && (Sc.isLetter(s[c]) || s[c] == "/") { return nil }
            let fullYear = c - (b + 1) == 2 ? 2000 + year : year
            guard CivilDate(year: fullYear, month: month, day: day) != nil else { return nil }
            return WrittenDate(day: day, month: month, year: fullYear, range: start..<c)
        }
        if requireYear { return nil }
        // "20/5": no year. Reject parts of symbols and fractions such as "20/5/…" or "1/5-…".
        if sep == "." { return nil }
        if b < end && (Sc.isLetter(s[b]) || s[b] == "/" || s[b] == "-") { return nil }
        guard CivilDate(year: 2000, month: month, day: day) != nil else { return nil }
        return WrittenDate(day: day, month: month, year: nil, range: start..<b)
    }
}
