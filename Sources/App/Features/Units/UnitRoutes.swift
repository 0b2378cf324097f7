import Vapor
import Views

/// Đơn vị: the unit tree, its changes, the official list import, the reorganisation, and the API.
func registerUnitRoutes(_ routes: RouteGroups) {
    let (signedIn, api) = (routes.signedIn, routes.api)
    signedIn.get(.units, use: UnitController.index)
    signedIn.get(.unitNew, use: UnitController.new)
    signedIn.post(.units, use: UnitController.create)
    signedIn.get(.unitImport, use: UnitImportController.show)
    signedIn.get(.unitSuggestions, use: UnitController.suggestions)
    signedIn.on(.POST, .unitImport, body: .collect(maxSize: "16mb"), use: UnitImportController.upload)
    signedIn.get(.unitReorganise, use: UnitReorganiseController.show)
    signedIn.on(.POST, .unitReorganisePreview, body: .collect(maxSize: "16mb"), use: UnitReorganiseController.preview)
    signedIn.on(.POST, .unitReorganiseApply, body: .collect(maxSize: "16mb"), use: UnitReorganiseController.apply)
    signedIn.post(.unitReorganiseMoveAccount, use: UnitReorganiseController.moveAccount)
    signedIn.get(.unitReorganiseSplitCommunes, use: UnitReorganiseController.splitItems)
    signedIn.on(
        .POST, .unitReorganiseSplitCommunes, body: .collect(maxSize: "4mb"), use: UnitReorganiseController.assignSplitItems)
    signedIn.get(.unit(.key), use: UnitController.show)
    signedIn.post(.unitRename(.key), use: UnitController.rename)
    signedIn.post(.unitMove(.key), use: UnitController.move)
    signedIn.post(.unitClose(.key), use: UnitController.close)
    signedIn.post(.unitReopen(.key), use: UnitController.reopen)
    api.get(.units, use: APIUnitController.index)
    api.post(.units, use: APIUnitController.create)
    api.on(.POST, .unitImport, body: .collect(maxSize: "16mb"), use: UnitImportController.api)
    api.get(.unit(.key), use: APIUnitController.show)
    api.patch(.unit(.key), use: APIUnitController.update)
}
