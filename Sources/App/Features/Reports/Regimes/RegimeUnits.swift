import DanVanCore
import Fluent
import Foundation
import Views

/// Who reports under a regime and who receives, read from the plan's wording with the same matcher as duties:
/// names matched one way are kept, the rest are listed for the coordinator to resolve, never guessed.
enum RegimeUnits {
    struct Resolution: Sendable {
        var reporters: [Int] = []
        var receiver: Int?
        var unresolved: [String] = []
    }

    /// `date`: the plan's date — a plan written before a reorganisation names the units of then (issue 14).
    static func resolve(reporters: String, receiver: String, issuer: OrgUnit, date: CivilDate? = nil, on db: any Database) async throws -> Resolution
    {
        let matcher = UnitNameMatcher(issuerID: issuer.id!, candidates: try await PlanReviewBuilder.candidates(under: issuer, at: date, on: db))
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

    /// What a person typed in a regime's list of reporting units, one unit a line.
    struct Choice: Sendable {
        var units: [OrgUnit] = []
        /// Lines that name no unit in the scope.
        var unknown: [String] = []
        /// Lines that fit several units, with those units.
        var ambiguous: [(typed: String, matches: [UnitChoice.Match])] = []

        /// "Chưa lưu: …" naming every line that was not understood, or nil when all were.
        var problem: String? {
            guard !unknown.isEmpty || !ambiguous.isEmpty else { return nil }
            var parts: [String] = []
            if !unknown.isEmpty {
                parts.append(L10n.Reports.khongTimThayTrongPhamViLabel + unknown.map { "“\($0)”" }.joined(separator: ", ") + ".")
            }
            for (typed, matches) in ambiguous {
                parts.append(
                    L10n.Reports.coDonViKhopVoiLabel(matches.count, typed) + matches.prefix(5).map(\.shown).joined(separator: "; ")
                        + (matches.count > 5 ? "; …" : "") + ".")
            }
            let example = ambiguous.first?.matches.first.map { L10n.Reports.viDu($0.label) } ?? ""
            return L10n.Reports.danhSachChuaThayDoi + parts.joined(separator: " ")
                + L10n.Reports.hayGoTenDonViKem + example
        }
    }

    /// Resolves the lines of the reporters' list within `scopePath`: codes and the labels the page itself fills in
    /// ("Phòng Tư pháp — Thị xã Hương Trà") in two queries for the whole list; whatever is left (a part of a name,
    /// diacritics optional) the way every unit field resolves it.
    static func choose(_ lines: [String], within scopePath: String, on db: any Database) async throws -> Choice {
        var seen = Set<String>()
        let typed = lines.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty && seen.insert($0).inserted }
        var choice = Choice()
        guard !typed.isEmpty else { return choice }
        let inScope = OrgUnit.query(on: db).filter(\.$path, .custom("LIKE"), scopePath + "%")
        let byCode = Dictionary(
            try await inScope.copy().filter(\.$code ~~ typed).all().map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        func split(_ line: String) -> (name: String, parent: String?) {
            let parts = line.components(separatedBy: "—").map { $0.trimmingCharacters(in: .whitespaces) }
            return (parts[0], parts.count > 1 ? parts[1...].joined(separator: " ") : nil)
        }
        let rest = typed.filter { byCode[$0] == nil }
        let nameKeys = Set(rest.map { VietnameseText.searchKey(split($0).name) })
        let named = nameKeys.isEmpty ? [] : try await inScope.copy().filter(\.$nameKey ~~ nameKeys).with(\.$parent).sort(\.$sortKey).all()
        for line in typed {
            if let unit = byCode[line] {
                choice.units.append(unit)
                continue
            }
            let (name, parent) = split(line)
            let candidates = named.filter { unit in
                unit.nameKey == VietnameseText.searchKey(name)
                    && (parent.map { VietnameseText.searchKey($0) == unit.parent.map { VietnameseText.searchKey($0.name) } } ?? true)
            }
            // Folded, "Hương Văn" and "Hương Vân" are one key: as written, with its marks, the name tells them apart.
            let written =
                candidates.count > 1
                ? candidates.filter { VietnameseText.nfc($0.name).lowercased() == VietnameseText.nfc(name).lowercased() } : candidates
            if written.count == 1 {
                choice.units.append(written[0])
                continue
            }
            switch try await UnitChoice.resolve(line, within: scopePath, on: db) {
            case .unit(let unit): choice.units.append(unit)
            case .several(let matches): choice.ambiguous.append((line, matches))
            case .none: choice.unknown.append(line)
            }
        }
        return choice
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
