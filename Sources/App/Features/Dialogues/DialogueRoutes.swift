import Vapor

/// Đối thoại: the dialogue pages and the API.
func registerDialogueRoutes(_ routes: RouteGroups) {
    routes.signedIn.get(.dialogues, use: DialogueController.index)
    routes.signedIn.get(.dialogueNew, use: DialogueController.new)
    routes.signedIn.post(.dialogues, use: DialogueController.create)
    routes.signedIn.get(.dialogue(.key), use: DialogueController.show)
    routes.api.get(.dialogues, use: APIDialogueController.index)
    routes.api.post(.dialogues, use: APIDialogueController.create)
    routes.api.get(.dialogue(.key), use: APIDialogueController.show)
}
