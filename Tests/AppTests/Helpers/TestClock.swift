import DanVanCore
import Foundation

@testable import App

/// The day every app test runs on, instead of the wall clock: `DANVAN_TEST_TODAY` (dd/mm/yyyy) when set — scripts/test
/// runs the suite again on a day of 2028 with it — else 20/11/2026. Noon in Vietnam.
enum TestClock {
    static let today: CivilDate = {
        if let text = ProcessInfo.processInfo.environment["DANVAN_TEST_TODAY"], !text.isEmpty {
            guard let day = CivilDate(vietnamese: text) ?? CivilDate(iso: text) else { fatalError("DANVAN_TEST_TODAY=\(text): not dd/mm/yyyy") }
            return day
        }
        return CivilDate(year: 2026, month: 11, day: 20)!
    }()

    static let clock = AppClock.fixed(today)
    static var now: Date { clock.now }
}
