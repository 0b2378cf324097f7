/// Reads every cited document ("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ")
/// and every law cited by name only ("Luật Thực hiện dân chủ ở cơ sở").
///
/// A citation is a document type name, optional qualifier words and "số", then a number with
/// its symbol (state style `33/CT-TTg`, `61/2023/NĐ-CP`; party style `23-QĐ/TW`), then an
/// optional ", ngày <date>", then an optional "của <issuer>" ending before the subject
/// ("về …", "ban hành …", ";"). A bare number ("Nghị định 59") counts only when a date follows.
/// When two numbers share one date and issuer ("217-QĐ/TW và … 218-QĐ/TW ngày … của …") the
/// date and issuer attach to the nearest number only.
enum CitationReader {
    /// Type names, grouped by first letter; longer names first so "Nghị quyết liên tịch" wins.
    static let typeNames: [Phrase] = [
        "Nghị quyết liên tịch", "Nghị quyết", "Nghị định", "Quyết định", "Chỉ thị", "Kết luận", "Kế hoạch",
        "Chương trình", "Công văn", "Thông tư liên tịch", "Thông tư", "Hướng dẫn", "Đề án", "Dự án", "Pháp lệnh",
        "Bộ luật", "Luật", "Thông báo", "Thông tri", "Quy định", "Quy chế", "Báo cáo", "Tờ trình", "Công điện",
        "Văn bản", "Điều lệ", "Sắc lệnh", "Lệnh", "Phương án", "Nghị quyết Trung ương"
    ].map(Phrase.init).sorted { $0.scalars.count > $1.scalars.count }

    static let typesByFirst: [Unicode.Scalar: [Phrase]] = Dictionary(grouping: typeNames, by: { $0.scalars[0] })

    static let typeMask = PhraseSet(typeNames.map(\.text))
    static let so = Phrase("số")
    static let cua = Phrase("của")
    static let va = Phrase("và")

    /// Words that end an issuer: the subject starts there.
    static let issuerStops: PhraseSet = PhraseSet([
        "về", "triển khai", "tiếp tục", "quy định", "thực hiện", "hướng dẫn", "phê duyệt", "sửa đổi", "bổ sung",
        "nhằm", "để", "ngày", "số", "v/v", "đối với", "giai đoạn", "theo", "tại", "trong", "đã", "với",
        "kèm theo", "được", "gồm", "năm", "tổ chức thực hiện", "chỉ đạo", "ban hành"
    ])
    static let banHanh = Phrase("ban hành")
    static let quyDinh = Phrase("quy định")

    /// A type name followed by "số" or a digit: another citation starts at `i`.
    static func startsCitation(_ s: Scalars, _ i: Int, _ end: Int) -> Bool {
        guard i < end, let candidates = typesByFirst[Sc.lower(s[i])] else { return false }
        for phrase in candidates {
            guard let j = s.match(phrase, at: i, end) else { continue }
            let k = s.skipSpaces(j, end)
            return k < end && (Sc.isDigit(s[k]) || s.match(so, at: k, end) != nil)
        }
        return false
    }

    static let lawStops: PhraseSet = PhraseSet([
        "về", "và", "số", "ngày", "của", "năm", "trên", "tại", "theo", "để", "nhằm", "được", "có", "đã", "quy định",
        "hướng dẫn", "thi hành", "với", "cho", "các", "đối với", "trong", "đến", "là", "phải", "sẽ", "mới", "hiện hành"
    ])
    static let notLawWords: Set<String> = ["này", "sư", "pháp", "định", "lệ", "học", "gia"]

    struct Found {
        var type: String
        var number: String
        var date: CivilDate?
        var issuer: String?
        var range: Range<Int>
    }

