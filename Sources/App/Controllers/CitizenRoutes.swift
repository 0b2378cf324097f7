import Vapor

/// Đơn thư — one step a person takes on a petition, each posted to its own address.
enum PetitionAction: String, CaseIterable, Sendable {
    case classify = "phan-loai"
    case accept = "thu-ly"
    case decide = "xu-ly"
    case start = "bat-dau"
    case extend = "gia-han"
    case resolve = "giai-quyet"
    case close = "ket-thuc"
    case grantIdentity = "cho-xem-danh-tinh"
}

/// The citizens feature's routes: staff pages, public pages without an account, and the API.
func registerCitizenRoutes(pages: any RoutesBuilder, signedIn: any RoutesBuilder, api: any RoutesBuilder, app: Application) {
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
    signedIn.on(.POST, SiteURL.petitionAttachments(.key).pathComponents, body: .collect(maxSize: "21mb"), use: PetitionAttachmentController.upload)
    signedIn.get(.petitionAttachment(.key), use: PetitionAttachmentController.download)
    signedIn.get(.receptions, use: ReceptionController.index)
    signedIn.post(.receptionSchedules, use: ReceptionController.createSchedule)
    signedIn.post(.receptionSessions, use: ReceptionController.createSession)
    signedIn.get(.deadlineProfiles, use: PetitionRuleController.profiles)
    signedIn.get(.deadlineProfile(.key), use: PetitionRuleController.editProfile)
    signedIn.post(.deadlineProfile(.key), use: PetitionRuleController.saveProfile)
    signedIn.get(.petitionFields, use: PetitionRuleController.fields)
    signedIn.post(.petitionFields, use: PetitionRuleController.addField)
    signedIn.post(.petitionField(.key), use: PetitionRuleController.renameField)
    signedIn.post(.petitionFieldToggle(.key), use: PetitionRuleController.toggleField)
    signedIn.get(.dialogues, use: DialogueController.index)
    signedIn.get(.dialogueNew, use: DialogueController.new)
    signedIn.post(.dialogues, use: DialogueController.create)
    signedIn.get(.dialogue(.key), use: DialogueController.show)

    pages.get(.publicSchedule, use: PublicCitizenController.schedule)
    pages.get(.publicPetitionForm, use: PublicCitizenController.form)
    pages.post(.publicPetitionForm, use: PublicCitizenController.submit)
    pages.get(.publicTracking, use: PublicCitizenController.track)

    api.get("petitions", use: APIPetitionController.index)
    api.post("petitions", use: APIPetitionController.create)
    api.get("petitions", ":id", use: APIPetitionController.show)
    api.post("petitions", ":id", ":action", use: APIPetitionController.act)
    api.get("reception-sessions", use: APIReceptionController.index)
    api.post("reception-sessions", use: APIReceptionController.create)
    api.get("dialogues", use: APIDialogueController.index)
    api.post("dialogues", use: APIDialogueController.create)
    api.get("dialogues", ":id", use: APIDialogueController.show)
    app.grouped("api", "v1", "public").get("petitions", ":code", use: APIPetitionController.publicStatus)
}
