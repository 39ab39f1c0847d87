import Foundation
import MimeBundle
import XCTest
@testable import JupyterKernel

final class HeaderAndJSONTextTests: XCTestCase {
    func testNowIsISO8601WithMicrosecondsInUTC() throws {
        let text = Header.now()
        XCTAssertNotNil(text.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$"#, options: .regularExpression), text)
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        // ISO8601DateFormatter reads milliseconds only: drop the last three digits.
        let millis = String(text.dropLast(4)) + "Z"
        let date = try XCTUnwrap(parser.date(from: millis), millis)
        XCTAssertEqual(date.timeIntervalSinceNow, 0, accuracy: 5)
    }

    func testStringsAreEscapedOnlyWhereJSONNeedsIt() throws {
        let plain = JSONValue.string("kernel_info_reply é ∂")
        let escaped = JSONValue.string("a \"quote\", a \\ and\ttab\nnew line \u{1}")
        for value in [plain, escaped] {
            let text = value.serialized
            let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
            guard case let .string(original) = value else { return XCTFail() }
            XCTAssertEqual(parsed as? String, original, text)
        }
        XCTAssertEqual(plain.serialized, "\"kernel_info_reply é ∂\"")
    }
}