    static func read(_ doc: DocumentText, ownNumber: String?) -> (refs: [LegalReference], laws: [Located<String>]) {
        let s = doc.scalars
        var order: [String] = []
        var byKey: [String: LegalReference] = [:]
        let ownKey = ownNumber.map(key)
        var laws: [Located<String>] = []
        var lawKeys: [[String]] = []
        for p in doc.paragraphs {
            var i = p.lowerBound
            let end = p.upperBound
            while i < end {
                let c = s[i]
                guard Sc.isLetter(c), s.isWordStart(i, p.lowerBound) else {
                    i += 1
                    continue
                }
                if typeMask.mayStart(c), let candidates = typesByFirst[Sc.lower(c)] {
                    var advanced = false
                    for phrase in candidates {
                        guard let typeEnd = s.match(phrase, at: i, end) else { continue }
                        if let found = citation(s, typeStart: i, typeEnd: typeEnd, end) {
                            let k = key(found.number)
                            if k != ownKey {
                                if var existing = byKey[k] {
                                    if existing.date == nil, let d = found.date { existing.date = d }
                                    if existing.issuer == nil, let iss = found.issuer { existing.issuer = iss }
                                    existing.mentions.append(doc.span(found.range))
                                    byKey[k] = existing
                                } else {
                                    order.append(k)
                                    let span = doc.span(found.range)
                                    byKey[k] = LegalReference(
                                        type: found.type, number: found.number, date: found.date,
                                        issuer: found.issuer, span: span, mentions: [span])
                                }
                            }
                            i = found.range.upperBound
                            advanced = true
                            break
                        }
                        if phrase.text == "Luật" || phrase.text == "Bộ luật", Sc.isUpper(c) || phrase.text == "Bộ luật",
                            let law = namedLaw(s, start: i, nameStart: typeEnd, end)
                        {
                            let words = VietnameseText.searchKey(s.string(law)).split(separator: " ").map(String.init)
                            let set = Set(words)
                            if !lawKeys.contains(where: { Set($0).isSubset(of: set) || set.isSubset(of: Set($0)) }) {
                                lawKeys.append(words)
                                laws.append(Located(s.string(law), span: doc.span(law)))
                            }
                            i = law.upperBound
                            advanced = true
                            break
                        }
                        break
                    }
                    if advanced { continue }
                }
                i = s.wordEnd(i, end)
            }
        }
        return (order.compactMap { byKey[$0] }, laws)
    }

    /// Identity of a number: spaces dropped, case folded.
    static func key(_ number: String) -> String {
        String(String.UnicodeScalarView(number.unicodeScalars.filter { $0 != " " }.map { Sc.lower($0) }))
    }

    static func citation(_ s: Scalars, typeStart: Int, typeEnd: Int, _ end: Int) -> Found? {
        var typeStop = typeEnd
        var k = s.skipSpaces(typeEnd, end)
        var qualified = false
        var sawSo = false
        for _ in 0..<9 {
            guard k < end else { return nil }
            if let j = s.match(so, at: k, end) {
                sawSo = true
                k = s.skipSpaces(j, end)
                if k < end && s[k] == ":" { k = s.skipSpaces(k + 1, end) }
                break
            }
            if Sc.isDigit(s[k]) { break }
            // A qualifier word ("phối hợp", "hành động"; a law's name: "Luật Thực hiện dân chủ ở cơ sở số
            // 10/2022/QH15"), not the start of another document, nor "của" / "và".
            guard Sc.isLetter(s[k]) else { return nil }
            let w = s.wordEnd(k, end)
            guard w < end, s[w] == " " else { return nil }
            if s.match(cua, at: k, end) != nil || s.match(va, at: k, end) != nil { return nil }
            if Sc.isUpper(s[k]), typeMask.mayStart(s[k]), let others = typesByFirst[Sc.lower(s[k])],
                others.contains(where: { s.match($0, at: k, end) != nil })
            {
                return nil
            }
            qualified = true
            typeStop = w
            k = s.skipSpaces(w, end)
        }
        if qualified && !sawSo { return nil }
        guard k < end, Sc.isDigit(s[k]), let (number, numberEnd, bare) = readNumber(s, k, end) else { return nil }
        var stop = numberEnd
        var j = numberEnd
        while j < end && Sc.isSuperscriptDigit(s[j]) { j += 1 }
        // ", ngày 20/10/2015"
        var date: CivilDate? = nil
        var d0 = s.skipSpaces(j, end)
        if d0 < end && s[d0] == "," { d0 = s.skipSpaces(d0 + 1, end) }
        if s.match(DateFinder.ngay, at: d0, end) != nil, let written = DateFinder.date(s, at: d0, end, requireYear: true) {
            date = written.civil(defaultYear: nil)
            stop = written.range.upperBound
            j = stop
            while j < end && Sc.isSuperscriptDigit(s[j]) { j += 1 }
        }
        if bare && date == nil { return nil }
        var issuer: String? = nil
        let c0 = s.skipSpaces(j, end)
        if let afterCua = s.match(cua, at: c0, end), let range = issuerRange(s, s.skipSpaces(afterCua, end), end) {
            issuer = s.string(range)
            stop = range.upperBound
        }
        let type = s.string(typeStart..<typeStop)
        return Found(type: type, number: number, date: date, issuer: issuer, range: typeStart..<stop)
    }

