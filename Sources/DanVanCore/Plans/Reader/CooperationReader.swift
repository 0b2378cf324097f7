/// Reads the bodies a unit works with: "phối hợp với Phòng Nội vụ, Ủy ban MTTQ Việt Nam thị xã
/// và các cơ quan liên quan tổ chức …" → ["Phòng Nội vụ", "Ủy ban MTTQ Việt Nam thị xã",
/// "các cơ quan liên quan"]. The list runs from "phối hợp với/cùng" to the first verb, subject
/// word or clause break; it is split like a heading (at ";", at "," or "và" before another body).
enum CooperationReader {
    static let leads: PhraseSet = PhraseSet(["phối hợp chặt chẽ với", "phối hợp với", "phối hợp cùng", "phối hợp"])
    static let stops: PhraseSet = PhraseSet([
        "để", "nhằm", "trong", "theo", "về", "khi", "trên", "tại", "đối với", "thực hiện",
        "tổ chức", "triển khai", "tham mưu", "xây dựng", "hướng dẫn", "kiểm tra", "tuyên truyền",
        "giải quyết", "rà soát", "đánh giá", "theo dõi", "đôn đốc", "tổng hợp", "báo cáo", "chỉ đạo",
        "tăng cường", "nắm", "vận động", "đề xuất", "làm tốt", "thường xuyên", "kịp thời",
        "đăng", "xử lý", "cung cấp", "đẩy mạnh", "tiếp tục", "phổ biến", "giám sát", "bảo đảm",
        "đảm bảo", "quán triệt", "nâng cao", "thống nhất", "chuẩn bị", "lựa chọn", "duy trì"
    ])
    static let va = Phrase("và")
    static let collective: PhraseSet = PhraseSet(["các", "những"])

    /// The cooperating bodies named in `ranges` (an item's text), in order, each once.
    static func read(_ doc: DocumentText, in ranges: [Range<Int>], excluding own: Set<String>) -> [String] {
        let s = doc.scalars
        var out: [String] = []
        for range in ranges {
            var i = range.lowerBound
            while i < range.upperBound {
                guard Sc.isLetter(s[i]), s.isWordStart(i, range.lowerBound), let (_, j) = s.matchAny(leads, at: i, range.upperBound) else {
                    i += 1
                    continue
                }
                var a = s.skipSpaces(j, range.upperBound)
                // "phối hợp" without "với" names a body only when one follows at once.
                guard a < range.upperBound, Sc.isUpper(s[a]) || s.matchAny(collective, at: a, range.upperBound) != nil else {
                    i = j
                    continue
                }
                var e = a
                while e < range.upperBound {
                    let c = s[e]
                    if c == ";" || c == "." || c == ":" || c == "(" || c == "\n" { break }
                    if Sc.isLetter(c), Sc.isLower(c), s.isWordStart(e, a), e > a,
                        s.matchAny(stops, at: e, range.upperBound) != nil || s.matchAny(AssignmentReader.verbs, at: e, range.upperBound) != nil
                    {
                        break
                    }
                    e += 1
                }
                let list = s.trimmed(a..<e, extra: { $0 == "," })
                for part in AssignmentReader.split(s, list) {
                    for piece in splitAtVa(s, part) {
                        let name = s.string(piece)
                        guard piece.count >= 3, piece.count <= 90, !own.contains(name), !out.contains(name) else { continue }
                        out.append(name)
                    }
                }
                a = e
                i = max(e, j)
            }
        }
        return out
    }

    /// "Phòng Nội vụ và các cơ quan liên quan" → two bodies; "Phòng Văn hóa và Thông tin" stays one
    /// (what follows "và" does not start a body).
    static func splitAtVa(_ s: Scalars, _ part: Range<Int>) -> [Range<Int>] {
        var i = part.lowerBound
        while i < part.upperBound {
            if s.isWordStart(i, part.lowerBound), let j = s.match(va, at: i, part.upperBound) {
                let next = s.skipSpaces(j, part.upperBound)
                if next < part.upperBound,
                    (Sc.isUpper(s[next]) && s.matchAny(AssignmentReader.unitHeads, at: next, part.upperBound) != nil)
                        || s.matchAny(collective, at: next, part.upperBound) != nil
                {
                    return [s.trimmed(part.lowerBound..<i)] + splitAtVa(s, s.trimmed(next..<part.upperBound))
                }
            }
            i += 1
        }
        return [part]
    }
}
