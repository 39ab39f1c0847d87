import Crypto

/// HMAC-SHA256 signatures over the four JSON parts of a message, as lowercase hex.
/// An empty key disables signing (the spec's "no authentication": empty signatures).
public struct MessageSigner {
    private let key: SymmetricKey?

    public init(key: String) {
        self.key = key.isEmpty ? nil : SymmetricKey(data: Array(key.utf8))
    }

    public var isEnabled: Bool { key != nil }

    /// The signature of the parts (empty when signing is disabled).
    public func sign(_ parts: [[UInt8]]) -> String {
        guard let key else { return "" }
        var hmac = HMAC<SHA256>(key: key)
        for part in parts { hmac.update(data: part) }
        return hexString(Array(hmac.finalize()))
    }

    /// Whether `signature` is the right one for the parts, compared in constant time.
    /// With signing enabled, an empty or malformed signature is wrong.
    public func verify(_ signature: String, parts: [[UInt8]]) -> Bool {
        guard isEnabled else { return true }
        let expected = Array(sign(parts).utf8)
        let given = Array(signature.utf8)
        guard given.count == expected.count else { return false }
        var difference: UInt8 = 0
        for i in 0..<expected.count { difference |= expected[i] ^ given[i] }
        return difference == 0
    }

    private func hexString(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
