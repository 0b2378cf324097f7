/// JSON in a fixed key order, the order of the gold files; written without Foundation so a
/// batch of thousands of documents prints fast.
public indirect enum JSONValue: Sendable, Equatable, Encodable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized == b.serialized }

    public var serialized: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let items):
            out += "["
            for (k, item) in items.enumerated() {
                if k > 0 { out += ", " }
                item.write(to: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (k, (key, value)) in fields.enumerated() {
                if k > 0 { out += ", " }
                JSONValue.quote(key, into: &out)
                out += ": "
                value.write(to: &out)
            }
            out += "}"
        }
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        out += "\""
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case .bool(let b):
            var c = encoder.singleValueContainer()
            try c.encode(b)
        case .int(let n):
            var c = encoder.singleValueContainer()
            try c.encode(n)
        case .string(let s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case .array(let items):
            var c = encoder.unkeyedContainer()
            for item in items { try c.encode(item) }
        case .object(let fields):
            var c = encoder.container(keyedBy: Key.self)
            for (key, value) in fields { try c.encode(value, forKey: Key(key)) }
        }
    }
}

extension DueRule {
    public var json: JSONValue {
        switch self {
        case .dayOfMonth(let day): return .object([("day_of_month", .int(day))])
        case .dayOfQuarterMonth(let day, let month): return .object([("day", .int(day)), ("month_of_quarter", .int(month))])
        case .dayOfYear(let month, let day): return .object([("month", .int(month)), ("day", .int(day))])
        }
    }
}

extension TextSpan {
    var json: JSONValue { .array([.int(start), .int(end)]) }
}

extension PlanDocument: Encodable {
    /// The gold keys first, then the extras: `document_type`, `year`, `sections`, `assignments`, `spans`.
    public func json(includeSpans: Bool = true, includeSections: Bool = true) -> JSONValue {
        func opt(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
        var fields: [(String, JSONValue)] = [
            ("file", opt(file)),
            ("number", opt(number?.value)),
            ("issuer", opt(issuer?.value)),
            ("place", opt(place?.value)),
            ("date", opt(date?.value.iso)),
            ("title", opt(title?.value)),
            (
                "legal_refs",
                .array(
                    legalReferences.map { ref in
                        var f: [(String, JSONValue)] = [
                            ("type", .string(ref.type)), ("number", .string(ref.number)),
                            ("date", opt(ref.date?.iso)), ("issuer", opt(ref.issuer))
                        ]
                        if includeSpans { f.append(("span", ref.span.json)) }
                        return .object(f)
                    })
            ),
            ("named_laws", .array(namedLaws.map { .string($0.value) })),
            ("units", .array(units.map(JSONValue.string))),
            (
                "deadlines",
                .array(
                    deadlines.map { d in
                        var f: [(String, JSONValue)] = [("what", .string(d.what)), ("date", .string(d.date.iso)), ("to", opt(d.to))]
                        if d.yearInferred { f.append(("year_inferred", .bool(true))) }
                        if !d.by.isEmpty { f.append(("by", .array(d.by.map(JSONValue.string)))) }
                        if includeSpans { f.append(("span", d.span.json)) }
                        return .object(f)
                    })
            ),
            (
                "reports",
                .array(
                    reports.map { r in
                        var f: [(String, JSONValue)] = [
                            ("period", .string(r.period.rawValue)), ("due", opt(r.due)),
                            ("due_rule", r.dueRule?.json ?? .null),
                            ("by", .array(r.by.map(JSONValue.string))), ("to", opt(r.to))
                        ]
                        if includeSpans { f.append(("span", r.span.json)) }
                        return .object(f)
                    })
            ),
            ("document_type", documentType.map { .object([("code", .string($0.code)), ("name", .string($0.name))]) } ?? .null),
            ("year", year.map(JSONValue.int) ?? .null)
        ]
        if recognisedFromImages { fields.append(("recognised_from_images", .bool(true))) }
        if includeSections {
            fields.append(
                (
                    "sections",
                    .array(
                        sections.map { section in
                            .object([
                                ("number", .string(section.number)), ("title", .string(section.title)),
                                ("tasks", .array(section.tasks.map { .object([("number", .string($0.number)), ("text", .string($0.text))]) }))
                            ])
                        })
                ))
            fields.append(
                (
                    "assignments",
                    .array(
                        assignments.map { a in
                            .object([
                                ("unit", .string(a.unit)), ("duties", .array(a.duties.map(JSONValue.string))),
                                ("cooperating", .array(a.cooperating.map(JSONValue.string)))
                            ])
                        })
                ))
        }
        if includeSpans {
            var spans: [(String, JSONValue)] = []
            if let number { spans.append(("number", number.span.json)) }
            if let issuer { spans.append(("issuer", issuer.span.json)) }
            if let place { spans.append(("place", place.span.json)) }
            if let date { spans.append(("date", date.span.json)) }
            if let title { spans.append(("title", title.span.json)) }
            spans.append(("units", .array(assignments.map { $0.span.json })))
            spans.append(("named_laws", .array(namedLaws.map { $0.span.json })))
            fields.append(("spans", .object(spans)))
        }
        return .object(fields)
    }

    /// One line of `danvan extract --json`.
    public var jsonLine: String { json().serialized }

    public func encode(to encoder: Encoder) throws {
        try json().encode(to: encoder)
    }
}

extension DocumentReadError {
    /// `{"file": …, "error": {"code": …, "message": …}}`
    public func jsonLine(file: String) -> String {
        JSONValue.object([
            ("file", .string(file)),
            ("error", .object([("code", .string(code.rawValue)), ("message", .string(message))]))
        ]).serialized
    }
}
