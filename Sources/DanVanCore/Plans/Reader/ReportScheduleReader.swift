/// Reads reporting obligations: the period of each report and when it is due.
///
/// A clause that speaks of "báo cáo" is searched for periods: "hằng tháng"/"báo cáo tháng"
/// (monthly), "hằng quý"/"báo cáo quý" (quarterly), "6 tháng"/"06 tháng" (semiannual),
/// "một năm"/"01 năm"/"báo cáo năm"/"năm" in a list of periods (annual), and "khi có yêu cầu",
/// "theo yêu cầu", "đột xuất" (adhoc). Each period found gives one obligation. Its due rule is
/// the first date expression after it and before the next period: "ngày 15 hằng tháng" →
/// day 15 of each month; "20 tháng cuối quý" → day 20 of the quarter's third month; "(20/5)",
/// "trước 30/6/2024" → a day of the year. Without one, a date after "chậm nhất"/"trước" just
/// before the period ("chậm nhất ngày 10 của tháng cuối quý, báo cáo quý"). "định kỳ" without a
/// period gives nothing.
enum ReportScheduleReader {
    struct Mention {
        var period: ReportPeriod
        var range: Range<Int>
    }

    static let baoCao = Phrase("báo cáo")
    static let dinhKy = Phrase("định kỳ")
    static let gui = Phrase("gửi")
    static let tongHop = Phrase("tổng hợp")
    static let monthly: PhraseSet = PhraseSet(["hằng tháng", "hàng tháng", "mỗi tháng", "báo cáo tháng", "định kỳ tháng", "định kỳ hằng tháng"])
    static let quarterly: PhraseSet = PhraseSet(["hằng quý", "hàng quý", "mỗi quý", "báo cáo quý", "định kỳ quý", "định kỳ hằng quý"])
    static let semiannual: PhraseSet = PhraseSet(["6 tháng", "06 tháng", "sáu tháng", "bán niên"])
    static let annual: PhraseSet = PhraseSet([
        "một năm", "01 năm", "1 năm", "hằng năm", "hàng năm", "báo cáo năm", "cả năm", "tổng kết năm", "định kỳ năm"
    ])
    static let adhoc: PhraseSet = PhraseSet(["khi có yêu cầu", "khi được yêu cầu", "theo yêu cầu", "đột xuất", "khi cần thiết"])
    /// Words after "theo yêu cầu" that make it the law's requirement, not a request.
    static let requiredByLaw: PhraseSet = PhraseSet([
        "của pháp luật", "của luật", "pháp luật", "của quy định", "quy định", "tại điều",
        "tại khoản", "tại nghị định", "tại thông tư", "tại quyết định", "của nghị định",
        "của thông tư", "của quy chế"
    ])
    static let bareYear = Phrase("năm")
    /// The last word of a period just before "…, năm": "6 tháng", "quý".
    static let periodListEnds: PhraseSet = PhraseSet(["tháng", "quý"])
    static let dutyAfterPeriods: PhraseSet = PhraseSet(["báo cáo", "gửi", "tổng hợp"])
    static let bareQuarter = Phrase("quý")
    static let everyMonth: PhraseSet = PhraseSet(["hằng tháng", "hàng tháng", "mỗi tháng"])
    static let thang = Phrase("tháng")
    static let quarterMonths: [(Phrase, Int)] = [
        (Phrase("cuối quý"), 3), (Phrase("cuối của quý"), 3), (Phrase("thứ ba của quý"), 3), (Phrase("thứ 3 của quý"), 3),
        (Phrase("đầu quý"), 1), (Phrase("đầu tiên của quý"), 1), (Phrase("thứ hai của quý"), 2), (Phrase("giữa quý"), 2), (Phrase("thứ 2 của quý"), 2)
    ]

    struct Found {
        var obligation: ReportObligation
        var dueRange: Range<Int>?
    }

