/// Mã tra cứu — the code a citizen uses to follow a petition: "DV-" and 10 characters without look-alikes (no 0/O, 1/I/L).
public enum TrackingCode {
    public static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")

    /// A new code from 10 random indexes into the alphabet (about 49 bits).
    public static func make(using generator: inout some RandomNumberGenerator) -> String {
        let body = String((0..<10).map { _ in alphabet.randomElement(using: &generator)! })
        return "DV-" + body.prefix(5) + "-" + body.suffix(5)
    }

    /// What a person typed, in canonical form, or nil if it cannot be a code: "dv 2345 6789ab" → "DV-23456-789AB".
    public static func normalize(_ text: String) -> String? {
        var body = text.uppercased().filter { $0.isLetter || $0.isNumber }
        if body.hasPrefix("DV") { body.removeFirst(2) }
        guard body.count == 10, body.allSatisfy(alphabet.contains) else { return nil }
        return "DV-" + body.prefix(5) + "-" + body.suffix(5)
    }
}
