/// Reads who does what from "Tổ chức thực hiện": the unit or role heading each numbered item
/// ("2. Văn phòng HĐND và UBND thị xã, Phòng Văn hoá và Thông tin, …:") and the duties under it.
///
/// A heading ends at ":" or at its first verb ("Trưởng các phòng, ban, trung tâm triển khai …").
/// It is split at ";" and at a comma followed by the start of another body ("…, Phòng …",
/// "…, Chủ tịch UBND …"), so collective roles ("Thủ trưởng các cơ quan, đơn vị") and names with
/// commas ("Trung tâm Văn hóa, Thông tin và Thể thao") stay whole.
enum AssignmentReader {
    /// Capitalized words that begin the name of a body or a role.
    static let unitHeads: PhraseSet = PhraseSet([
        "Văn phòng", "Phòng", "Sở", "Ban", "Thanh tra", "Trung tâm", "Công an", "Bộ Chỉ huy", "Bộ", "Đài", "Báo", "Ủy ban", "Uỷ ban",
        "UBND", "HĐND", "Hội đồng", "Chủ tịch", "Thủ trưởng", "Trưởng", "Giám đốc", "Các", "Hội", "Đoàn", "Liên đoàn",
        "Mặt trận", "MTTQ", "Tòa án", "Toà án", "Viện", "Kho bạc", "Cục", "Chi cục", "Tổng cục", "Bảo hiểm", "Ngân hàng",
        "Đảng ủy", "Đảng uỷ", "Huyện đoàn", "Tỉnh đoàn", "Thành đoàn", "Hạt", "Bệnh viện", "Trường", "Chi nhánh",
        "Người đứng đầu", "Lãnh đạo", "Cơ quan", "Đơn vị", "Tổ", "Quỹ", "Bộ phận", "Huyện ủy", "Tỉnh ủy", "Thị ủy", "Thành ủy"
    ])

    /// Verbs that end a heading written inline with its duties.
    static let verbs: PhraseSet = PhraseSet([
        "có trách nhiệm", "chịu trách nhiệm", "chủ trì", "chủ động", "phối hợp", "triển khai", "tham mưu", "thực hiện",
        "xây dựng", "tổ chức", "hướng dẫn", "theo dõi", "chỉ đạo", "tăng cường", "căn cứ", "đẩy mạnh", "rà soát",
        "nghiên cứu", "báo cáo", "đôn đốc", "kiểm tra", "bố trí", "cân đối", "tiếp tục", "quán triệt", "giao",
        "là cơ quan", "được giao", "cần", "phải", "thường xuyên", "tập trung", "làm đầu mối", "tuyên truyền",
        "phổ biến", "lãnh đạo", "giám sát", "theo chức năng", "nâng cao", "đảm bảo", "bảo đảm", "khẩn trương", "nghiêm túc",
        "căn cứ", "trên cơ sở", "ngoài việc", "thẩm định", "là đầu mối"
    ])

    static let collectiveMarkers: PhraseSet = PhraseSet(["các", "những"])
    static let leadIns = PhraseSet(["Đề nghị", "Đối với", "Giao", "Yêu cầu"])
    static let giao = Phrase("giao")

    static func isOrganizationSection(_ doc: DocumentText, _ section: StructureReader.Section) -> Bool {
        let key = VietnameseText.searchKey(doc.string(section.title))
        return key.contains("to chuc thuc hien") || key.contains("phan cong thuc hien") || key.contains("trach nhiem thuc hien")
            || key.contains("phan cong nhiem vu")
    }

    /// The headings of the items of "Tổ chức thực hiện", or of the closing paragraph when the
    /// document has no such section.
    static func read(_ doc: DocumentText, _ outline: StructureReader.Outline) -> [(units: [Range<Int>], item: StructureReader.Item?)] {
        let s = doc.scalars
        var out: [(units: [Range<Int>], item: StructureReader.Item?)] = []
        if let section = outline.sections.last(where: { isOrganizationSection(doc, $0) }) {
            for item in section.items.isEmpty ? letteredItems(doc, section) : section.items {
                let p = doc.paragraphs[item.paragraphs.lowerBound]
                guard let heading = heading(s, item.textStart, p.upperBound, standalone: item.paragraphs.count > 1) else { continue }
                out.append((split(s, heading), item))
            }
            return out
        }
        // No such section: sentences of a closing paragraph that assign work ("… giao Sở Nội vụ chủ trì …").
        let closing = StructureReader.closingParagraph(doc, from: outline.bodyStart == doc.paragraphs.count ? 0 : outline.bodyStart)
        for index in stride(from: closing - 1, through: max(0, closing - 3), by: -1) {
            let p = doc.paragraphs[index]
            guard
                s.find(Phrase("tổ chức thực hiện"), from: p.lowerBound, p.upperBound) != nil
                    || s.find(giao, from: p.lowerBound, p.upperBound) != nil
            else { continue }
            var units: [Range<Int>] = []
            var a = p.lowerBound
            while a < p.upperBound {
                var b = a
                while b < p.upperBound && s[b] != "." && s[b] != ";" { b += 1 }
                let sentence = s.trimmed(a..<b)
                if !sentence.isEmpty {
                    // "… UBND tỉnh giao Sở Nội vụ chủ trì …": the body after "giao" does the work.
                    if let g = s.find(giao, from: sentence.lowerBound, sentence.upperBound),
                        let h = heading(s, s.skipSpaces(g + 4, sentence.upperBound), sentence.upperBound, standalone: false, requireHead: true)
                    {
                        units += split(s, h)
                    } else if let h = heading(s, sentence.lowerBound, sentence.upperBound, standalone: false, requireHead: true) {
                        units += split(s, h)
                    }
                }
                a = b + 1
            }
            if !units.isEmpty {
                out.append((units, nil))
                break
            }
        }
        return out
    }

