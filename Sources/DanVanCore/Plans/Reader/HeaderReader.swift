/// Reads the header of a document laid out per Nghị định 30/2020 (Phụ lục I): issuing body,
/// "Số: 389/KH-UBND", "Hương Trà, ngày 05 tháng 02 năm 2024", the type name ("KẾ HOẠCH") and
/// the trích yếu under it. When the header is missing (a retyped plan, a news article), the
/// issuer, number and date come from the sentence that issues the plan
/// ("Ngày 23/4/2021, UBND tỉnh đã ban hành Kế hoạch số 82/KH-UBND …").
enum HeaderReader {
    struct Header {
        var number: Located<String>?
        var documentType: DocumentType?
        var issuer: Located<String>?
        var place: Located<String>?
        var date: Located<CivilDate>?
        var year: Int?
        var title: Located<String>?
    }

    static let so = Phrase("số")
    static let ngay = Phrase("ngày")
    static let nam = Phrase("năm")
    static let canCu = Phrase("căn cứ")
    static let mottoStarts = PhraseSet(["cộng hòa xã hội", "cộng hoà xã hội", "độc lập - tự do", "đảng cộng sản"])
    static let documentTypeNames = PhraseSet(DocumentType.all.map(\.name).sorted { $0.count > $1.count })
    static let issueVerbs: PhraseSet = PhraseSet(["đã ban hành", "ban hành", "xây dựng"])
    static let mottoes: [String] = [
        "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc",
        "doc lap tu do hanh phuc", "dang cong san viet nam"
    ]
    /// Administrative levels; a body named with one of them needs the place name after it.
    static let levels: [String] = ["thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường"]
    static let bodyHeads: [String] = [
        "văn phòng", "sở", "phòng", "ban", "ủy ban", "uỷ ban", "ubnd", "hđnd", "thanh tra",
        "trung tâm", "cục", "chi cục", "bộ", "tổng cục", "đảng ủy", "đảng uỷ", "công an", "hội"
    ]

    static func read(_ doc: DocumentText, headerEnd: Int) -> Header {
        let s = doc.scalars
        var header = Header()
        let region = doc.paragraphs.prefix(max(1, min(headerEnd, 60)))
        var typeLine: Int? = nil
        var issuerLines: [Range<Int>] = []
        var stopIssuerLines = false
        for (index, p) in region.enumerated() {
            // Số: 389/KH-UBND
            if header.number == nil && header.documentType == nil, let j = s.match(so, at: p.lowerBound, p.upperBound) {
                var k = s.skipSpaces(j, p.upperBound)
                if k < p.upperBound && s[k] == ":" { k = s.skipSpaces(k + 1, p.upperBound) }
                if k < p.upperBound, Sc.isDigit(s[k]), let (number, end, bare) = CitationReader.readNumber(s, k, p.upperBound), !bare {
                    header.number = Located(number, span: doc.span(k..<end))
                    header.documentType = typeCode(in: number)
                    stopIssuerLines = true
                    if header.place == nil, let found = placeAndDate(doc, end..<p.upperBound) {
                        header.place = found.place
                        header.date = found.date
                        header.year = found.year
                    }
                    continue
                }
                if k < p.upperBound, s[k] == "/" || s[k] == "-" {
                    // A draft with the number left blank: "Số: /KH-VPUBND", maybe with the place and
                    // date on the same line (the header's two cells read as one line).
                    var e = k
                    while e < p.upperBound && s[e] != " " { e += 1 }
                    header.documentType = typeCode(in: "0" + s.string(k..<e))
                    stopIssuerLines = true
                    if header.place == nil, e < p.upperBound, let found = placeAndDate(doc, e..<p.upperBound) {
                        header.place = found.place
                        header.date = found.date
                        header.year = found.year
                    }
                    continue
                }
            }
            // Hương Trà, ngày 05 tháng 02 năm 2024
            if header.place == nil, let found = placeAndDate(doc, p) {
                header.place = found.place
                header.date = found.date
                header.year = found.year
                stopIssuerLines = true
                continue
            }
            if typeLine == nil, DocumentText.isAllCaps(Array(s[p])), let type = DocumentType.from(name: s.string(p)) {
                typeLine = index
                if header.documentType == nil { header.documentType = type }
                stopIssuerLines = true
                continue
            }
            // "KẾ HOẠCH THỰC HIỆN CÔNG TÁC DÂN VẬN NĂM 2024": type and title on one line.
            if typeLine == nil, header.title == nil, DocumentText.isAllCaps(Array(s[p])),
                let (phrase, j) = s.matchAny(documentTypeNames, at: p.lowerBound, p.upperBound), j < p.upperBound
            {
                let rest = s.trimmed(j..<p.upperBound)
                if !rest.isEmpty, Sc.isLetter(s[rest.lowerBound]), s[rest].split(separator: " ").count >= 3 {
                    if header.documentType == nil { header.documentType = DocumentType.from(name: phrase.text) }
                    header.title = Located(s.string(rest), span: doc.span(rest))
                    stopIssuerLines = true
                    continue
                }
            }
            if p.count < 60, mottoes.contains(where: { VietnameseText.searchKey(s.string(p)).hasPrefix($0) }) { continue }
            // "UBND TỈNH X  CỘNG HÒA XÃ HỘI …" on one line: keep the part before the motto.
            var line = p
            if p.count <= 160, let m = s.matchAnyPosition(mottoStarts, in: p) { line = s.trimmed(p.lowerBound..<m) }
            if !stopIssuerLines && typeLine == nil && !line.isEmpty && DocumentText.isAllCaps(Array(s[line])) && line.count <= 80 && line.count >= 2 {
                if s[line].allSatisfy({ !Sc.isLetter($0) }) { continue }
                issuerLines.append(line)
            } else if !issuerLines.isEmpty {
                stopIssuerLines = true
            }
        }
        if header.title == nil { header.title = title(doc, typeLine: typeLine) }
        if !issuerLines.isEmpty {
            header.issuer = issuerFromHeaderLines(doc, issuerLines)
        }
        let preamble = issuingSentence(doc, headerEnd: headerEnd)
        if header.issuer == nil, let subject = preamble?.subject {
            header.issuer = Located(completePlace(doc, s.string(subject)), span: doc.span(subject))
        }
        if header.number == nil, let number = preamble?.number { header.number = number }
        if header.documentType == nil, let number = header.number { header.documentType = typeCode(in: number.value) }
        if header.date == nil, let date = preamble?.date { header.date = date }
        if header.year == nil {
            header.year = header.date?.value.year ?? header.title.flatMap { yearIn($0.value) }
        }
        return header
    }

