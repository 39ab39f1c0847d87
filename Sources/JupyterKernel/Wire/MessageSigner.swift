import Crypto

/// HMAC signatures over the four JSON parts of a message, as lowercase hex, with the connection
/// file's `signature_scheme` (`hmac-sha256` by default; jupyter_client accepts any `hmac-<hashlib
/// name>`, of which swift-crypto provides md5, sha1, sha256, sha384 and sha512).
/// An empty key disables signing (the spec's "no authentication": empty signatures).
public struct MessageSigner {
    /// The hash behind the HMAC.
    public enum Scheme: String, CaseIterable {
        case md5 = "hmac-md5", sha1 = "hmac-sha1", sha256 = "hmac-sha256", sha384 = "hmac-sha384", sha512 = "hmac-sha512"

        public init?(_ name: String) { self.init(rawValue: name.lowercased()) }

        public static var names: [String] { allCases.map(\.rawValue) }
    }

    private let key: SymmetricKey?
    private let scheme: Scheme

    /// `scheme` must be one of `Scheme.names` (the connection file is checked when read); anything
    /// else falls back to hmac-sha256.
    public init(key: String, scheme: String = "hmac-sha256") {
        self.key = key.isEmpty ? nil : SymmetricKey(data: Array(key.utf8))
        self.scheme = Scheme(scheme) ?? .sha256
    }

    public var isEnabled: Bool { key != nil }

    /// The signature of the parts (empty when signing is disabled).
    public func sign(_ parts: [[UInt8]]) -> String {
        guard let key else { return "" }
        switch scheme {
        case .md5: return mac(Insecure.MD5.self, key, parts)
        case .sha1: return mac(Insecure.SHA1.self, key, parts)
        case .sha256: return mac(SHA256.self, key, parts)
        case .sha384: return mac(SHA384.self, key, parts)
        case .sha512: return mac(SHA512.self, key, parts)
        }
    }

    private func mac<H: HashFunction>(_ hash: H.Type, _ key: SymmetricKey, _ parts: [[UInt8]]) -> String {
        var hmac = HMAC<H>(key: key)
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