    static func read(_ doc: DocumentText, clause: Range<Int>, by: [String]) -> [Found] {
        let s = doc.scalars
        // A reporting clause: "báo cáo", or "định kỳ" with sending or compiling ("Định kỳ 6 tháng tổng hợp kết quả gửi về …").
        guard
            s.find(baoCao, from: clause.lowerBound, clause.upperBound) != nil
                || (s.find(dinhKy, from: clause.lowerBound, clause.upperBound) != nil
                    && (s.find(gui, from: clause.lowerBound, clause.upperBound) != nil
                        || s.find(tongHop, from: clause.lowerBound, clause.upperBound) != nil))
        else { return [] }
        var mentions: [Mention] = []
        var i = clause.lowerBound
        while i < clause.upperBound {
            guard Sc.isWordChar(s[i]), s.isWordStart(i, clause.lowerBound) else {
                i += 1
                continue
            }
            if let m = mention(s, at: i, clause) {
                if !mentions.contains(where: { $0.period == m.period }) { mentions.append(m) }
                i = m.range.upperBound
                continue
            }
            i = s.wordEnd(i, clause.upperBound)
        }
        guard !mentions.isEmpty else { return impliedByDates(doc, clause, by: by) }
        let to = recipient(s, clause)
        var by = by
        if let subject = subjectAfterPeriods(s, clause, after: mentions.last!.range.upperBound) {
            by = AssignmentReader.split(s, subject).map { s.string($0) }
        }
        var out: [Found] = []
        for (k, m) in mentions.enumerated() {
            var obligation = ReportObligation(period: m.period, due: nil, dueRule: nil, by: by, to: to, span: doc.span(m.range))
            var dueRange: Range<Int>? = nil
            if m.period != .adhoc {
                let limit = min(
                    clause.upperBound, k + 1 < mentions.count ? mentions[k + 1].range.lowerBound : clause.upperBound, m.range.upperBound + 60)
                if let (rule, range) = dueRule(s, from: m.range.upperBound, limit, period: m.period) {
                    obligation.dueRule = rule
                    obligation.due = s.string(range)
                    obligation.span = doc.span(m.range.lowerBound..<range.upperBound)
                    dueRange = range
                } else if let (rule, range) = dueBefore(s, m, from: k > 0 ? mentions[k - 1].range.upperBound : clause.lowerBound) {
                    obligation.dueRule = rule
                    obligation.due = s.string(range)
                    obligation.span = doc.span(range.lowerBound..<m.range.upperBound)
                    dueRange = range
                }
            }
            out.append(Found(obligation: obligation, dueRange: dueRange))
        }
        return splitYearlyDates(out, doc, clause)
    }

    /// "trước ngày 15/6 và trước ngày 15/12 hằng năm": one yearly duty with two dates is a report every six months,
    /// the one due in the first half of the year for the six months and the later one for the year.
    static func splitYearlyDates(_ found: [Found], _ doc: DocumentText, _ clause: Range<Int>) -> [Found] {
        let periodic = found.filter { $0.obligation.period != .adhoc }
        guard periodic.count == 1, let annual = periodic.first, annual.obligation.period == .annual,
            case .dayOfYear? = annual.obligation.dueRule
        else { return found }
        let dates = joinedDates(doc.scalars, clause)
        guard dates.count == 2 else { return found }
        let ordered = dates.sorted { ($0.month, $0.day) < ($1.month, $1.day) }
        guard ordered[0].month <= 7, ordered[1].month >= 9 else { return found }
        let s = doc.scalars
        let split = [(ReportPeriod.semiannual, ordered[0]), (.annual, ordered[1])].map { period, date in
            var obligation = annual.obligation
            obligation.period = period
            obligation.dueRule = .dayOfYear(month: date.month, day: date.day)
            obligation.due = s.string(date.range)
            obligation.span = doc.span(date.range)
            return Found(obligation: obligation, dueRange: date.range)
        }
        return split + found.filter { $0.obligation.period == .adhoc }
    }

    /// "Định kỳ 6 tháng (20/5), một năm (20/11), các cơ quan …, UBND các xã, phường báo cáo …":
    /// the bodies named between the periods and "báo cáo" are the ones that report.
    static func subjectAfterPeriods(_ s: Scalars, _ clause: Range<Int>, after: Int) -> Range<Int>? {
        guard let b = s.find(baoCao, from: after, clause.upperBound) else { return nil }
        var r = after
        // Skip the due date of the last period: "(20/11)", "(trước ngày 10/10)".
        r = s.skipSpaces(r, b)
        if r < b && s[r] == "(" {
            while r < b && s[r] != ")" { r += 1 }
            r += 1
        }
        guard r < b else { return nil }
        r = s.skipSpaces(r, b)
        guard r < b, s[r] == "," else { return nil }
        let subject = s.trimmed((r + 1)..<b)
        guard !subject.isEmpty, subject.count <= 160, s.matchAny(AssignmentReader.unitHeads, at: subject.lowerBound, subject.upperBound) != nil
        else { return nil }
        return subject
    }

