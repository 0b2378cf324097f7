import FluentKit
import NIOCore

/// SQLite through one connection for the whole process, whatever event loop asks.
///
/// Fluent opens a pool per event loop, and its SQLite transactions begin DEFERRED: two connections that both read and
/// then write deadlock, and SQLite answers one of them "database is locked" at once, without waiting (44–59 % of
/// writes failed with 2–8 concurrent writers, issue 12, F13). Through one connection every statement waits its turn
/// in the pool's queue instead; in WAL mode the cost is that reads wait for a write in progress too.
struct SQLiteSingleConnection: DatabaseConfiguration {
    var base: any DatabaseConfiguration

    var middleware: [any AnyModelMiddleware] {
        get { base.middleware }
        set { base.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        Driver(base: base.makeDriver(for: databases), eventLoop: databases.eventLoopGroup.any())
    }

    private struct Driver: DatabaseDriver {
        let base: any DatabaseDriver
        let eventLoop: any EventLoop

        func makeDatabase(with context: DatabaseContext) -> any Database {
            base.makeDatabase(
                with: DatabaseContext(
                    configuration: context.configuration, logger: context.logger, eventLoop: eventLoop,
                    history: context.history, pageSizeLimit: context.pageSizeLimit,
                    shouldTrace: context.shouldTrace))
        }

        func shutdown() { base.shutdown() }
        func shutdownAsync() async { await base.shutdownAsync() }
    }
}