    /// Items marked "a)", "b)", "-" or "+" when the section has no numbered items.
    static func letteredItems(_ doc: DocumentText, _ section: StructureReader.Section) -> [StructureReader.Item] {
        let s = doc.scalars
        var items: [StructureReader.Item] = []
        for index in (section.paragraphs.lowerBound + 1)..<max(section.paragraphs.lowerBound + 1, section.paragraphs.upperBound) {
            let p = doc.paragraphs[index]
            var t = p.lowerBound
            if t + 1 < p.upperBound, Sc.isLetter(s[t]), Sc.isLower(s[t]), s[t + 1] == ")" || s[t + 1] == "." {
                t += 2
            } else if "-+•–".unicodeScalars.contains(s[t]) {
                t += 1
            } else {
                continue
            }
            t = s.skipSpaces(t, p.upperBound)
            // "- Đề nghị Ủy ban Mặt trận Tổ quốc …": the body after the lead-in.
            var head = t
            while let j = s.matchEnd(leadIns, at: head, p.upperBound) { head = s.skipSpaces(j, p.upperBound) }
            guard head < p.upperBound, Sc.isUpper(s[head]), s.matchAny(unitHeads, at: head, p.upperBound) != nil else { continue }
            if var last = items.popLast() {
                last.paragraphs = last.paragraphs.lowerBound..<index
                items.append(last)
            }
            items.append(StructureReader.Item(number: String(Character(s[p.lowerBound])), paragraphs: index..<index + 1, textStart: t))
        }
        if var last = items.popLast() {
            last.paragraphs = last.paragraphs.lowerBound..<section.paragraphs.upperBound
            items.append(last)
        }
        return items
    }

    /// The heading range of an item starting at `start`.
    static func heading(_ s: Scalars, _ start: Int, _ end: Int, standalone: Bool, requireHead: Bool = false) -> Range<Int>? {
        var stop = end
        var hasColon = false
        var k = start
        while k < end && k - start < 300 {
            if s[k] == ":" {
                stop = k
                hasColon = true
                break
            }
            k += 1
        }
        // The first clause that starts with a body or role ("Đối với", "Đề nghị" … skipped).
        var unitStart: Int? = nil
        var c = start
        while let j = s.matchEnd(leadIns, at: c, stop) { c = s.skipSpaces(j, stop) }
        while c < stop {
            let c0 = s.skipSpaces(c, stop)
            if c0 < stop, Sc.isUpper(s[c0]), s.matchAny(unitHeads, at: c0, stop) != nil {
                unitStart = c0
                break
            }
            while c < stop && s[c] != "," && s[c] != ";" { c += 1 }
            c += 1
        }
        if unitStart == nil {
            if requireHead || !hasColon { return nil }
            unitStart = start
        }
        var a = unitStart!
        while let j = s.matchEnd(leadIns, at: a, stop) { a = s.skipSpaces(j, stop) }
        // Cut at the first verb that is not part of a name ("các tổ chức chính trị - xã hội").
        var i = a
        var previousWord: Range<Int>? = nil
        var cut = stop
        var sawVerb = false
        while i < stop {
            guard Sc.isLetter(s[i]), s.isWordStart(i, a) else {
                i += 1
                continue
            }
            // A verb in lowercase, or capitalized right after a lowercase word (a heading run into
            // its first sentence: "… huyện, thành phố Tăng cường …"); never right after "các" or a body head.
            let before = s.skipSpacesBack(i, a)
            let capitalizedAfterLower =
                Sc.isUpper(s[i]) && before > a && Sc.isLetter(s[before - 1])
                && previousWord.map { Sc.isLower(s[$0.lowerBound]) } == true
            if i > a, Sc.isLower(s[i]) || capitalizedAfterLower, s.matchAny(verbs, at: i, stop) != nil {
                let afterCollective =
                    previousWord.map { w in
                        s.matchAny(collectiveMarkers, at: w.lowerBound, w.upperBound) != nil
                            || (w.upperBound - w.lowerBound > 1 && s.matchAny(unitHeads, at: w.lowerBound, w.upperBound)?.1 == w.upperBound
                                && s.isWordStart(w.lowerBound, a) && w.lowerBound == a)
                    } ?? false
                if !afterCollective, let nameEnd = nameGoesOn(s, afterVerbAt: i, stop) {
                    // "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện": the verb is inside the body's name.
                    var wordStart = nameEnd
                    while wordStart > a && Sc.isLetter(s[wordStart - 1]) { wordStart -= 1 }
                    previousWord = wordStart..<nameEnd
                    i = nameEnd
                    continue
                }
                if !afterCollective {
                    cut = i
                    sawVerb = true
                    break
                }
            }
            let w = s.wordEnd(i, stop)
            previousWord = i..<w
            i = w
        }
        let range = s.trimmed(a..<cut, extra: { $0 == "," || $0 == "-" || $0 == ":" || $0 == "." })
        guard !range.isEmpty else { return nil }
        // A paragraph with no colon and no verb is a heading only when it is short and stands alone.
        if !hasColon && !sawVerb && (!standalone || range.count > 160) { return nil }
        if range.count > 200 { return nil }
        return range
    }

