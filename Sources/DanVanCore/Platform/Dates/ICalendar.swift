import Foundation

/// Lịch iCalendar (RFC 5545) — a calendar of all-day events, written with CRLF line endings,
/// lines folded at 75 octets without splitting a UTF-8 sequence, and text values escaped.
public struct ICalendar: Sendable {
    /// One all-day event.
    public struct Event: Sendable, Equatable {
        /// Stable across feeds, so a calendar app updates the event instead of adding a copy.
        public let uid: String
        public let date: CivilDate
        public let summary: String
        public let description: String?
        public let url: String?
        /// When the event last changed (UTC in the output).
        public let stamp: Date

        public init(uid: String, date: CivilDate, summary: String, description: String? = nil, url: String? = nil, stamp: Date) {
            self.uid = uid
            self.date = date
            self.summary = summary
            self.description = description
            self.url = url
            self.stamp = stamp
        }
    }

    public let productID: String
    public let name: String?
    public let events: [Event]

    public init(productID: String = "-//DanVan//Lich bao cao//VI", name: String? = nil, events: [Event]) {
        self.productID = productID
        self.name = name
        self.events = events
    }

    /// The whole calendar, every line ending in CRLF.
    public func render() -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + Self.escape(productID), "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        if let name { lines.append("X-WR-CALNAME:" + Self.escape(name)) }
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + Self.escape(event.uid),
                "DTSTAMP:" + Self.utcStamp(event.stamp),
                "DTSTART;VALUE=DATE:" + Self.basic(event.date),
                "DTEND;VALUE=DATE:" + Self.basic(event.date.adding(days: 1)),
                "SUMMARY:" + Self.escape(event.summary)
            ]
            if let description = event.description { lines.append("DESCRIPTION:" + Self.escape(description)) }
            if let url = event.url { lines.append("URL:" + url) }
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Folds one content line (RFC 5545 §3.1): no physical line longer than 75 octets, continuations start with a space,
    /// and a break never falls inside a UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        return out
    }

    /// yyyyMMdd, the DATE value form.
    static func basic(_ date: CivilDate) -> String {
        String(format: "%04d%02d%02d", date.year, date.month, date.day)
    }

    /// yyyyMMddTHHmmssZ in UTC.
    static func utcStamp(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!)
    }
}