    /// "KH" from "389/KH-UBND" (state style) or from "65-KH/BDVTU" (party style).
    static func typeCode(in number: String) -> DocumentType? {
        let scalars = Array(number.unicodeScalars)
        var i = 0
        while i < scalars.count && Sc.isDigit(scalars[i]) { i += 1 }
        guard i < scalars.count else { return nil }
        var parts = number.split(whereSeparator: { $0 == "/" || $0 == "-" }).map(String.init)
        parts.removeFirst()
        while let first = parts.first, first.allSatisfy(\.isNumber) { parts.removeFirst() }
        guard let code = parts.first else { return nil }
        return DocumentType.from(code: code)
    }

    struct PlaceDate {
        var place: Located<String>
        var date: Located<CivilDate>?
        var year: Int?
    }

    static func placeAndDate(_ doc: DocumentText, _ p: Range<Int>) -> PlaceDate? {
        let s = doc.scalars
        guard p.count < 120 else { return nil }
        var i = p.lowerBound
        while i < p.upperBound {
            if s[i] == ",", let j = s.match(ngay, at: s.skipSpaces(i + 1, p.upperBound), p.upperBound) {
                var placeRange = s.trimmed(p.lowerBound..<i)
                if s[placeRange].contains(where: { Sc.isDigit($0) || $0 == "/" }) {
                    // "Số: 12/KH-UBND  Đại Lộc, ngày …" on one line: the place is the capitalized words before the comma.
                    var a = placeRange.upperBound
                    while a > placeRange.lowerBound {
                        var w = a
                        while w > placeRange.lowerBound && s[w - 1] != " " { w -= 1 }
                        guard w < a, Sc.isUpper(s[w]), !s[w..<a].contains(where: { Sc.isDigit($0) || $0 == "/" }) else { break }
                        a = s.skipSpacesBack(w, placeRange.lowerBound)
                        placeRange = w..<placeRange.upperBound
                    }
                }
                guard !placeRange.isEmpty, placeRange.count <= 40, Sc.isUpper(s[placeRange.lowerBound]),
                    !s[placeRange].contains(where: { Sc.isDigit($0) })
                else { return nil }
                let dateStart = s.skipSpaces(i + 1, p.upperBound)
                var date: Located<CivilDate>? = nil
                var year: Int? = nil
                if let written = DateFinder.date(s, at: dateStart, p.upperBound, requireYear: true), let civil = written.civil(defaultYear: nil) {
                    date = Located(civil, span: doc.span(written.range))
                    year = civil.year
                } else if let k = s.find(nam, from: j, p.upperBound) {
                    let y0 = s.skipSpaces(k + 3, p.upperBound)
                    if let (y, e) = s.readNumber(y0, p.upperBound, maxDigits: 4), e - y0 == 4 { year = y }
                }
                return PlaceDate(place: Located(s.string(placeRange), span: doc.span(placeRange)), date: date, year: year)
            }
            i += 1
        }
        return nil
    }

