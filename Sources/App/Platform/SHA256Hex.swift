import Crypto
import Foundation

extension SHA256 {
    /// The SHA-256 of `data` as 64 lowercase hex digits: how session keys, API tokens and stored files are named in the
    /// database and on disk, so its spelling must not change. Written through a table: `String(format:)` per byte showed
    /// in every signed-in request's profile.
    static func lowercaseHex<D: DataProtocol>(of data: D) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in hash(data: data) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
