import XCTest
@testable import JupyterKernel

final class MessageSignerTests: XCTestCase {
    private let parts = ["{\"msg_id\":\"1\"}", "{}", "{}", "{\"code\":\"1+1\"}"].map { Array($0.utf8) }

    /// Reference value computed with Python: hmac.new(b"secret", b"".join(parts), hashlib.sha256).hexdigest()
    func testMatchesPythonHMAC() {
        let signer = MessageSigner(key: "secret")
        XCTAssertEqual(signer.sign(parts), "8b401df890f3e1a0a11fe0065dc9c527656a04e4c12230f675f0a5b83a2f600c")
    }

    func testSignatureIsLowercaseHex() {
        let signature = MessageSigner(key: "k").sign(parts)
        XCTAssertEqual(signature.count, 64)
        XCTAssertTrue(signature.allSatisfy { "0123456789abcdef".contains($0) })
    }

    func testVerifyAcceptsOwnSignatureAndRejectsTampering() {
        let signer = MessageSigner(key: "secret")
        let signature = signer.sign(parts)
        XCTAssertTrue(signer.verify(signature, parts: parts))
        var tampered = parts
        tampered[3] = Array("{\"code\":\"2+2\"}".utf8)
        XCTAssertFalse(signer.verify(signature, parts: tampered))
        XCTAssertFalse(signer.verify(signature.uppercased(), parts: parts))
        XCTAssertFalse(signer.verify("", parts: parts))
        XCTAssertFalse(signer.verify(String(signature.dropLast()), parts: parts))
    }

    func testEmptyKeyDisablesSigning() {
        let signer = MessageSigner(key: "")
        XCTAssertFalse(signer.isEnabled)
        XCTAssertEqual(signer.sign(parts), "")
        XCTAssertTrue(signer.verify("", parts: parts))
    }
}
