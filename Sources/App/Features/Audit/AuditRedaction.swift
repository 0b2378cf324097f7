import Foundation
import Views

/// What the audit page never shows, even where an older entry recorded it: a stored file's SHA-256 names the file.
enum AuditRedaction {
    static func hidingFileHashes(_ text: String) -> String {
        text.replacingOccurrences(of: "[0-9a-fA-F]{64}", with: L10n.Audit.daAn, options: .regularExpression)
    }
}
