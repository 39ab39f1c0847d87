import Foundation
import XCTest
import ScriptTestSupport
@testable import SwiftgradLang

/// Runs every example of `docs/language.md` and compares it with the output shown under it.
///
/// The format: a ```` ```swift ```` block is an example; the fenced blocks right after it say what it
/// does: ```` ```output ```` (exactly what it prints; absent means it prints nothing), ```` ```result ````
/// (the text of the cell's result), ```` ```error ```` (the error as `Kind: message` plus traceback
/// lines), ```` ```stderr ```` (what `eprint` wrote), ```` ```page ```` (what `help` showed in the pager),
/// ```` ```input ```` (lines `readLine()` reads).
/// Each example runs in a fresh interpreter, as cell `<cell>`.
final class DocumentationTests: XCTestCase {
    typealias Example = DocExample

    static let expectationKinds: Set<String> = ["output", "result", "error", "stderr", "input", "page"]

    static var referenceURL: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/language.md")
    }

    /// The examples of a markdown text, each with the expectation blocks that follow it.
    static func examples(in markdown: String) -> [Example] {
        DocExample.parse(markdown, kinds: expectationKinds)
    }

    func testTheReferenceHasExamplesOfEveryTopic() throws {
        let text = try String(contentsOf: DocumentationTests.referenceURL, encoding: .utf8)
        let examples = DocumentationTests.examples(in: text)
        XCTAssertGreaterThanOrEqual(examples.count, 40)
        for topic in ["Cells", "Int and Double", "Optionals", "Closures", "Classes", "Structs", "Enums",
                      "Control flow", "Errors", "Recursion limit", "Interrupts", "Memory"] {
            XCTAssertTrue(text.contains("## \(topic)") || text.contains("### \(topic)"), "no section on \(topic)")
        }
        XCTAssertTrue(text.contains("\(Runtime.maxCallDepth)") || text.contains("10 000") || text.contains("10,000"),
                      "the documented recursion limit is not Runtime.maxCallDepth")
    }

    func testEveryExampleInTheReferencePrintsWhatItShows() throws {
        let text = try String(contentsOf: DocumentationTests.referenceURL, encoding: .utf8)
        for example in DocumentationTests.examples(in: text) {
            let where_ = "docs/language.md:\(example.line)"
            XCTAssertFalse(Set(example.blocks.keys).subtracting(["input", "page"]).isEmpty,
                           "\(where_): an example without an output, result or error block")
            let s = Session()
            if let input = example.blocks["input"] { s.host.input = input.components(separatedBy: "\n") }
            let outcome = s.interpreter.execute(example.code)
            let shownOutput = example.blocks["output"].map { $0.isEmpty ? "" : $0 + "\n" } ?? ""
            XCTAssertEqual(s.host.stdout, shownOutput, "\(where_): output differs")
            XCTAssertEqual(s.host.stderr, example.blocks["stderr"].map { $0 + "\n" } ?? "", "\(where_): stderr differs")
            XCTAssertEqual(s.host.pages.map(\.plainText).joined(separator: "\n"), example.blocks["page"] ?? "",
                           "\(where_): pager text differs")
            switch outcome {
            case let .success(bundle):
                XCTAssertNil(example.blocks["error"], "\(where_): expected an error")
                XCTAssertEqual(bundle?.plainText, example.blocks["result"], "\(where_): result differs")
            case let .failure(error):
                XCTAssertEqual(error.description, example.blocks["error"] ?? "(no error)", "\(where_): error differs")
                XCTAssertNil(example.blocks["result"], "\(where_): an example with an error has no result")
            }
        }
    }
}
