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
    pages.on(.POST, .scoringSetImport, body: .collect(maxSize: .upload), use: ScoringController.importSet)
    pages.on(.POST, .scoringSetImportConfirm, body: .collect(maxSize: .upload), use: ScoringController.confirmImport)
    pages.get(.scoringSetCSV(.key), use: ScoringController.setCSV)
    pages.get(.scoringRoundNew, use: ScoringController.newRound)
    pages.post(.scoringRounds, use: ScoringController.createRound)
    pages.get(.scoringRound(.key), use: ScoringController.round)
    pages.get(.scoringRoundXlsx(.key), use: ScoringController.xlsx)
    pages.get(.scoringRoundDocx(.key), use: ScoringController.docx)
    pages.get(.scoringSheet(.key), use: ScoringSheetController.show)
    pages.post(.scoringSheet(.key), use: ScoringSheetController.save)
    pages.post(.scoringSheetRefresh(.key), use: ScoringSheetController.refresh)
    pages.on(.POST, .scoringSheetEvidence(.key), body: .collect(maxSize: .upload), use: ScoringSheetController.evidence)
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
        api.get(.scoringSets, use: APIScoringController.sets)
        api.get(.scoringSet(.key), use: APIScoringController.set)
        api.get(.scoringRounds, use: APIScoringController.rounds)
        api.get(.scoringRoundResults(.key), use: APIScoringController.results)
        api.get(.scoringSheet(.key), use: APIScoringController.sheet)
        api.post(.scoringSheetSelfAssessment(.key), use: APIScoringController.selfAssess)
        api.post(.scoringSheetRecordLinks(.key), use: APIScoringController.addRecordLink)
        api.get(.scoringSheetRecordLinks(.key), use: APIScoringController.recordLinks)
        api.delete(.scoringSheetRecordLink(.key, link: ":link"), use: APIScoringController.removeRecordLink)
        api.on(.POST, .scoringSetImport, body: .collect(maxSize: .upload), use: APIScoringSetEditController.importDraft)
        api.post(.scoringSets, use: APIScoringSetEditController.create)
        api.post(.scoringSetCriteria(.key), use: APIScoringSetEditController.addCriterion)
        api.put(.scoringSetCriterion(.key, code: ":code"), use: APIScoringSetEditController.updateCriterion)
        api.delete(.scoringSetCriterion(.key, code: ":code"), use: APIScoringSetEditController.removeCriterion)
        api.put(.scoringSetBands(.key), use: APIScoringSetEditController.replaceBands)
    }
}
