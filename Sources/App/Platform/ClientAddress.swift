import Vapor

extension Request {
    /// The client's IP address for rate limits. Behind a reverse proxy listed in `DANVAN_TRUSTED_PROXIES`, the address the
    /// proxy put last in `X-Forwarded-For`; otherwise the socket's peer, so a client cannot choose its own address.
    var clientAddress: String {
        let peer = remoteAddress?.ipAddress ?? "unknown"
        guard application.config.trustedProxies.contains(peer),
            let forwarded = headers.first(name: .xForwardedFor)?.split(separator: ",").last?.trimmingCharacters(in: .whitespaces),
            !forwarded.isEmpty
        else { return peer }
        return forwarded
    }
}