    /// Reads "33/CT-TTg", "61/2023/NĐ-CP", "120 -KL/TW", "05-CTrPH/BDVTU-BCSĐ UBND" or a bare "59".
    /// Returns the number with spaces around separators removed, its end, and whether it is bare.
    static func readNumber(_ s: Scalars, _ start: Int, _ end: Int) -> (String, Int, Bool)? {
        var j = start
        while j < end && Sc.isDigit(s[j]) { j += 1 }
        guard j - start <= 6 else { return nil }
        // "30a/2008/NQ-CP": one letter may follow the digits.
        if j + 1 < end, Sc.isLetter(s[j]), s[j + 1] == "/" || s[j + 1] == "-" { j += 1 }
        var out = Scalars(s[start..<j])
        var stop = j
        var separators = 0
        var sawSlash = false
        var hyphenAfterSlash = false
        while true {
            var a = stop
            let spacedBefore = a < end && s[a] == " "
            a = s.skipSpaces(a, end)
            guard a < end, s[a] == "/" || Sc.isDash(s[a]) else { break }
            let sep: Unicode.Scalar = s[a] == "/" ? "/" : "-"
            var b = a + 1
            let spacedAfter = b < end && s[b] == " "
            b = s.skipSpaces(b, end)
            guard b < end, Sc.isWordChar(s[b]) else { break }
            let partEnd = s.wordEnd(b, end)
            // "05 - CT/TU": spaces on both sides only before the type of a party-style symbol.
            if spacedBefore && spacedAfter && (separators > 0 || sep != "-" || partEnd >= end || s[partEnd] != "/") { break }
            let part = s[b..<partEnd]
            guard partEnd - b <= 14, isSymbolPart(part, strict: spacedBefore || spacedAfter) else { break }
            out.append(sep)
            out.append(contentsOf: part)
            if sep == "/" { sawSlash = true } else if sawSlash { hyphenAfterSlash = true }
            separators += 1
            stop = partEnd
        }
        if separators == 0 {
            return (out.string(0..<out.count), stop, true)
        }
        // A joint symbol may end with a space and one more body abbreviation: "BDVTU-BCSĐ UBND".
        if hyphenAfterSlash, stop + 1 < end, s[stop] == " ", Sc.isUpper(s[stop + 1]) {
            let w = s.wordEnd(stop + 1, end)
            let word = s[(stop + 1)..<w]
            if (2...6).contains(word.count), word.allSatisfy({ Sc.isUpper($0) }), w == end || !Sc.isWordChar(s[w]) {
                out.append(" ")
                out.append(contentsOf: word)
                stop = w
            }
        }
        return (out.string(0..<out.count), stop, false)
    }

    /// A part of a symbol: digits ("2023"), or an abbreviation starting with a capital ("CT", "TTg", "CTrPH").
    static func isSymbolPart(_ part: ArraySlice<Unicode.Scalar>, strict: Bool) -> Bool {
        guard let first = part.first else { return false }
        if part.allSatisfy(Sc.isDigit) { return !strict }
        guard Sc.isUpper(first) || (Sc.isDigit(first) && !strict) else { return false }
        var lower = 0
        var upper = 0
        for c in part {
            if Sc.isLower(c) { lower += 1 } else if Sc.isUpper(c) { upper += 1 }
        }
        if strict { return lower == 0 }
        return lower <= 2 && upper >= 1 && upper >= lower
    }

