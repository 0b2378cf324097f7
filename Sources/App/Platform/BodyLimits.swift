import DanVanCore
import Vapor

extension Request {
    var isMultipart: Bool { headers.contentType?.type == "multipart" }

    /// The largest body this request may send: a multipart upload may carry the largest file and its form,
    /// anything else the configured limit (DANVAN_MAX_BODY).
    var bodyLimit: Int {
        isMultipart ? max(application.config.maxBodySize.value, UploadLimits.uploadRequest) : application.config.maxBodySize.value
    }
}

extension ByteCount {
    /// What an upload route collects: the largest file and its form (`UploadLimits.uploadRequest`).
    static let upload = ByteCount(value: UploadLimits.uploadRequest)
}
