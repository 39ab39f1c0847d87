import XCTest
import MimeBundle
@testable import JupyterKernel

final class MessageCodecTests: XCTestCase {
    private func request(_ type: String, content: JSONValue = .object([])) -> Message {
        Message(identities: [Array("client".utf8)], header: Header(session: "s", msgType: type), content: content)
    }

    func testRoundTripKeepsHeaderContentAndIdentities() throws {
        let sender = MessageCodec(key: "key")
        let receiver = MessageCodec(key: "key")
        let original = request("execute_request", content: .object([("code", .string("print(\"hé\")")), ("silent", .bool(false))]))
        let decoded = try receiver.decode(sender.encode(original))
        XCTAssertEqual(decoded.header, original.header)
        XCTAssertEqual(decoded.identities, original.identities)
        XCTAssertEqual(decoded.content.string("code"), "print(\"hé\")")
        XCTAssertEqual(decoded.content.bool("silent", default: true), false)
    }

    func testDropsWrongKeyAndReplays() throws {
        let frames = MessageCodec(key: "other").encode(request("kernel_info_request"))
        XCTAssertThrowsError(try MessageCodec(key: "key").decode(frames))

        let receiver = MessageCodec(key: "key")
        let good = MessageCodec(key: "key").encode(request("kernel_info_request"))
        XCTAssertNoThrow(try receiver.decode(good))
        XCTAssertThrowsError(try receiver.decode(good)) {
            guard case .replayed? = $0 as? MessageCodec.Rejection else { return XCTFail("\($0)") }
        }
    }

    func testDropsMissingSignatureAndMalformedJSON() {
        var wire = try! WireMessage(frames: MessageCodec(key: "key").encode(request("kernel_info_request")))
        wire.signature = ""
        XCTAssertThrowsError(try MessageCodec(key: "key").decode(wire.frames))

        let signer = MessageSigner(key: "key")
        var broken = wire
        broken.header = Array("{not json".utf8)
        broken.signature = signer.sign(broken.signedParts)
        XCTAssertThrowsError(try MessageCodec(key: "key").decode(broken.frames)) {
            guard case .malformed? = $0 as? MessageCodec.Rejection else { return XCTFail("\($0)") }
        }
    }
}
