import Vapor
import Views

/// Đơn thư: staff pages (intake, workflow, attachments, statistics, time-limit rules, fields), the public pages
/// without an account, and the API.
func registerPetitionRoutes(_ routes: RouteGroups) {
    let (signedIn, pages, api) = (routes.signedIn, routes.pages, routes.api)
    signedIn.get(.petitions, use: PetitionController.index)
    signedIn.get(.petitionNew, use: PetitionController.new)
    signedIn.get(.petitionStatistics, use: PetitionStatisticsController.show)
    signedIn.get(.petitionStatisticsExport, use: PetitionStatisticsController.export)
    signedIn.post(.petitions, use: PetitionController.create)
    signedIn.get(.petition(.key), use: PetitionController.show)
    for action in PetitionAction.allCases {
        signedIn.post(.petitionAction(.key, action)) { req in try await PetitionController.act(req, action) }
    }
    // A 10 MB file limit with its own message; the body may be a little larger so that message, not a bare 413, answers.
    signedIn.on(.POST, .petitionAttachments(.key), body: .collect(maxSize: .upload), use: PetitionAttachmentController.upload)
    signedIn.get(.petitionAttachment(.key), use: PetitionAttachmentController.download)
    signedIn.get(.deadlineProfiles, use: PetitionRuleController.profiles)
    signedIn.get(.deadlineProfile(.key), use: PetitionRuleController.editProfile)
    signedIn.post(.deadlineProfile(.key), use: PetitionRuleController.saveProfile)
    signedIn.get(.petitionFields, use: PetitionRuleController.fields)
    signedIn.post(.petitionFields, use: PetitionRuleController.addField)
    signedIn.post(.petitionField(.key), use: PetitionRuleController.renameField)
    signedIn.post(.petitionFieldToggle(.key), use: PetitionRuleController.toggleField)

    pages.get(.publicSchedule, use: PublicCitizenController.schedule)
    pages.get(.publicPetitionForm, use: PublicCitizenController.form)
    pages.post(.publicPetitionForm, use: PublicCitizenController.submit)
    pages.get(.publicTracking, use: PublicCitizenController.track)

    api.get(.petitions, use: APIPetitionController.index)
    api.post(.petitions, use: APIPetitionController.create)
    api.get(.petition(.key), use: APIPetitionController.show)
    api.post(.petitionAction(.key, action: ":action"), use: APIPetitionController.act)
    routes.publicAPI.get(.publicPetitionStatus(code: ":code"), use: APIPetitionController.publicStatus)
}
