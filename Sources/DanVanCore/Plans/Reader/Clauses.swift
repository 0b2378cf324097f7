/// Splits a paragraph into clauses at ";" and at sentence ends (". " before a capital or the end),
/// never inside a date ("26.11.2021") or an abbreviation ("TP. Huế").
enum Clauses {
    static func split(_ s: Scalars, _ p: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var a = p.lowerBound
        var depth = 0
        var i = p.lowerBound
        while i < p.upperBound {
            let c = s[i]
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            var boundary = false
            if c == ";" && depth == 0 {
                boundary = true
            } else if c == "." || c == "!" || c == "?" {
                let next = i + 1
                if next >= p.upperBound {
                    boundary = true
                } else if s[next] == " " {
                    let n2 = s.skipSpaces(next, p.upperBound)
                    // "TP. Huế": a short all-caps word before the dot is an abbreviation.
                    var w = i
                    while w > p.lowerBound && Sc.isLetter(s[w - 1]) { w -= 1 }
                    let abbreviation = i - w <= 3 && i > w && s[w..<i].allSatisfy { Sc.isUpper($0) }
                    boundary = n2 < p.upperBound && (Sc.isUpper(s[n2]) || Sc.isDigit(s[n2]) || s[n2] == "-") && !abbreviation
                }
            }
            if boundary {
                let clause = s.trimmed(a..<i)
                if !clause.isEmpty { out.append(clause) }
                a = i + 1
            }
            i += 1
        }
        let clause = s.trimmed(a..<p.upperBound)
        if !clause.isEmpty { out.append(clause) }
        return out
    }
}