    /// The trích yếu: the paragraph under the type line; without a type line, a short first
    /// line that starts with a type name (an article headline such as "Kế hoạch thực hiện …").
    static func title(_ doc: DocumentText, typeLine: Int?) -> Located<String>? {
        let s = doc.scalars
        if let t = typeLine, t + 1 < doc.paragraphs.count {
            var p = doc.paragraphs[t + 1]
            if let j = s.match(Phrase("v/v"), at: p.lowerBound, p.upperBound) ?? s.match(Phrase("về việc"), at: p.lowerBound, p.upperBound) {
                p = s.skipSpaces(j, p.upperBound)..<p.upperBound
            }
            p = s.trimmed(p, extra: { $0 == ":" })
            guard !p.isEmpty, p.count <= 400, s.match(canCu, at: p.lowerBound, p.upperBound) == nil,
                let last = s[p].last, last != ":", last != ";"
            else { return nil }
            return Located(s.string(p), span: doc.span(p))
        }
        guard let first = doc.paragraphs.first else { return nil }
        let p = s.trimmed(first)
        guard p.count >= 10, p.count <= 250, let last = s[p].last, last != "." && last != ":" && last != ";",
            CitationReader.typeNames.contains(where: { s.match($0, at: p.lowerBound, p.upperBound) != nil })
        else { return nil }
        return Located(s.string(p), span: doc.span(p))
    }

    static func yearIn(_ text: String) -> Int? {
        let s = Array(text.unicodeScalars)
        guard let k = s.find(nam, from: 0, s.count) else { return nil }
        let y0 = s.skipSpaces(k + 3, s.count)
        guard let (y, e) = s.readNumber(y0, s.count, maxDigits: 4), e - y0 == 4 else { return nil }
        return y
    }

    /// "UBND TỈNH QUẢNG BÌNH / VĂN PHÒNG" → "Văn phòng UBND tỉnh Quảng Bình";
    /// "ỦY BAN NHÂN DÂN / THỊ XÃ HƯƠNG TRÀ" → "Ủy ban nhân dân thị xã Hương Trà".
    static func issuerFromHeaderLines(_ doc: DocumentText, _ lines: [Range<Int>]) -> Located<String> {
        let s = doc.scalars
        let texts = lines.map { sentenceCase(s.string($0)) }
        let span = doc.span(lines.first!.lowerBound..<lines.last!.upperBound)
        if texts.count >= 2 {
            let parent = texts[texts.count - 2]
            let child = texts[texts.count - 1]
            let parentKey = VietnameseText.searchKey(parent)
            let childKey = VietnameseText.searchKey(child)
            let parentHasPlace = levels.contains { parentKey.contains(VietnameseText.searchKey($0) + " ") }
            let childIsBody = bodyHeads.contains {
                childKey.hasPrefix(VietnameseText.searchKey($0) + " ") || childKey == VietnameseText.searchKey($0)
            }
            if parentHasPlace && childIsBody {
                return Located(child + " " + parent, span: span)
            }
            let joined = lines.suffix(2).map { s.string($0) }.joined(separator: " ")
            return Located(sentenceCase(joined), span: span)
        }
        return Located(texts[0], span: span)
    }

    /// "ỦY BAN NHÂN DÂN THỊ XÃ HƯƠNG TRÀ" → "Ủy ban nhân dân thị xã Hương Trà": lowercase, then a
    /// capital for the first word, for the words after an administrative level and for abbreviations.
    static func sentenceCase(_ caps: String) -> String {
        let words = caps.split(separator: " ").map(String.init)
        let abbreviations: Set<String> = ["UBND", "HĐND", "MTTQ", "MTTQVN", "VN", "TW"]
        var out: [String] = []
        var capitalizeRest = false
        var i = 0
        while i < words.count {
            let word = words[i]
            if abbreviations.contains(word) || word.count <= 1 {
                out.append(word)
                i += 1
                continue
            }
            let lower = word.lowercased()
            if lower == "ủy" || lower == "uỷ", let previous = out.last, levels.contains(previous.lowercased()) || previous.lowercased() == "đảng" {
                out.append(lower)  // "Tỉnh ủy", "Huyện ủy", "Đảng ủy"
                i += 1
                continue
            }
            if out.isEmpty || capitalizeRest {
                out.append(lower.prefix(1).uppercased() + lower.dropFirst())
            } else {
                out.append(lower)
            }
            // "SỞ NỘI VỤ" → "Sở Nội vụ": the word after a body head is a name.
            if out.count == 1, ["sở", "phòng", "ban", "cục", "chi cục", "trung tâm", "bộ"].contains(out[0].lowercased()), i + 1 < words.count {
                let next = words[i + 1].lowercased()
                out.append(next.prefix(1).uppercased() + next.dropFirst())
                i += 2
                continue
            }
            // After "tỉnh", "huyện", "thị xã" … the rest is a proper name.
            let tail = out.suffix(2).joined(separator: " ").lowercased()
            if levels.contains(where: { tail == $0 || tail.hasSuffix(" " + $0) || out.last!.lowercased() == $0 }) && i + 1 < words.count {
                capitalizeRest = true
            }
            i += 1
        }
        return out.joined(separator: " ")
    }

