import DanVanCore
import Foundation
import Vapor

/// The one clock of the application. Every "now" and "today" of a controller, service, query or command comes from
/// here, never from `Date()`, so a test sets the day it runs on and the suite passes on any date.
/// "Today" is the civil date in Asia/Ho_Chi_Minh.
struct AppClock: Sendable {
    private let read: @Sendable () -> Date

    init(_ read: @escaping @Sendable () -> Date) {
        self.read = read
    }

    static let system = AppClock { Date() }

    /// A clock stopped at one instant.
    static func fixed(_ instant: Date) -> AppClock {
        AppClock { instant }
    }

    /// A clock stopped at noon of a day in Vietnam.
    static func fixed(_ day: CivilDate) -> AppClock {
        fixed(VietnamTime.calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))!)
    }

    var now: Date { read() }
    var today: CivilDate { VietnamTime.civilDate(of: read()) }
}

extension Application {
    private struct ClockKey: StorageKey {
        typealias Value = AppClock
    }

    /// The system clock unless a test or a command set another.
    var clock: AppClock {
        get { storage[ClockKey.self] ?? .system }
        set { storage[ClockKey.self] = newValue }
    }
}

extension Request {
    var clock: AppClock { application.clock }
}