    static func mention(_ s: Scalars, at i: Int, _ clause: Range<Int>) -> Mention? {
        let end = clause.upperBound
        if let (_, j) = s.matchAny(adhoc, at: i, end) {
            // "theo yêu cầu của pháp luật", "theo yêu cầu tại Nghị định …": what the law requires, which is no request.
            if s.matchAny(requiredByLaw, at: s.skipSpaces(j, end), end) != nil { return nil }
            return Mention(period: .adhoc, range: i..<j)
        }
        if let (_, j) = s.matchAny(monthly, at: i, end) { return Mention(period: .monthly, range: i..<j) }
        if let (_, j) = s.matchAny(quarterly, at: i, end) { return Mention(period: .quarterly, range: i..<j) }
        if let (_, j) = s.matchAny(semiannual, at: i, end) { return Mention(period: .semiannual, range: i..<j) }
        if let (_, j) = s.matchAny(annual, at: i, end) {
            let next = s.skipSpaces(j, end)
            if next < end && Sc.isDigit(s[next]) { return nil }  // "năm 2025" is a year, not a period
            return Mention(period: .annual, range: i..<j)
        }
        // "năm" or "quý" alone as an element of a list of periods: "(06 tháng, năm)".
        for (phrase, period) in [(bareYear, ReportPeriod.annual), (bareQuarter, .quarterly)] {
            guard let j = s.match(phrase, at: i, end) else { continue }
            let next = s.skipSpaces(j, end)
            let nextOK =
                next >= end || ",;)".unicodeScalars.contains(s[next]) || s.match(Phrase("và"), at: next, end) != nil
                || s.match(Phrase("hoặc"), at: next, end) != nil || s.match(Phrase("trước"), at: next, end) != nil || s[next] == "("
            let before = s.skipSpacesBack(i, clause.lowerBound)
            let prevOK = before > clause.lowerBound && (s[before - 1] == "," || s[before - 1] == "(")
            // "định kỳ 6 tháng, năm báo cáo …": the list of periods runs straight into the duty.
            let afterPeriod =
                before > clause.lowerBound + 1 && s[before - 1] == ","
                && s.matchAny(periodListEnds, at: s.skipSpaces(max(clause.lowerBound, before - 7), before - 1), before - 1) != nil
            let dutyNext = next < end && s.matchAny(dutyAfterPeriods, at: next, end) != nil
            if prevOK && (nextOK || (afterPeriod && dutyNext)) { return Mention(period: period, range: i..<j) }
        }
        return nil
    }

    static let dueLeads: PhraseSet = PhraseSet(["chậm nhất", "trước", "hạn chót", "không quá"])

    /// The due date written before the period: "chậm nhất ngày 10 của tháng cuối quý, báo cáo
    /// quý …", "trước ngày 15/6, báo cáo 6 tháng". The date must follow a deadline word and end
    /// at most a few words before the period, with no sentence or clause break between.
    static func dueBefore(_ s: Scalars, _ m: Mention, from: Int) -> (DueRule, Range<Int>)? {
        var lead: Int? = nil
        var i = from
        while i < m.range.lowerBound {
            if Sc.isLetter(s[i]), s.isWordStart(i, from), let (_, j) = s.matchAny(dueLeads, at: i, m.range.lowerBound) {
                lead = j
                i = j
                continue
            }
            i += 1
        }
        guard let start = lead, let (rule, range) = dueRule(s, from: s.skipSpaces(start, m.range.lowerBound), m.range.lowerBound, period: m.period),
            m.range.lowerBound - range.upperBound <= 25,
            !s[range.upperBound..<m.range.lowerBound].contains(where: { $0 == "." || $0 == ";" || $0 == ":" })
        else { return nil }
        return (rule, range)
    }

