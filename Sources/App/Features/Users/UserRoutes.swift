import Vapor
import Views

/// Signing in and out, the home address, accounts and API tokens, user administration, and the API.
func registerUserRoutes(_ routes: RouteGroups) {
    let (pages, signedIn, api) = (routes.pages, routes.signedIn, routes.api)
    pages.get(.home) { req -> Response in
        req.redirect(to: req.auth.has(User.self) ? SiteURL.dashboard.path : SiteURL.login.path)
    }
    pages.get(.login, use: AuthController.show)
    pages.post(.login, use: AuthController.login)
    pages.post(.logout, use: AuthController.logout)
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
    api.get(.me, use: APIUserController.me)
    api.get(.users, use: APIUserController.index)
    api.post(.users, use: APIUserController.create)
    api.get(.user(.key), use: APIUserController.show)
}