    /// Verbs that open a duty and never stand inside a body's name.
    static let dutyVerbs: PhraseSet = PhraseSet([
        "có trách nhiệm", "chịu trách nhiệm", "chủ trì", "là cơ quan", "được giao", "cần", "phải",
        "giao", "làm đầu mối", "là đầu mối", "tham mưu", "căn cứ", "trên cơ sở", "theo chức năng"
    ])
    /// Administrative levels that end a body's name ("… huyện", "… thị xã Hương Trà").
    static let levels: PhraseSet = PhraseSet(["thị xã", "thành phố", "thị trấn", "huyện", "tỉnh", "quận", "xã", "phường"])
    /// Words before a level that make it a place where work is done ("các xã", "cấp huyện", "địa bàn tỉnh").
    static let placeMarkers: PhraseSet = PhraseSet(["các", "những", "cấp", "bàn", "toàn", "trong", "tại", "mỗi", "từng"])

    /// Where a body's name ends when a verb at `i` is part of it: a participle or adverb followed, within a few
    /// words and before any other body, by the administrative level that closes the name ("Ban Quản lý dự án đầu tư
    /// xây dựng huyện triển khai …", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện chủ trì …"),
    /// with at most a place name after it and then the end of the heading or its first verb. Nil: the verb is a duty.
    static func nameGoesOn(_ s: Scalars, afterVerbAt i: Int, _ stop: Int) -> Int? {
        guard s.matchAny(dutyVerbs, at: i, stop) == nil, let (_, verbEnd) = s.matchAny(verbs, at: i, stop) else { return nil }
        var k = verbEnd
        var words = 0
        var previous: Range<Int>? = nil
        while k < stop && words < 12 {
            let c = s[k]
            if c == "," || c == ";" || c == ":" || c == "." || c == "(" { return nil }
            guard Sc.isLetter(c), s.isWordStart(k, verbEnd) else {
                k += 1
                continue
            }
            if Sc.isUpper(c), s.matchAny(unitHeads, at: k, stop) != nil { return nil }
            if Sc.isLower(c), let (_, levelEnd) = s.matchAny(levels, at: k, stop),
                levelEnd == stop || !Sc.isLetter(s[levelEnd]),
                previous.map({ s.matchAny(placeMarkers, at: $0.lowerBound, $0.upperBound)?.1 != $0.upperBound }) ?? true
            {
                // A place name may follow ("huyện Trà Bồng"); then the heading ends or its duties begin.
                var end = levelEnd
                var n = s.skipSpaces(end, stop)
                while n < stop, Sc.isUpper(s[n]), s.matchAny(verbs, at: n, stop) == nil {
                    end = s.wordEnd(n, stop)
                    n = s.skipSpaces(end, stop)
                }
                if n >= stop || ",;:.".unicodeScalars.contains(s[n]) || s.matchAny(verbs, at: n, stop) != nil { return end }
                return nil
            }
            let w = s.wordEnd(k, stop)
            previous = k..<w
            words += 1
            k = w
        }
        return nil
    }

    /// Splits a heading naming several bodies.
    static func split(_ s: Scalars, _ heading: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var a = heading.lowerBound
        var i = heading.lowerBound
        while i < heading.upperBound {
            let c = s[i]
            if c == ";" || c == "," {
                let next = s.skipSpaces(i + 1, heading.upperBound)
                let startsBody = next < heading.upperBound && Sc.isUpper(s[next]) && s.matchAny(unitHeads, at: next, heading.upperBound) != nil
                if c == ";" || startsBody {
                    let part = s.trimmed(a..<i)
                    if !part.isEmpty { parts.append(part) }
                    a = next
                }
            }
            i += 1
        }
        let part = s.trimmed(a..<heading.upperBound)
        if !part.isEmpty { parts.append(part) }
        return parts
    }
}
