import Foundation

/// The standard rules' days off per year, computed once: a deadline loop asks about the same year thousands of times
/// and each year's answer needs a few dozen astronomical evaluations.
final class ComputedDaysOff: @unchecked Sendable {
    static let shared = ComputedDaysOff()

    private let lock = NSLock()
    private var years: [Int: Set<CivilDate>] = [:]

    func days(in year: Int) -> Set<CivilDate> {
        if let known = lock.withLock({ years[year] }) { return known }
        let computed = Set(StatutoryHolidays.standard.daysOff(in: year).map(\.date))
        lock.withLock { years[year] = computed }
        return computed
    }
}