    struct Issuing {
        var subject: Range<Int>?
        var number: Located<String>?
        var date: Located<CivilDate>?
    }

    /// "…, UBND thị xã Hương Trà ban hành kế hoạch …": the body that issues the plan.
    static func issuingSentence(_ doc: DocumentText, headerEnd: Int) -> Issuing? {
        let s = doc.scalars
        for p in doc.paragraphs.prefix(max(1, min(headerEnd, 40))) {
            var i = p.lowerBound
            while i < p.upperBound {
                guard Sc.isLetter(s[i]), s.isWordStart(i, p.lowerBound) else {
                    i += 1
                    continue
                }
                guard let (_, afterVerb) = s.matchAny(issueVerbs, at: i, p.upperBound), Sc.isLower(s[i]) else {
                    i = s.wordEnd(i, p.upperBound)
                    continue
                }
                let t = s.skipSpaces(afterVerb, p.upperBound)
                guard let typeEnd = s.match(Phrase("kế hoạch"), at: t, p.upperBound) else {
                    i = afterVerb
                    continue
                }
                // The subject: from the last clause boundary before the verb.
                var a = i
                while a > p.lowerBound && !",;.:".unicodeScalars.contains(s[a - 1]) { a -= 1 }
                let subject = s.trimmed(a..<i)
                guard !subject.isEmpty, subject.count <= 80, Sc.isUpper(s[subject.lowerBound]),
                    s.string(subject).split(separator: " ").count <= 10
                else {
                    i = afterVerb
                    continue
                }
                var result = Issuing(subject: subject)
                let k = s.skipSpaces(typeEnd, p.upperBound)
                if let j = s.match(so, at: k, p.upperBound) {
                    let n0 = s.skipSpaces(j, p.upperBound)
                    if let (number, end, bare) = CitationReader.readNumber(s, n0, p.upperBound), !bare {
                        result.number = Located(number, span: doc.span(n0..<end))
                    }
                }
                // "Ngày 23/4/2021, UBND tỉnh đã ban hành …"
                if a > p.lowerBound {
                    var b = a - 1
                    while b > p.lowerBound && !".;".unicodeScalars.contains(s[b - 1]) { b -= 1 }
                    let clause = s.trimmed(b..<(a - 1))
                    if let written = DateFinder.date(s, at: clause.lowerBound, clause.upperBound, requireYear: true),
                        written.range.upperBound == clause.upperBound, let civil = written.civil(defaultYear: nil)
                    {
                        result.date = Located(civil, span: doc.span(written.range))
                    }
                }
                return result
            }
        }
        return nil
    }

    /// "Ủy ban nhân dân tỉnh" → "Ủy ban nhân dân tỉnh Tuyên Quang", the place being the proper
    /// name most often written after that level in the document.
    static func completePlace(_ doc: DocumentText, _ body: String) -> String {
        let lower = body.lowercased()
        guard let level = levels.first(where: { lower.hasSuffix(" " + $0) }) else { return body }
        let s = doc.scalars
        let phrase = Phrase(level)
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        var i = 0
        while let j = s.find(phrase, from: i, s.count) {
            let k = s.match(phrase, at: j, s.count)!
            i = k
            guard Sc.isLower(s[j]) else { continue }
            var w = s.skipSpaces(k, s.count)
            guard k < s.count, s[k] == " " else { continue }
            var end = w
            var words = 0
            while w < s.count, Sc.isUpper(s[w]), words < 4 {
                let e = s.wordEnd(w, s.count)
                guard e > w else { break }
                end = e
                words += 1
                if e < s.count, s[e] == " " { w = e + 1 } else { break }
            }
            guard words > 0 else { continue }
            let name = s.string(s.skipSpaces(k, s.count)..<end)
            if ["Nhà", "Đảng", "Ủy", "UBND", "Uỷ"].contains(where: { name.hasPrefix($0) }) { continue }
            counts[name, default: 0] += 1
            if firstSeen[name] == nil { firstSeen[name] = j }
        }
        guard let best = counts.max(by: { ($0.value, -firstSeen[$0.key]!) < ($1.value, -firstSeen[$1.key]!) }) else { return body }
        return body + " " + best.key
    }
}
