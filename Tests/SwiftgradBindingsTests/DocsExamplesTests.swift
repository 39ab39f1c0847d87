import Foundation
import XCTest

/// Runs every ```swift example of docs/bindings.md, each in a fresh session with the engine's
/// builtins, and compares what it does with the blocks under it (the format of docs/language.md).
final class DocsExamplesTests: XCTestCase {
    static let docPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/bindings.md").path

    func testBindingsDocExamplesDoWhatTheyShow() throws {
        let examples = MarkdownExample.parse(try String(contentsOfFile: Self.docPath, encoding: .utf8))
        XCTAssertGreaterThanOrEqual(examples.count, 20, "the document has its examples")
        // For writing the document: SWIFTGRAD_DOCS_ACTUAL=FILE records what each example did.
        var record = ""
        defer {
            if let path = ProcessInfo.processInfo.environment["SWIFTGRAD_DOCS_ACTUAL"] {
                try? record.write(toFile: path, atomically: true, encoding: .utf8)
            }
        }
        for example in examples {
            let here = "docs/bindings.md:\(example.line)"
            XCTAssertFalse(example.blocks.isEmpty, "\(here): an example without an output, result or error block")
            let s = ScriptSession()
            let outcome = s.interpreter.execute(example.code)
            let output = s.host.text, stderr = s.host.stderr
            record += "=== \(here)\n--- output\n\(output)--- stderr\n\(stderr)"
            XCTAssertEqual(output, example.blocks["output"].map { $0.isEmpty ? "" : $0 + "\n" } ?? "", "\(here): output differs")
            XCTAssertEqual(stderr, example.blocks["stderr"].map { $0 + "\n" } ?? "", "\(here): stderr differs")
            switch outcome {
            case let .success(bundle):
                record += "--- result\n\(bundle?.plainText ?? "(none)")\n"
                XCTAssertNil(example.blocks["error"], "\(here): expected an error")
                XCTAssertEqual(bundle?.plainText, example.blocks["result"], "\(here): result differs")
            case let .failure(error):
                record += "--- error\n\(error.description)\n"
                XCTAssertEqual(error.description, example.blocks["error"] ?? "(no error)", "\(here): error differs")
                XCTAssertNil(example.blocks["result"], "\(here): an example with an error has no result")
            }
        }
    }
}