    /// "báo cáo kết quả về Sở Nội vụ trước ngày 15/6 và ngày 15/12": dates without a year, and no period word, are a
    /// recurring report whose period the dates imply: one date in each half of the year is a six-month report and a
    /// year's; one date in each quarter, on the same day of the same month of the quarter, a quarterly report.
    static func impliedByDates(_ doc: DocumentText, _ clause: Range<Int>, by: [String]) -> [Found] {
        let s = doc.scalars
        let dates = joinedDates(s, clause)
        guard dates.count >= 2, dates.allSatisfy({ !$0.hasYear }) else { return [] }
        let ordered = dates.sorted { ($0.month, $0.day) < ($1.month, $1.day) }
        let to = recipient(s, clause)
        func found(_ period: ReportPeriod, _ rule: DueRule, _ range: Range<Int>) -> Found {
            Found(
                obligation: ReportObligation(period: period, due: s.string(range), dueRule: rule, by: by, to: to, span: doc.span(range)),
                dueRange: range)
        }
        if ordered.count == 2, ordered[0].month <= 7, ordered[1].month >= 9 {
            return [
                found(.semiannual, .dayOfYear(month: ordered[0].month, day: ordered[0].day), ordered[0].range),
                found(.annual, .dayOfYear(month: ordered[1].month, day: ordered[1].day), ordered[1].range)
            ]
        }
        let quarters = Set(ordered.map { ($0.month - 1) / 3 })
        let monthsOfQuarter = Set(ordered.map { ($0.month - 1) % 3 + 1 })
        if ordered.count == 4, quarters.count == 4, monthsOfQuarter.count == 1, Set(ordered.map(\.day)).count == 1 {
            // Each of the four dates is the due date of that quarter's report: one regime, its span the first date.
            let range = ordered[0].range.lowerBound..<ordered[3].range.upperBound
            var quarterly = found(.quarterly, .dayOfQuarterMonth(day: ordered[0].day, monthOfQuarter: monthsOfQuarter.first!), ordered[0].range)
            quarterly.obligation.due = s.string(range)
            quarterly.dueRange = range
            return [quarterly]
        }
        return []
    }

    /// The dates of a clause written one after another ("trước ngày 15/6 và trước ngày 15/12", "15/3, 15/6, 15/9 và
    /// 15/12"), each with its "ngày": the one run of two or more such dates, else none (dates with other words between
    /// them belong to different duties).
    static func joinedDates(_ s: Scalars, _ clause: Range<Int>) -> [(month: Int, day: Int, hasYear: Bool, range: Range<Int>)] {
        var runs: [[(month: Int, day: Int, hasYear: Bool, range: Range<Int>)]] = []
        var dates: [(month: Int, day: Int, hasYear: Bool, range: Range<Int>)] = []
        var i = clause.lowerBound
        while i < clause.upperBound {
            if Sc.isDigit(s[i]), s.isWordStart(i, clause.lowerBound), let date = DateFinder.date(s, at: i, clause.upperBound) {
                // "ngày 15/6": the due expression as written keeps its "ngày".
                var start = date.range.lowerBound
                if start >= 5, let j = s.match(DateFinder.ngay, at: start - 5, start), s.skipSpaces(j, start) == start { start -= 5 }
                if let last = dates.last, !onlyJoiners(s, last.range.upperBound..<start) {
                    runs.append(dates)
                    dates = []
                }
                if !dates.contains(where: { $0.month == date.month && $0.day == date.day }) {
                    dates.append((date.month, date.day, date.year != nil, start..<date.range.upperBound))
                }
                i = date.range.upperBound
                continue
            }
            i += 1
        }
        runs.append(dates)
        let joined = runs.filter { $0.count >= 2 }
        return joined.count == 1 ? joined[0] : []
    }

    static let joiners: PhraseSet = PhraseSet(["và", "trước", "chậm nhất", "hoặc"])

