import DanVanCore
import Vapor
import Views

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
        AppError(.notFound, code: "not_found", message: L10n.Platform.khongTonTaiHoacDaBi(what))
    }

    public static func invalid(_ message: String, code: String = "invalid_input") -> AppError {
        AppError(.unprocessableEntity, code: code, message: message)
    }

    public static let unauthenticated = AppError(.unauthorized, code: "unauthenticated", message: L10n.Platform.banCanDangNhapDeTiep)
    public static let forbidden = AppError(.forbidden, code: "forbidden", message: L10n.Platform.banKhongCoQuyenThucHien)
    public static let outsideScope = AppError(.forbidden, code: "outside_scope", message: L10n.Platform.donViNayNamNgoaiPham)
    /// A body over the limit that applies to it; the message states that limit.
    public static func tooLarge(limit: Int, upload: Bool) -> AppError {
        let kept = L10n.Platform.nhungGiDaLuuTruocDo
        return AppError(
            .payloadTooLarge, code: "payload_too_large",
            message: upload
                ? L10n.Platform.duLieuGuiLenVuotQua(UploadLimits.label(UploadLimits.document))
                    + L10n.Platform.caBieuMauToiDa(UploadLimits.label(limit)) + kept
                : L10n.Platform.duLieuGuiLenVuotQuaToiDa(UploadLimits.label(limit)) + kept)
    }

    public static let csrf = AppError(.forbidden, code: "csrf_failed", message: L10n.Platform.phienLamViecCuaBieuMau)
    public static let nulCharacter = AppError(.badRequest, code: "nul_character", message: L10n.Platform.coKyTuKhongHopLe)
}

extension HTTPResponseStatus {
    /// Stable API code and Vietnamese message for errors raised by Vapor itself (routing, body limits, decoding).
    var defaultError: (code: String, message: String) {
        switch code {
        case 400: return ("bad_request", L10n.Platform.yeuCauKhongHopLe)
        case 401: return ("unauthenticated", L10n.Platform.banCanDangNhapDeTiep)
        case 403: return ("forbidden", L10n.Platform.banKhongCoQuyenThucHien)
        case 404: return ("not_found", L10n.Platform.khongTimThayTrangBanYeu)
        case 405: return ("method_not_allowed", L10n.Platform.phuongThucNayKhongDuocHo)
        case 413: return ("payload_too_large", AppError.tooLarge(limit: UploadLimits.uploadRequest, upload: true).message)
        case 415: return ("unsupported_media_type", L10n.Platform.dinhDangDuLieuKhongDuoc)
        case 422: return ("invalid_input", L10n.Platform.duLieuKhongHopLe)
        case 429: return ("too_many_requests", L10n.Platform.banThaoTacQuaNhieuLan)
        default:
            return code >= 500
                ? ("internal_error", L10n.Platform.heThongGapLoiDuLieu)
                : ("error", reasonPhrase)
        }
    }
}
