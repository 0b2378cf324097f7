import Vapor
import Views

extension Request {
    /// Leaves a message for the next page this session sees.
    func flash(_ kind: FlashMessage.Kind, _ text: String) {
        session.data["flash_" + kind.rawValue] = text
    }

    /// Takes the waiting messages; each shows once.
    func takeFlashes() -> [FlashMessage] {
        var messages: [FlashMessage] = []
        for kind in [FlashMessage.Kind.success, .error] {
            if let text = session.data["flash_" + kind.rawValue] {
                messages.append(FlashMessage(kind, text))
                session.data["flash_" + kind.rawValue] = nil
            }
        }
        return messages
    }
}
