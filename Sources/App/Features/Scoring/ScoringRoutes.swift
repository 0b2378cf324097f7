import Vapor
import Views

/// Chấm điểm công tác dân vận chính quyền: sets, rounds, sheets, results, and the API.
func registerScoringRoutes(_ routes: RouteGroups) {
    // Made here, before the server answers anything: requests then only read the storage.
    routes.app.storage[ScoringSetCache.Key.self] = ScoringSetCache()
    let pages = routes.signedIn
    pages.get(.scoring, use: ScoringController.home)
    pages.get(.scoringSets, use: ScoringController.sets)
    pages.get(.scoringSet(.key), use: ScoringController.set)
    pages.post(.scoringSetCopy(.key), use: ScoringController.copySet)
    pages.post(.scoringSetEdit(.key), use: ScoringController.editSet)
    pages.get(.scoringSetCriterion(.key), use: ScoringCriterionController.form)
    pages.post(.scoringSetCriterion(.key), use: ScoringCriterionController.save)
    pages.post(.scoringSetCriterionRemove(.key), use: ScoringCriterionController.remove)
    pages.on(.POST, SiteURL.scoringSetImport.pathComponents, body: .collect(maxSize: .upload), use: ScoringController.importSet)
    pages.on(.POST, SiteURL.scoringSetImportConfirm.pathComponents, body: .collect(maxSize: .upload), use: ScoringController.confirmImport)
    pages.get(.scoringSetCSV(.key), use: ScoringController.setCSV)
    pages.get(.scoringRoundNew, use: ScoringController.newRound)
    pages.post(.scoringRounds, use: ScoringController.createRound)
    pages.get(.scoringRound(.key), use: ScoringController.round)
    pages.get(.scoringRoundXlsx(.key), use: ScoringController.xlsx)
    pages.get(.scoringRoundDocx(.key), use: ScoringController.docx)
    pages.get(.scoringSheet(.key), use: ScoringSheetController.show)
    pages.post(.scoringSheet(.key), use: ScoringSheetController.save)
    pages.post(.scoringSheetRefresh(.key), use: ScoringSheetController.refresh)
    pages.on(.POST, SiteURL.scoringSheetEvidence(.key).pathComponents, body: .collect(maxSize: .upload), use: ScoringSheetController.evidence)
    pages.post(.scoringSheetLink(.key), use: ScoringSheetController.linkRecord)
    pages.post(.scoringSheetUnlink(.key), use: ScoringSheetController.unlinkRecord)
    pages.post(.scoringSheetAppraise(.key), use: ScoringSheetController.appraise)
    pages.post(.scoringSheetReturn(.key), use: ScoringSheetController.giveBack)
    pages.post(.scoringSheetFinalise(.key), use: ScoringSheetController.finalise)
    pages.post(.scoringSheetObject(.key), use: ScoringSheetController.object)
    pages.post(.scoringSheetAnswer(.key), use: ScoringSheetController.answer)
    pages.get(.scoringEvidence(.key), use: ScoringSheetController.evidenceFile)
    routes.registerScoringAPI()
}

extension RouteGroups {
    func registerScoringAPI() {
        api.get("scoring-sets", use: APIScoringController.sets)
        api.get("scoring-sets", ":id", use: APIScoringController.set)
        api.get("scoring-rounds", use: APIScoringController.rounds)
        api.get("scoring-rounds", ":id", "results", use: APIScoringController.results)
        api.get("scoring-sheets", ":id", use: APIScoringController.sheet)
        api.post("scoring-sheets", ":id", "self-assessment", use: APIScoringController.selfAssess)
        api.post("scoring-sheets", ":id", "record-links", use: APIScoringController.addRecordLink)
        api.get("scoring-sheets", ":id", "record-links", use: APIScoringController.recordLinks)
        api.delete("scoring-sheets", ":id", "record-links", ":link", use: APIScoringController.removeRecordLink)
        api.on(.POST, "scoring-sets", "import", body: .collect(maxSize: .upload), use: APIScoringSetEditController.importDraft)
        api.post("scoring-sets", use: APIScoringSetEditController.create)
        api.post("scoring-sets", ":id", "criteria", use: APIScoringSetEditController.addCriterion)
        api.put("scoring-sets", ":id", "criteria", ":code", use: APIScoringSetEditController.updateCriterion)
        api.delete("scoring-sets", ":id", "criteria", ":code", use: APIScoringSetEditController.removeCriterion)
        api.put("scoring-sets", ":id", "bands", use: APIScoringSetEditController.replaceBands)
    }
}
