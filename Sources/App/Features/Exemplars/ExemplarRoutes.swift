import Vapor
import Views

/// Mô hình, điển hình "Dân vận khéo": the registry pages, the public showcase without an account, and the API.
func registerExemplarRoutes(_ routes: RouteGroups) {
    let (signedIn, pages, api) = (routes.signedIn, routes.pages, routes.api)
    signedIn.get(SiteURL.exemplars, use: ExemplarController.index)
    signedIn.get(SiteURL.exemplarRegister, use: ExemplarController.new)
    signedIn.post(SiteURL.exemplarRegister, use: ExemplarController.create)
    signedIn.get(SiteURL.exemplar(.key), use: ExemplarController.show)
    // A 5 MB file limit with its own message; the body may be a little larger so that message, not a bare 413, answers.
    signedIn.on(.POST, SiteURL.exemplarUpdate(.key).pathComponents, body: .collect(maxSize: "7mb"), use: ExemplarController.addUpdate)
    signedIn.post(SiteURL.exemplarStep(.key), use: ExemplarController.step)
    signedIn.post(SiteURL.exemplarRecognise(.key), use: ExemplarController.recognise)
    signedIn.post(SiteURL.exemplarCommend(.key), use: ExemplarController.commend)
    signedIn.get(SiteURL.exemplarFile(.key), use: ExemplarController.file)
    signedIn.get(SiteURL.exemplarDrives, use: ExemplarDriveController.index)
    signedIn.post(SiteURL.exemplarDrives, use: ExemplarDriveController.create)
    signedIn.get(SiteURL.exemplarDrive(.key), use: ExemplarDriveController.show)
    signedIn.get(SiteURL.exemplarCounts, use: ExemplarCountsController.show)
    signedIn.get(SiteURL.exemplarCountsXlsx, use: ExemplarCountsController.export)
    signedIn.get(SiteURL.exemplarRecognisedDocx, use: ExemplarAppendix.download)

    pages.get(SiteURL.publicExemplars, use: PublicExemplarController.index)
    pages.get(SiteURL.publicExemplar(.key), use: PublicExemplarController.show)
    pages.get(SiteURL.publicExemplarFile(.key), use: PublicExemplarController.file)

    api.get("exemplars", use: APIExemplarController.index)
    api.post("exemplars", use: APIExemplarController.create)
    api.get("exemplars", ":id", use: APIExemplarController.show)
    api.get("exemplars", ":id", "updates", use: APIExemplarController.updates)
    api.post("exemplars", ":id", "updates", use: APIExemplarController.addUpdate)
    api.post("exemplars", ":id", "recognitions", use: APIExemplarController.recognise)
    api.get("exemplars", ":id", "recognitions", use: APIExemplarController.recognitions)
    api.post("exemplars", ":id", "commendations", use: APIExemplarController.commend)
    api.get("exemplars", ":id", "commendations", use: APIExemplarController.commendations)
    api.post("exemplars", ":id", "steps", use: APIExemplarController.step)
    api.get("exemplars", ":id", "replications", use: APIExemplarController.replications)
}
