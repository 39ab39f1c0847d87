import Foundation
import XCTest

/// Runs every ```swift example of docs/bindings.md in order, in one session (state carries over as
/// in a notebook), and compares what it prints with the ```output block under it.
final class DocsExamplesTests: XCTestCase {
    static let docPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/bindings.md").path

    func testBindingsDocExamplesPrintTheirOutput() throws {
        let markdown = try String(contentsOfFile: Self.docPath, encoding: .utf8)
        let examples = MarkdownExample.parse(markdown)
        XCTAssertGreaterThanOrEqual(examples.count, 20, "the document has its examples")
        XCTAssertGreaterThan(examples.filter { $0.expectedOutput != nil }.count, 15)
        let s = ScriptSession()
        // For writing the document: SWIFTGRAD_DOCS_ACTUAL=FILE records what each example printed.
        var record = ""
        defer {
            if let path = ProcessInfo.processInfo.environment["SWIFTGRAD_DOCS_ACTUAL"] {
                try? record.write(toFile: path, atomically: true, encoding: .utf8)
            }
        }
        for example in examples {
            s.host.reset()
            var text: String
            do {
                let result = try s.run(example.code)
                text = s.host.text
                if let result { text += result.plainText + "\n" }
            } catch {
                XCTFail("docs/bindings.md:\(example.line): the example fails:\n\(error)")
                continue
            }
            let actual = text.hasSuffix("\n") ? String(text.dropLast()) : text
            record += "=== line \(example.line)\n\(actual)\n"
            guard let expected = example.expectedOutput else { continue }
            XCTAssertEqual(actual, expected, "docs/bindings.md:\(example.line): the output differs; it printed:\n\(actual)")
        }
    }
}
