import Vapor

/// Mô hình, điển hình "Dân vận khéo": the registry pages, the public showcase without an account, and the API.
func registerExemplarRoutes(_ routes: RouteGroups) {
    let (signedIn, pages, api) = (routes.signedIn, routes.pages, routes.api)
    signedIn.get(ExemplarURL.list, use: ExemplarController.index)
    signedIn.get(ExemplarURL.register, use: ExemplarController.new)
    signedIn.post(ExemplarURL.register, use: ExemplarController.create)
    signedIn.get(ExemplarURL.show(.key), use: ExemplarController.show)
    // A 5 MB file limit with its own message; the body may be a little larger so that message, not a bare 413, answers.
    signedIn.on(.POST, ExemplarURL.update(.key).pathComponents, body: .collect(maxSize: "7mb"), use: ExemplarController.addUpdate)
    signedIn.post(ExemplarURL.step(.key), use: ExemplarController.step)
    signedIn.post(ExemplarURL.recognise(.key), use: ExemplarController.recognise)
    signedIn.post(ExemplarURL.commend(.key), use: ExemplarController.commend)
    signedIn.get(ExemplarURL.file(.key), use: ExemplarController.file)
    signedIn.get(ExemplarURL.drives, use: ExemplarDriveController.index)
    signedIn.post(ExemplarURL.drives, use: ExemplarDriveController.create)
    signedIn.get(ExemplarURL.drive(.key), use: ExemplarDriveController.show)
    signedIn.get(ExemplarURL.counts, use: ExemplarCountsController.show)
    signedIn.get(ExemplarURL.countsExport, use: ExemplarCountsController.export)
    signedIn.get(ExemplarURL.recognisedDocx, use: ExemplarAppendix.download)

    pages.get(ExemplarURL.publicList, use: PublicExemplarController.index)
    pages.get(ExemplarURL.publicShow(.key), use: PublicExemplarController.show)
    pages.get(ExemplarURL.publicFile(.key), use: PublicExemplarController.file)

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
