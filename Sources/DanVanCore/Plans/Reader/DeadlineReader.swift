/// Reads one-off deadlines: "gửi về UBND thị xã trước ngày 15/02/2024 (qua Phòng Nội vụ thị xã)".
///
/// A deadline is a date after "trước", "chậm nhất", "hạn chót" or "hoàn thành trong"; a date
/// that is the due date of a periodic report is not one. A date written without a year takes
/// the plan's year (and says so). What is due is the clause before the date; to whom is the
/// body after "gửi (về)" or "về", with a following "(qua …)".
enum DeadlineReader {
    static let leads: PhraseSet = PhraseSet([
        "trước ngày", "chậm nhất là ngày", "chậm nhất vào ngày", "chậm nhất trong ngày", "chậm nhất ngày", "chậm nhất là",
        "chậm nhất", "hạn chót là ngày", "hạn chót ngày", "hạn chót", "thời hạn", "hoàn thành trong ngày", "hoàn thành vào ngày",
        "xong trước", "trước"
    ])
    static let recipientLeads: PhraseSet = PhraseSet(["gửi về", "gửi", "nộp về", "nộp", "về"])
    static let recipientStops: PhraseSet = PhraseSet(["để", "theo", "tổng hợp", "trước", "chậm nhất", "xem xét", "thẩm định", "trong", "kèm", "khi"])
    static let qua = Phrase("qua")
    static let dueVerbs: PhraseSet = PhraseSet(["gửi", "nộp", "báo cáo", "hoàn thành", "trình"])
    static let leadingFillers: PhraseSet = PhraseSet(["đồng thời", "và", "sau đó", "đề nghị"])

    static func read(_ doc: DocumentText, clause: Range<Int>, year: Int?, excluded: [Range<Int>], by: [String]) -> [Deadline] {
        let s = doc.scalars
        var out: [Deadline] = []
        var i = clause.lowerBound
        // "Báo cáo sơ kết trước ngày 20/6 và báo cáo tổng kết trước ngày 20/11": what is due by the second date starts after the first.
        var previousEnd = clause.lowerBound
        while i < clause.upperBound {
            guard Sc.isLetter(s[i]), s.isWordStart(i, clause.lowerBound), let (_, j) = s.matchAny(leads, at: i, clause.upperBound) else {
                i += 1
                continue
            }
            var d0 = s.skipSpaces(j, clause.upperBound)
            if d0 < clause.upperBound && s[d0] == ":" { d0 = s.skipSpaces(d0 + 1, clause.upperBound) }
            guard let written = DateFinder.date(s, at: d0, clause.upperBound),
                !excluded.contains(where: { $0.overlaps(written.range) })
            else {
                i = j
                continue
            }
            let inferred = written.year == nil
            guard let date = written.civil(defaultYear: year) else {
                i = j
                continue
            }
            // What: the clause text before the lead.
            var a = s.skipSpaces(previousEnd, i)
            // "Các sở, ban, ngành: Xây dựng kế hoạch gửi về …": what is due comes after the heading's colon.
            if let colon = s[a..<i].lastIndex(of: ":") { a = s.skipSpaces(colon + 1, i) }
            if i - a > 160 {
                // A long clause: start at the comma before the last "gửi" / "nộp" / "báo cáo".
                var k = i
                var verb: Int? = nil
                while k > max(a, i - 400) {
                    k -= 1
                    if Sc.isLetter(s[k]), s.isWordStart(k, a), s.matchAny(dueVerbs, at: k, i) != nil {
                        verb = k
                        break
                    }
                }
                if var v = verb {
                    while v > a && s[v - 1] != "," { v -= 1 }
                    a = v
                } else {
                    a = i - 160
                    while a < i && Sc.isWordChar(s[a]) { a += 1 }
                }
            }
            while let (_, f) = s.matchAny(leadingFillers, at: a, i) { a = s.skipSpaces(f, i) }
            let whatRange = s.trimmed(a..<i, extra: { $0 == "," || $0 == "-" })
            var what = s.string(whatRange)
            if let first = what.unicodeScalars.first, Sc.isLower(first) {
                what = String(Character(Sc.upper(first))) + String(what.unicodeScalars.dropFirst())
            }
            var to = recipient(s, whatRange)
            var stop = written.range.upperBound
            // "(qua Phòng Nội vụ thị xã)" right after the date.
            let p0 = s.skipSpaces(stop, clause.upperBound)
            if p0 < clause.upperBound, s[p0] == "(", s.match(qua, at: s.skipSpaces(p0 + 1, clause.upperBound), clause.upperBound) != nil {
                var e = p0
                while e < clause.upperBound && s[e] != ")" { e += 1 }
                if e < clause.upperBound {
                    let note = s.string(p0..<(e + 1))
                    to = to.map { $0 + " " + note } ?? note
                    stop = e + 1
                }
            }
            out.append(Deadline(what: what, date: date, yearInferred: inferred, to: to, by: by, span: doc.span(i..<stop)))
            i = stop
            previousEnd = stop
        }
        return out
    }

    /// The body after the last "gửi (về)" / "về" that is followed by a capitalized name.
    static func recipient(_ s: Scalars, _ range: Range<Int>) -> String? {
        var best: String? = nil
        var i = range.lowerBound
        while i < range.upperBound {
            guard Sc.isLetter(s[i]), s.isWordStart(i, range.lowerBound), let (_, j) = s.matchAny(recipientLeads, at: i, range.upperBound) else {
                i += 1
                continue
            }
            let a = s.skipSpaces(j, range.upperBound)
            guard a < range.upperBound, Sc.isUpper(s[a]) else {
                i = j
                continue
            }
            var e = a
            var depth = 0
            while e < range.upperBound {
                let c = s[e]
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
                if depth == 0 && (c == ";" || c == ".") { break }
                if depth == 0, Sc.isLetter(c), Sc.isLower(c), s.isWordStart(e, a), s.matchAny(recipientStops, at: e, range.upperBound) != nil {
                    break
                }
                e += 1
            }
            let r = s.trimmed(a..<e, extra: { $0 == "," })
            if !r.isEmpty { best = s.string(r) }
            i = e
        }
        return best
    }
}