    /// The issuer after "của": up to a subject word, punctuation or the next citation.
    static func issuerRange(_ s: Scalars, _ start: Int, _ end: Int) -> Range<Int>? {
        var j = start
        var lastWordEnd = start
        var words = 0
        while j < end && words < 16 {
            let c = s[j]
            if c == " " {
                j += 1
                continue
            }
            if c == "(" {
                // Keep "(khóa XI)" and similar term notes.
                let inner = s.skipSpaces(j + 1, end)
                var close = inner
                while close < end && s[close] != ")" && close - inner < 40 { close += 1 }
                guard close < end, s[close] == ")" else { break }
                let note = VietnameseText.fold(s.string(inner..<close))
                guard note.hasPrefix("khoa") || note.hasPrefix("nhiem ky") else { break }
                lastWordEnd = close + 1
                j = close + 1
                continue
            }
            if !Sc.isWordChar(c) {
                if c == "-" || c == "–" || c == "&" {
                    j += 1
                    continue
                }
                break
            }
            if s.isWordStart(j, start) {
                if Sc.isLower(c), s.matchAny(issuerStops, at: j, end) != nil { break }
                if s.match(banHanh, at: j, end) != nil && c == "b" { break }
                if Sc.isUpper(c), words > 0, startsCitation(s, j, end) || s.match(quyDinh, at: j, end) != nil {
                    // "… của Tỉnh ủy Kế hoạch số …": another document starts here.
                    break
                }
                if c == "v" || c == "V", s.match(va, at: j, end) != nil {
                    // "và" before another document ends the issuer; "A và B" between bodies stays.
                    let next = s.skipSpaces(j + 2, end)
                    if next < end, let candidates = typesByFirst[Sc.lower(s[next])],
                        candidates.contains(where: { s.match($0, at: next, end) != nil })
                    {
                        break
                    }
                    if next < end, Sc.isLower(s[next]) && s.match(Phrase("các"), at: next, end) == nil { break }
                }
                if Sc.isUpper(c) == false && words == 0 && !Sc.isDigit(c) { return nil }
            }
            let w = s.wordEnd(j, end)
            words += 1
            lastWordEnd = w
            j = w
        }
        var range = s.trimmed(start..<lastWordEnd)
        // Drop a dangling "và" or "-".
        while range.count > 0 {
            let text = s.string(range)
            if text.hasSuffix(" và") {
                range = s.trimmed(range.lowerBound..<(range.upperBound - 3))
                continue
            }
            if text.hasSuffix(" -") {
                range = s.trimmed(range.lowerBound..<(range.upperBound - 2))
                continue
            }
            break
        }
        return range.isEmpty ? nil : range
    }

    /// "Luật Thực hiện dân chủ ở cơ sở", "Bộ luật lao động": a law named without a number.
    static func namedLaw(_ s: Scalars, start: Int, nameStart: Int, _ end: Int) -> Range<Int>? {
        var j = s.skipSpaces(nameStart, end)
        guard j < end, Sc.isLetter(s[j]) else { return nil }
        let firstWord = s.string(j..<s.wordEnd(j, end)).lowercased()
        if notLawWords.contains(firstWord) || s.match(so, at: j, end) != nil { return nil }
        var lastWordEnd = nameStart
        var words = 0
        while j < end && words < 10 {
            let c = s[j]
            if c == " " {
                j += 1
                continue
            }
            if !Sc.isLetter(c) {
                if Sc.isDash(c) && words > 0 {
                    j += 1
                    continue
                }
                break
            }
            if words > 0, Sc.isLower(c), s.matchAny(lawStops, at: j, end) != nil { break }
            if words > 0, Sc.isUpper(c), startsCitation(s, j, end) { break }
            let w = s.wordEnd(j, end)
            words += 1
            lastWordEnd = w
            j = w
        }
        guard words > 0 else { return nil }
        return start..<lastWordEnd
    }
}
