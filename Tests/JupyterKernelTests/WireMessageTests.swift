import XCTest
@testable import JupyterKernel

final class WireMessageTests: XCTestCase {
    private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    func testSplitsIdentitiesDelimiterAndParts() throws {
        let frames = [bytes("id1"), bytes("id2"), bytes("<IDS|MSG>"), bytes("abc"),
                      bytes("{\"h\":1}"), bytes("{}"), bytes("{\"m\":2}"), bytes("{\"c\":3}")]
        let wire = try WireMessage(frames: frames)
        XCTAssertEqual(wire.identities, [bytes("id1"), bytes("id2")])
        XCTAssertEqual(wire.signature, "abc")
        XCTAssertEqual(wire.header, bytes("{\"h\":1}"))
        XCTAssertEqual(wire.parentHeader, bytes("{}"))
        XCTAssertEqual(wire.metadata, bytes("{\"m\":2}"))
        XCTAssertEqual(wire.content, bytes("{\"c\":3}"))
        XCTAssertEqual(wire.buffers, [])
        XCTAssertEqual(wire.frames, frames)
    }

    func testToleratesExtraBuffers() throws {
        let frames = [bytes("<IDS|MSG>"), bytes(""), bytes("{}"), bytes("{}"), bytes("{}"), bytes("{}"),
                      [0, 1, 2], [255]]
        let wire = try WireMessage(frames: frames)
        XCTAssertEqual(wire.identities, [])
        XCTAssertEqual(wire.buffers, [[0, 1, 2], [255]])
        XCTAssertEqual(wire.frames, frames)
    }

    func testRejectsMissingDelimiter() {
        XCTAssertThrowsError(try WireMessage(frames: [bytes("id"), bytes("sig"), bytes("{}")])) {
            XCTAssertEqual($0 as? WireMessage.DecodeError, .noDelimiter)
        }
    }

    func testRejectsTooFewFrames() {
        XCTAssertThrowsError(try WireMessage(frames: [bytes("<IDS|MSG>"), bytes("sig"), bytes("{}"), bytes("{}")])) {
            XCTAssertEqual($0 as? WireMessage.DecodeError, .tooFewFrames(3))
        }
    }
}
