import Fluent
import Foundation
import Vapor

/// A record stamped with the time it was made. Fluent's `@Timestamp` stamps with the system clock; DanVan stamps with
/// the app's one clock (issue 11), so a record made in a test carries the test's day, not the day the suite ran.
protocol CreationStamped: AnyObject {
    var createdAt: Date? { get set }
}

/// A record stamped, in addition, with the time of its last change.
protocol ChangeStamped: AnyObject {
    var updatedAt: Date? { get set }
}

/// Fills `createdAt` and `updatedAt` from the app's clock when Fluent creates or updates a model. An update that
/// changes nothing stays a no-op (Fluent then writes nothing), as with `@Timestamp`.
struct ClockStamps: AnyModelMiddleware {
    let now: @Sendable () -> Date

    func handle(_ event: ModelEvent, _ model: any AnyModel, on db: any Database, chainingTo next: any AnyModelResponder)
        -> EventLoopFuture<Void>
    {
        switch event {
        case .create:
            let at = now()
            (model as? any CreationStamped)?.createdAt = at
            (model as? any ChangeStamped)?.updatedAt = at
        case .update where model.hasChanges:
            (model as? any ChangeStamped)?.updatedAt = now()
        default:
            break
        }
        return next.handle(event, model, on: db)
    }
}

extension Application {
    /// Stamps every model's creation and change times from `clock`, read when the record is saved, so a clock set
    /// after configuration (a test, a command's `--today`) is the one used.
    func useClockStamps() {
        databases.middleware.use(ClockStamps { [weak self] in self?.clock.now ?? AppClock.system.now })
    }
}
