import DanVanCore
import Foundation
import Fluent

/// Who reports under a regime and who receives, read from the plan's wording with the same matcher as duties:
/// names matched one way are kept, the rest are listed for the coordinator to resolve, never guessed.
enum RegimeUnits {
    struct Resolution: Sendable {
        var reporters: [Int] = []
        var receiver: Int?
        var unresolved: [String] = []
    }

    static func resolve(reporters: String, receiver: String, issuer: Unit, on db: any Database) async throws -> Resolution {
        let matcher = UnitNameMatcher(issuerID: issuer.id!, candidates: try await PlanReviewBuilder.candidates(under: issuer, on: db))
        var resolution = Resolution()
        for name in reporters.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            switch matcher.match(name) {
            case .unit(let id): resolution.reporters.append(id)
            case .collective(let ids, _): resolution.reporters += ids
            case .ambiguous, .unknown: resolution.unresolved.append(name)
            }
        }
        resolution.reporters = Array(Set(resolution.reporters)).sorted()
        resolution.receiver = receiverUnit(receiver, matcher: matcher)
        return resolution
    }

    /// "UBND thị xã (qua Phòng Nội vụ)": the office named after "qua" handles the reports.
    private static func receiverUnit(_ text: String, matcher: UnitNameMatcher) -> Int? {
        var name = text
        if let range = text.range(of: "qua ") {
            name = String(text[range.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: " )"))
        }
        if case .unit(let id) = matcher.match(name) { return id }
        return nil
    }

    /// Replaces a regime's reporting units with `unitIDs` (all inside the issuer's subtree; the caller checks).
    static func setReporters(_ unitIDs: [Int], of scheduleID: Int, on db: any Database) async throws {
        try await ReportScheduleReporter.query(on: db).filter(\.$schedule.$id == scheduleID).delete()
        let rows = Set(unitIDs).sorted().map { ReportScheduleReporter(scheduleID: scheduleID, unitID: $0) }
        for start in stride(from: 0, to: rows.count, by: 1000) {
            try await Array(rows[start..<min(start + 1000, rows.count)]).create(on: db)
        }
    }
}