    /// Only "và", "trước", "chậm nhất", commas and spaces.
    static func onlyJoiners(_ s: Scalars, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if s[i] == " " || s[i] == "," {
                i += 1
                continue
            }
            guard let (_, j) = s.matchAny(joiners, at: i, range.upperBound) else { return false }
            i = j
        }
        return true
    }

    /// The first due expression in `from..<limit`.
    static func dueRule(_ s: Scalars, from: Int, _ limit: Int, period: ReportPeriod) -> (DueRule, Range<Int>)? {
        var i = from
        while i < limit {
            let c = s[i]
            if Sc.isDigit(c) || ((c == "n" || c == "N") && s.match(DateFinder.ngay, at: i, limit) != nil) {
                guard s.isWordStart(i, from) else {
                    i += 1
                    continue
                }
                var d = i
                if let j = s.match(DateFinder.ngay, at: i, limit) { d = s.skipSpaces(j, limit) }
                guard d < limit, Sc.isDigit(s[d]), let (day, afterDay) = s.readNumber(d, limit, maxDigits: 2), (1...31).contains(day) else {
                    i += 1
                    continue
                }
                let t = s.skipSpaces(afterDay, limit)
                // "ngày 15 hằng tháng"
                if let (_, j) = s.matchAny(everyMonth, at: t, limit) {
                    return (.dayOfMonth(day), i..<j)
                }
                // "20 tháng cuối quý", "ngày 20 của tháng cuối quý"
                var t2 = t
                if let j = s.match(CitationReader.cua, at: t2, limit) { t2 = s.skipSpaces(j, limit) }
                if let j = s.match(thang, at: t2, limit) {
                    let q = s.skipSpaces(j, limit)
                    for (phrase, month) in quarterMonths {
                        if let e = s.match(phrase, at: q, limit) { return (.dayOfQuarterMonth(day: day, monthOfQuarter: month), i..<e) }
                    }
                }
                if let written = DateFinder.date(s, at: i, limit) {
                    return (.dayOfYear(month: written.month, day: written.day), written.range)
                }
                // "báo cáo hằng tháng trước ngày 25": a day with no month is a day of each month.
                if period == .monthly, d > i, afterDay >= limit || !(s[afterDay] == "/" || s[afterDay] == "-" || s[afterDay] == ".") {
                    return (.dayOfMonth(day), i..<afterDay)
                }
                i = afterDay
                continue
            }
            i += 1
        }
        return nil
    }

    static let recipientLeads: PhraseSet = PhraseSet(["gửi về", "gửi", "về", "báo cáo"])
    static let recipientStops: PhraseSet = PhraseSet(["để", "theo", "trước", "khi", "tổng hợp", "chậm nhất", "định kỳ", "trong", "vào", "hoặc"])

    /// "… về Phòng Nội vụ để tổng hợp" → "Phòng Nội vụ"; "gửi cấp có thẩm quyền theo yêu cầu" → "cấp có thẩm quyền".
    static func recipient(_ s: Scalars, _ clause: Range<Int>) -> String? {
        var i = s.find(baoCao, from: clause.lowerBound, clause.upperBound) ?? clause.lowerBound
        while i < clause.upperBound {
            guard Sc.isLetter(s[i]), s.isWordStart(i, clause.lowerBound), let (lead, j) = s.matchAny(recipientLeads, at: i, clause.upperBound) else {
                i += 1
                continue
            }
            let a = s.skipSpaces(j, clause.upperBound)
            guard a < clause.upperBound, Sc.isUpper(s[a]) || s.match(Phrase("cấp"), at: a, clause.upperBound) != nil else {
                i = j
                continue
            }
            // "báo cáo UBND huyện": only a body right after "báo cáo" is a recipient.
            if lead.text == "báo cáo", s.matchAny(AssignmentReader.unitHeads, at: a, clause.upperBound) == nil {
                i = j
                continue
            }
            var e = a
            var depth = 0
            while e < clause.upperBound {
                let c = s[e]
                if c == "(" {
                    // Keep "(qua Phòng Nội vụ)"; a due date in brackets ends the recipient.
                    if depth == 0 && s.match(DeadlineReader.qua, at: s.skipSpaces(e + 1, clause.upperBound), clause.upperBound) == nil { break }
                    depth += 1
                } else if c == ")" {
                    depth -= 1
                    if depth < 0 { break }
                }
                if depth == 0 && (c == "," || c == ";" || c == ".") { break }
                if depth == 0, Sc.isLetter(c), Sc.isLower(c), s.isWordStart(e, a) {
                    if s.matchAny(recipientStops, at: e, clause.upperBound) != nil || mention(s, at: e, clause) != nil { break }
                    if let v = s.match(CitationReader.va, at: e, clause.upperBound) {
                        let next = s.skipSpaces(v, clause.upperBound)
                        if next < clause.upperBound && Sc.isLower(s[next]) { break }
                    }
                }
                e += 1
            }
            let range = s.trimmed(a..<e)
            return range.isEmpty ? nil : s.string(range)
        }
        return nil
    }
}
