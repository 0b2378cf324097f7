import Foundation

/// Thư điện tử — a plain-text UTF-8 message with RFC 5322 headers, ready for `sendmail -t -i`.
/// Non-ASCII header text is MIME-encoded (RFC 2047 `=?UTF-8?B?…?=`); the body goes as base64.
public struct PlainTextEmail: Sendable, Equatable {
    public let from: String
    public let toAddress: String
    public let toName: String?
    public let subject: String
    public let body: String
    public let date: Date
    public let messageID: String

    public init(from: String, toAddress: String, toName: String?, subject: String, body: String, date: Date, messageID: String) {
        self.from = from
        self.toAddress = toAddress
        self.toName = toName
        self.subject = subject
        self.body = body
        self.date = date
        self.messageID = messageID
    }

    /// The message as text; `lineEnding` is "\r\n" on the wire, "\n" for a local sendmail.
    public func render(lineEnding: String = "\r\n") -> String {
        let to = toName.map { Self.encodeWord($0) + " <\(toAddress)>" } ?? toAddress
        var lines = [
            "From: " + from,
            "To: " + to,
            "Subject: " + Self.encodeHeader(subject, lineEnding: lineEnding),
            "Date: " + Self.rfc5322Date(date),
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            ""
        ]
        let encoded = Data(body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n").utf8)
            .base64EncodedString()
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        return lines.joined(separator: lineEnding) + lineEnding
    }

    /// Whether an address is safe to put in a header: one "@", no spaces, no line breaks, no angle brackets.
    public static func isPlausibleAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return text.count <= 254 && parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !text.unicodeScalars.contains { $0.value < 0x21 || $0.value > 0x7E || "<>()[]\\,;:\"".unicodeScalars.contains($0) }
    }

    /// A header value: ASCII text stays as it is; anything else becomes encoded words of at most 66 characters
    /// (so "Subject: " and the first word fit in 76),
    /// each holding whole characters, folded onto continuation lines.
    public static func encodeHeader(_ text: String, lineEnding: String = "\r\n") -> String {
        let clean = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if clean.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) { return clean }
        var words: [String] = []
        var chunk = ""
        for character in clean {
            // 12 octets of "=?UTF-8?B?" and "?="; base64 of n octets takes 4·⌈n/3⌉ characters.
            let candidate = chunk + String(character)
            if 12 + 4 * ((candidate.utf8.count + 2) / 3) > 66, !chunk.isEmpty {
                words.append(encodeWord(chunk))
                chunk = String(character)
            } else {
                chunk = candidate
            }
        }
        if !chunk.isEmpty { words.append(encodeWord(chunk)) }
        return words.joined(separator: lineEnding + " ")
    }

    static func encodeWord(_ text: String) -> String {
        "=?UTF-8?B?" + Data(text.utf8).base64EncodedString() + "?="
    }

    /// "Fri, 15 May 2026 08:00:00 +0700", in Vietnam time.
    static func rfc5322Date(_ instant: Date) -> String {
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let p = VietnamTime.calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        let weekday = CivilDate(year: p.year!, month: p.month!, day: p.day!)!.isoWeekday
        return days[weekday - 1] + ", " + String(format: "%02d ", p.day!) + months[p.month! - 1]
            + String(format: " %04d %02d:%02d:%02d +0700", p.year!, p.hour!, p.minute!, p.second!)
    }
}
