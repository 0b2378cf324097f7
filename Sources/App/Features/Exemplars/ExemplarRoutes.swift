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
    signedIn.on(.POST, .exemplarUpdate(.key), body: .collect(maxSize: "7mb"), use: ExemplarController.addUpdate)
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

    api.get(.exemplars, use: APIExemplarController.index)
    api.post(.exemplars, use: APIExemplarController.create)
    api.get(.exemplar(.key), use: APIExemplarController.show)
    api.get(.exemplarUpdates(.key), use: APIExemplarController.updates)
    api.post(.exemplarUpdates(.key), use: APIExemplarController.addUpdate)
    api.post(.exemplarRecognitions(.key), use: APIExemplarController.recognise)
    api.get(.exemplarRecognitions(.key), use: APIExemplarController.recognitions)
    api.post(.exemplarCommendations(.key), use: APIExemplarController.commend)
    api.get(.exemplarCommendations(.key), use: APIExemplarController.commendations)
    api.post(.exemplarSteps(.key), use: APIExemplarController.step)
    api.get(.exemplarReplications(.key), use: APIExemplarController.replications)
}
