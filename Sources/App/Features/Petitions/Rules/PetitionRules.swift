import DanVanCore
import Fluent
import Vapor

/// The citizens feature's settings: the working calendar and the public side's anti-spam limits.
/// Requests read the calendar from the holidays table (`currentPetitionRules(on:)`), so an edited holiday list applies at once on every server.
/// Deadline profiles and the field list are data in the database (`PetitionRuleStore`).
struct PetitionRules: Sendable {
    var calendar = WorkingCalendar.vietnamDefault
    /// A public form sent sooner than this after it was shown is taken for a robot.
    var minimumFillSeconds: Double = 3
    /// Public forms one address may send per hour.
    var formsPerHour = 5
    /// Tracking-code look-ups one address may make per 10 minutes.
    var lookupsPerTenMinutes = 30
}

extension Application {
    private struct PetitionRulesKey: StorageKey { typealias Value = PetitionRules }

    var petitionRules: PetitionRules {
        get { storage[PetitionRulesKey.self] ?? PetitionRules() }
        set { storage[PetitionRulesKey.self] = newValue }
    }
}

extension Application {
    /// The settings with the holiday list as the operators keep it in the database.
    func currentPetitionRules(on db: any Database) async throws -> PetitionRules {
        var rules = petitionRules
        rules.calendar = try await HolidayCalendar.load(on: db)
        return rules
    }
}
