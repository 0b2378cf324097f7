import DanVanCore
import Vapor

/// An error a person or an API client can act on: a stable code, a Vietnamese message, an HTTP status.
public struct AppError: AbortError, Equatable {
    public let code: String
    public let message: String
    public let status: HTTPResponseStatus

    public init(_ status: HTTPResponseStatus, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    public var reason: String { message }

    public static func notFound(_ what: String = "Trang") -> AppError {
        AppError(.notFound, code: "not_found", message: "\(what) không tồn tại hoặc đã bị xóa.")
    }

    public static func invalid(_ message: String, code: String = "invalid_input") -> AppError {
        AppError(.unprocessableEntity, code: code, message: message)
    }

    public static let unauthenticated = AppError(.unauthorized, code: "unauthenticated", message: "Bạn cần đăng nhập để tiếp tục.")
    public static let forbidden = AppError(.forbidden, code: "forbidden", message: "Bạn không có quyền thực hiện thao tác này.")
    public static let outsideScope = AppError(.forbidden, code: "outside_scope", message: "Đơn vị này nằm ngoài phạm vi đơn vị của bạn.")
    /// A body over the limit that applies to it; the message states that limit.
    public static func tooLarge(limit: Int, upload: Bool) -> AppError {
        let kept = " Những gì đã lưu trước đó không bị ảnh hưởng; hãy chọn tệp nhỏ hơn rồi gửi lại."
        return AppError(.payloadTooLarge, code: "payload_too_large", message: upload
            ? "Dữ liệu gửi lên vượt quá dung lượng cho phép: mỗi tệp tối đa \(UploadLimits.label(UploadLimits.document)), "
                + "cả biểu mẫu tối đa \(UploadLimits.label(limit))." + kept
            : "Dữ liệu gửi lên vượt quá dung lượng cho phép (tối đa \(UploadLimits.label(limit)))." + kept)
    }

    public static let csrf = AppError(.forbidden, code: "csrf_failed", message: "Phiên làm việc của biểu mẫu đã hết hạn. Vui lòng tải lại trang và gửi lại.")
}

extension HTTPResponseStatus {
    /// Stable API code and Vietnamese message for errors raised by Vapor itself (routing, body limits, decoding).
    var defaultError: (code: String, message: String) {
        switch code {
        case 400: return ("bad_request", "Yêu cầu không hợp lệ.")
        case 401: return ("unauthenticated", "Bạn cần đăng nhập để tiếp tục.")
        case 403: return ("forbidden", "Bạn không có quyền thực hiện thao tác này.")
        case 404: return ("not_found", "Không tìm thấy trang bạn yêu cầu.")
        case 405: return ("method_not_allowed", "Phương thức này không được hỗ trợ cho địa chỉ này.")
        case 413: return ("payload_too_large", AppError.tooLarge(limit: UploadLimits.uploadRequest, upload: true).message)
        case 415: return ("unsupported_media_type", "Định dạng dữ liệu không được hỗ trợ.")
        case 422: return ("invalid_input", "Dữ liệu không hợp lệ.")
        case 429: return ("too_many_requests", "Bạn thao tác quá nhiều lần. Vui lòng thử lại sau.")
        default: return code >= 500
            ? ("internal_error", "Hệ thống gặp lỗi. Dữ liệu của bạn chưa bị thay đổi; vui lòng thử lại sau.")
            : ("error", reasonPhrase)
        }
    }
}
