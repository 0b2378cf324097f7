import Foundation
import Testing

@testable import DanVanCore

/// The reading of a plan does not depend on where its lines break: each seed hard-wrapped at 60,
/// 72, 80 and 100 columns (as pdftotext or an e-mail client leaves it) reads like the original.
@Suite struct WrappedVariantTests {
    static let widths = [60, 72, 80, 100]

    /// Greedy word wrap of every line at `width` columns, blank lines kept (Python's textwrap).
    static func wrap(_ text: String, width: Int) -> String {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.isEmpty {
                out.append("")
                continue
            }
            var current = ""
            for word in words {
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    out.append(current)
                    current = String(word)
                }
            }
            out.append(current)
        }
        return out.joined(separator: "\n")
    }

    /// What a person checks on the review page, without positions.
    static func reading(_ plan: PlanDocument) -> [String: String] {
        [
            "number": plan.number?.value ?? "-",
            "issuer": plan.issuer?.value ?? "-",
            "place": plan.place?.value ?? "-",
            "date": plan.date?.value.iso ?? "-",
            "title": plan.title?.value ?? "-",
            "legal_refs": plan.legalReferences.map { "\($0.number) \($0.date?.iso ?? "-")" }.joined(separator: " | "),
            "units": plan.units.joined(separator: " | "),
            "deadlines": plan.deadlines.map { $0.date.iso }.joined(separator: " | "),
            "reports": plan.reports.map {
                "\($0.period) \($0.dueRule.map { ExtractionSummary.ruleText($0) } ?? "-") by \($0.by.joined(separator: ", ")) to \($0.to ?? "-")"
            }.joined(separator: " | ")
        ]
    }

    @Test func wrapActuallyBreaksLines() {
        let text = String(repeating: "công tác dân vận chính quyền ", count: 10)
        let wrapped = Self.wrap(text, width: 60)
        #expect(wrapped.split(separator: "\n").count == 5)
        #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 60 })
    }

    @Test(arguments: widths)
    func wrappedSeedsReadLikeTheOriginals(width: Int) throws {
        let seeds = TestPaths.seedTexts()
        #expect(seeds.count == 5)
        var compared = 0
        for url in seeds {
            let text = try String(contentsOf: url, encoding: .utf8)
            let wrapped = Self.wrap(text, width: width)
            #expect(wrapped.split(separator: "\n").count > text.split(separator: "\n").count, "\(url.lastPathComponent) was not wrapped")
            let original = Self.reading(try PlanReader.read(text: text, validate: true))
            let variant = Self.reading(try PlanReader.read(text: wrapped, validate: true))
            for (field, value) in original.sorted(by: { $0.key < $1.key }) {
                #expect(variant[field] == value, "\(url.lastPathComponent) wrapped at \(width): \(field)")
                if value != "-" && !value.isEmpty { compared += 1 }
            }
        }
        // The comparison means something only when the originals read something.
        #expect(compared >= 30)
    }

    /// The same check that fails: a reading that lost its units differs from the original.
    @Test func comparisonDetectsALoss() throws {
        let url = try #require(TestPaths.seedTexts().first)
        var plan = try PlanReader.read(fileAt: url)
        let original = Self.reading(plan)
        plan.assignments.removeAll()
        #expect(Self.reading(plan)["units"] != original["units"])
    }
}
