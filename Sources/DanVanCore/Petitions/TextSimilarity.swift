/// Độ giống nhau — how alike two texts are once folded (no accents, lowercase), for suggesting duplicate petitions.
public enum TextSimilarity {
    /// Jaccard index of the two texts' folded words of two letters or more: 0 (nothing shared) … 1 (same words).
    public static func score(_ a: String, _ b: String) -> Double {
        let left = words(a)
        let right = words(b)
        guard !left.isEmpty || !right.isEmpty else { return 0 }
        return Double(left.intersection(right).count) / Double(left.union(right).count)
    }

    static func words(_ text: String) -> Set<String> {
        Set(VietnameseText.searchKey(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { $0.count >= 2 })
    }
}
