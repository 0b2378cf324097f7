import Crypto
import DanVanCore
import Foundation
import Vapor
import Views

/// Uploaded files on disk under the data folder, addressed by the SHA-256 of their content.
struct FileStore: Sendable {
    static let maxBytes = UploadLimits.document
    let root: String

    init(dataDirectory: String) {
        root = dataDirectory + "/files"
    }

    /// Writes the bytes once (same content, same file) and returns their hash.
    func store(_ data: Data) throws -> String {
        guard data.count <= Self.maxBytes else {
            throw AppError(.payloadTooLarge, code: "file_too_large", message: L10n.Platform.tepLonHon(UploadLimits.label(Self.maxBytes)))
        }
        let hash = SHA256.lowercaseHex(of: data)
        let path = self.path(hash)
        if !FileManager.default.fileExists(atPath: path) {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        }
        return hash
    }

    func read(_ hash: String) throws -> Data {
        guard Self.isHash(hash), let data = FileManager.default.contents(atPath: path(hash)) else { throw AppError.notFound(L10n.Platform.tep) }
        return data
    }

    func path(_ hash: String) -> String {
        root + "/" + hash.prefix(2) + "/" + hash
    }

    static func isHash(_ text: String) -> Bool {
        text.count == 64 && text.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }
}

extension Application {
    var fileStore: FileStore { FileStore(dataDirectory: config.dataDirectory) }
}
