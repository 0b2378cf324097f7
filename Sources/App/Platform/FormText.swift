import DanVanCore
import Vapor

extension Request {
    /// A posted form field as people mean it: NFC, without surrounding spaces; "" when absent.
    func formText(_ key: String) -> String {
        VietnameseText.nfc(((try? content.get(String.self, at: key)) ?? "").trimmingCharacters(in: .whitespaces))
    }
}
