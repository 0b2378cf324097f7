import DanVanCore
import Fluent
import Foundation
import Vapor
import Views

/// `danvan bench`: accent-folding throughput and unit-tree queries at national scale on the configured database.
/// Prints Markdown rows for BENCHMARKS.md. Meant for an empty database (scripts/bench makes one).
struct BenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "fold-mb", help: "Megabytes of text to fold (default 32)") var foldMegabytes: Int?
        @Option(name: "repeat", help: "Runs of each query (default 50)") var repetitions: Int?
        @Option(name: "corpus", help: "Extra text files to fold, comma-separated") var corpus: String?
    }

    var help: String { L10n.Platform.doHieuNangBoDauVa }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        benchFolding(megabytes: signature.foldMegabytes ?? 32, extraFiles: signature.corpus?.split(separator: ",").map(String.init) ?? [])
        try await app.autoMigrate()
        guard try await OrgUnit.query(on: app.db).count() == 0 else {
            throw ImportFailure(code: "not_empty", message: L10n.Platform.coSoDuLieuDoHieu)
        }
        let importStart = ContinuousClock.now
        let summary = try await UnitsImport.run(
            app: app, structure: "2024", file: DataFiles.unitList(structure: "2024"),
            provinceCode: nil, rootCode: nil, withAgencies: true)
        let importTime = ContinuousClock.now - importStart
        print("| import 2024 list + agencies (\(summary.created) units) | \(format(importTime)) |")
        try await benchQueries(app, repetitions: signature.repetitions ?? 50)
    }

    private func benchFolding(megabytes: Int, extraFiles: [String]) {
        var pieces: [String] = []
        for path in [DataFiles.unitList(structure: "2024"), DataFiles.unitList(structure: "2025")] + extraFiles {
            if let text = try? String(contentsOfFile: path, encoding: .utf8) { pieces += text.split(whereSeparator: \.isNewline).map(String.init) }
        }
        let target = megabytes * 1_000_000
        var corpus: [String] = []
        var bytes = 0
        while bytes < target {
            for piece in pieces {
                corpus.append(piece)
                bytes += piece.utf8.count
            }
        }
        var checksum = 0
        let start = ContinuousClock.now
        for line in corpus { checksum &+= VietnameseText.fold(line).utf8.count }
        let seconds = (ContinuousClock.now - start).inSeconds
        print(
            """
            | accent folding, \(bytes / 1_000_000) MB in \(corpus.count) lines | \(String(format: "%.1f MB/s", Double(bytes) / 1e6 / seconds))\
             (checksum \(checksum)) |
            """
        )
    }

    private func benchQueries(_ app: Application, repetitions: Int) async throws {
        // The largest province by units, a mid-sized one (46) and the whole country's diacritic-free search.
        let provinces = try await OrgUnit.query(on: app.db).filter(\.$kind == .province).all()
        var sizes: [(OrgUnit, Int)] = []
        for province in provinces where ["01", "38", "46"].contains(province.code) {
            sizes.append((province, try await UnitQuery.subtreeCount(path: province.path, on: app.db)))
        }
        for (province, size) in sizes {
            let count = try await measure(repetitions) { _ = try await UnitQuery.subtreeCount(path: province.path, on: app.db) }
            print("| subtree count, \(province.name) (\(size) units) | \(count) |")
            let page = try await measure(repetitions) {
                _ = try await UnitQuery.page(.init(scopePath: province.path), page: PageParams(page: 1, per: 50), on: app.db)
            }
            print("| subtree first page (50, sorted), \(province.name) | \(page) |")
            let children = try await measure(repetitions) {
                _ = try await UnitQuery.page(.init(scopePath: province.path, parentID: province.id), page: PageParams(page: 1, per: 50), on: app.db)
            }
            print("| direct children page, \(province.name) | \(children) |")
            let search = try await measure(repetitions) {
                _ = try await UnitQuery.page(.init(scopePath: province.path, search: "phuong"), page: PageParams(page: 1, per: 50), on: app.db)
            }
            print("| search \"phuong\" in \(province.name) | \(search) |")
        }
        let national = try await measure(repetitions) {
            _ = try await UnitQuery.page(.init(scopePath: "/", search: "hue"), page: PageParams(page: 1, per: 50), on: app.db)
        }
        print("| search \"hue\" over all units | \(national) |")
    }

    /// Median and 95th percentile of `runs` timings, after one warm-up.
    private func measure(_ runs: Int, _ body: () async throws -> Void) async throws -> String {
        try await body()
        var samples: [Duration] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now
            try await body()
            samples.append(ContinuousClock.now - start)
        }
        samples.sort()
        return "median \(format(samples[samples.count / 2])), p95 \(format(samples[min(samples.count - 1, samples.count * 95 / 100)]))"
    }

    private func format(_ duration: Duration) -> String {
        let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return ms >= 1000 ? String(format: "%.2f s", ms / 1000) : String(format: "%.2f ms", ms)
    }
}
