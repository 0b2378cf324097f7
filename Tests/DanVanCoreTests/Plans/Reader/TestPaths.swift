import Foundation

/// Paths the plan-reader tests use, found from this file so they work from any directory.
enum TestPaths {
    /// The package root (…/Tests/DanVanCoreTests/Plans/Reader/TestPaths.swift → …).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// ../shared beside the package (seeds, gold files, the scoring script).
    static let shared: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let seeds: URL = shared.appendingPathComponent("seeds")
    static let gold: URL = seeds.appendingPathComponent("gold")
    static let evalScript: URL = shared.appendingPathComponent("tools/eval-extract.py")
    static let fixtures: URL = packageRoot.appendingPathComponent("Tests/DanVanCoreTests/Fixtures")

    static func seedTexts() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { seeds.appendingPathComponent($0) }
    }

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-reader-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
