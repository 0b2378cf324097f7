import Vapor

/// Every route, grouped by who may reach it.
func routes(_ app: Application) throws {
    app.get(.health, use: OperationsController.health)
    app.get(.metrics, use: OperationsController.metrics)
    app.get(.stylesheet, use: OperationsController.stylesheet)

    let pages = app.grouped(app.sessions.middleware, MarkSession(), UserSessionAuthenticator(), CSRFMiddleware())
    pages.get(.home) { req -> Response in
        req.redirect(to: req.auth.has(User.self) ? SiteURL.dashboard.path : SiteURL.login.path)
    }
    pages.get(.login, use: AuthController.show)
    pages.post(.login, use: AuthController.login)
    pages.post(.logout, use: AuthController.logout)

    let signedIn = pages.grouped(RequireUser())
    signedIn.get(.dashboard, use: DashboardController.show)
    signedIn.get(.units, use: UnitController.index)
    signedIn.get(.unitNew, use: UnitController.new)
    signedIn.post(.units, use: UnitController.create)
    signedIn.get(.unitImport, use: UnitImportController.show)
    signedIn.on(.POST, SiteURL.unitImport.pathComponents, body: .collect(maxSize: "16mb"), use: UnitImportController.upload)
    signedIn.get(.unit(.key), use: UnitController.show)
    signedIn.post(.unitRename(.key), use: UnitController.rename)
    signedIn.post(.unitMove(.key), use: UnitController.move)
    signedIn.post(.unitClose(.key), use: UnitController.close)
    signedIn.post(.unitReopen(.key), use: UnitController.reopen)
    signedIn.get(.users, use: UserController.index)
    signedIn.get(.userNew, use: UserController.new)
    signedIn.post(.users, use: UserController.create)
    signedIn.get(.user(.key), use: UserController.show)
    signedIn.post(.user(.key), use: UserController.update)
    signedIn.post(.userResetPassword(.key), use: UserController.resetPassword)
    signedIn.post(.userDisable(.key), use: UserController.disable)
    signedIn.post(.userEnable(.key), use: UserController.enable)
    signedIn.get(.account, use: AccountController.show)
    signedIn.post(.accountPassword, use: AccountController.changePassword)
    signedIn.post(.accountTokens, use: AccountController.createToken)
    signedIn.post(.accountTokenRevoke(.key), use: AccountController.revokeToken)
    signedIn.get(.audit, use: AuditController.index)

    let api = app.grouped("api", "v1").grouped(APITokenAuthenticator(), RequireUser())
    api.get("me", use: APIUserController.me)
    api.get("units", use: APIUnitController.index)
    api.post("units", use: APIUnitController.create)
    api.on(.POST, "units", "import", body: .collect(maxSize: "16mb"), use: UnitImportController.api)
    api.get("units", ":id", use: APIUnitController.show)
    api.patch("units", ":id", use: APIUnitController.update)
    api.get("users", use: APIUserController.index)
    api.post("users", use: APIUserController.create)
    api.get("users", ":id", use: APIUserController.show)
    registerCitizenRoutes(pages: pages, signedIn: signedIn, api: api, app: app)
}
