import Foundation
import Testing

@testable import DanVanCore

/// Scores the reader on the five seed plans with the team's scoring script, so a regression in
/// any reader fails the test run. Bars: overall F1 ≥ 0.95 and legal_refs F1 ≥ 0.97.
@Suite struct SeedEvaluationTests {
    struct Scores {
        var overall: Double
        var lists: [String: Double]
        var output: String
    }

    func score(_ files: [URL]) throws -> Scores {
        let dir = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var lines: [String] = []
        for file in files {
            var plan = try PlanReader.read(fileAt: file)
            // The gold files are named after the .txt seeds.
            plan.file = file.deletingPathExtension().lastPathComponent + ".txt"
            lines.append(plan.jsonLine)
        }
        let pred = dir.appendingPathComponent("pred.jsonl")
        try lines.joined(separator: "\n").write(to: pred, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestPaths.evalScript.path, "--gold", TestPaths.gold.path, "--pred", pred.path, "--json"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        guard let jsonLine = output.split(separator: "\n").first(where: { $0.hasPrefix("{") }),
            let object = try JSONSerialization.jsonObject(with: Data(jsonLine.utf8)) as? [String: Any],
            let overall = object["overall_f1"] as? Double,
            let lists = object["lists"] as? [String: [String: Any]]
        else {
            Issue.record("the scoring script printed no scores:\n\(output)")
            return Scores(overall: 0, lists: [:], output: output)
        }
        return Scores(overall: overall, lists: lists.mapValues { ($0["f1"] as? Double) ?? 0 }, output: output)
    }

    @Test func seedTextsScoreAboveTheBars() throws {
        #expect(FileManager.default.fileExists(atPath: TestPaths.evalScript.path), "../shared/tools/eval-extract.py is missing")
        let files = TestPaths.seedTexts()
        #expect(files.count == 5)
        let scores = try score(files)
        #expect(scores.overall >= 0.95, "\(scores.output)")
        #expect((scores.lists["legal_refs"] ?? 0) >= 0.97, "\(scores.output)")
    }

    @Test func seedDocxScoreAboveTheBars() throws {
        let files = TestPaths.seedTexts().map {
            TestPaths.fixtures.appendingPathComponent($0.deletingPathExtension().lastPathComponent + ".docx")
        }
        let scores = try score(files)
        #expect(scores.overall >= 0.95, "\(scores.output)")
        #expect((scores.lists["legal_refs"] ?? 0) >= 0.97, "\(scores.output)")
    }

    /// A plan laid out on A4 by a PDF writer (lines wrapped mid-sentence) reads like its text.
    @Test(.enabled(if: ExternalTool.find("pdftotext") != nil, "pdftotext (poppler-utils) is not installed: run scripts/lib/deps.sh"))
    func pdfReadsLikeText() throws {
        let text = try #require(TestPaths.seedTexts().first { $0.lastPathComponent.hasPrefix("004_") })
        let pdf = TestPaths.fixtures.appendingPathComponent(text.deletingPathExtension().lastPathComponent + ".pdf")
        let a = try PlanReader.read(fileAt: text)
        let b = try PlanReader.read(fileAt: pdf)
        #expect(a.number?.value == b.number?.value)
        #expect(a.place?.value == b.place?.value)
        #expect(a.issuer?.value == b.issuer?.value)
        #expect(a.title?.value == b.title?.value)
        #expect(
            a.legalReferences.map { "\($0.type) \($0.number) \($0.date?.iso ?? "-") \($0.issuer ?? "-")" }
                == b.legalReferences.map { "\($0.type) \($0.number) \($0.date?.iso ?? "-") \($0.issuer ?? "-")" })
        #expect(a.units == b.units)
        #expect(a.reports.map(\.period) == b.reports.map(\.period))
    }

    /// The same plan as .txt and as .docx gives the same reading (positions aside).
    @Test func docxReadsLikeText() throws {
        for text in TestPaths.seedTexts() {
            let docx = TestPaths.fixtures.appendingPathComponent(text.deletingPathExtension().lastPathComponent + ".docx")
            var a = try PlanReader.read(fileAt: text)
            var b = try PlanReader.read(fileAt: docx)
            a.file = nil
            b.file = nil
            #expect(a.json(includeSpans: false) == b.json(includeSpans: false), "\(text.lastPathComponent)")
        }
    }
}
