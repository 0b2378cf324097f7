import DanVanCore
import Foundation
import Vapor

/// The text a slow upload gave (a scan through OCR takes seconds a page, a .doc seconds through LibreOffice), kept
/// beside the stored file so that reopening the review page does not convert the file again.
enum PlanSourceCache {
    struct Entry: Codable {
        let text: String
        let recognisedFromImages: Bool
    }

    /// Reads the stored upload `hash` as a plan, converting it only the first time.
    static func document(hash: String, fileName: String, on app: Application) async throws -> PlanDocument {
        let store = app.fileStore
        let cachePath = store.path(hash) + ".text.json"
        let entry: Entry
        if let cached = FileManager.default.contents(atPath: cachePath), let decoded = try? JSONDecoder().decode(Entry.self, from: cached) {
            entry = decoded
        } else {
            let data = try store.read(hash)
            let loaded = try await app.threadPool.runIfActive { try PlanReader.sourceText(data: data, fileName: fileName) }
            entry = Entry(text: loaded.text, recognisedFromImages: loaded.recognisedFromImages)
            if PlanReader.isSlowToConvert(fileName: fileName) {
                try? JSONEncoder().encode(entry).write(to: URL(fileURLWithPath: cachePath), options: .atomic)
            }
        }
        var document = try PlanReader.read(text: entry.text, fileName: fileName, validate: true)
        document.recognisedFromImages = entry.recognisedFromImages
        return document
    }
}
