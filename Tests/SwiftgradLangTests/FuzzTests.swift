import Foundation
import MimeBundle
import XCTest
@testable import SwiftgradLang

/// Mutated versions of the reference's examples and the acceptance program must each end in a result
/// or a script error — never a trap, a hang past an interrupt, or a crash of the test process — and
/// is-complete, completion and inspection must answer for them at any cursor.
///
/// Environment (for long local sessions): `SWIFTGRAD_FUZZ_ITERATIONS` (default 2000),
/// `SWIFTGRAD_FUZZ_SEED` (default 1), `SWIFTGRAD_FUZZ_CORPUS` (more programs), `SWIFTGRAD_FUZZ_LOG` (a file that holds the input being run, so
/// the input behind a crash can be recovered).
final class FuzzTests: XCTestCase {
    /// Swallows everything a script writes (an infinite `print` loop must not grow memory).
    final class DiscardingHost: ScriptHost {
        func write(_ text: String, to stream: OutputStreamName) {}
        func display(_ bundle: MimeBundle, id: String?, update: Bool) {}
        func clearOutput(wait: Bool) {}
        func readLine(prompt: String) throws -> String? { nil }
        func page(_ bundle: MimeBundle) {}
    }

    /// The reference's examples and the acceptance program, plus the `.swift` files of the directory
    /// `SWIFTGRAD_FUZZ_CORPUS` names (for long local sessions).
    static func corpus() throws -> [String] {
        let text = try String(contentsOf: DocumentationTests.referenceURL, encoding: .utf8)
        var programs = DocumentationTests.examples(in: text).map(\.code) + [AcceptanceTests.scalarProgram]
        if let dir = ProcessInfo.processInfo.environment["SWIFTGRAD_FUZZ_CORPUS"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: dir) where name.hasSuffix(".swift") {
                programs.append(try String(contentsOfFile: dir + "/" + name, encoding: .utf8))
            }
        }
        return programs
    }

    /// Runs `source`, interrupting it after `budget`; nil if it did not stop within 10 s of the interrupt.
    static func runGuarded(_ interpreter: Interpreter, _ source: String, budget: TimeInterval = 0.2)
        -> Result<MimeBundle?, ScriptError>? {
        final class Box: @unchecked Sendable { var result: Result<MimeBundle?, ScriptError>? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            box.result = interpreter.execute(source, cellName: "<fuzz>")
            done.signal()
        }
        if done.wait(timeout: .now() + budget) == .timedOut {
            interpreter.interrupt()
            guard done.wait(timeout: .now() + 10) == .success else { return nil }
        }
        return box.result
    }

    func testMutatedProgramsEndInAResultOrAScriptError() throws {
        let env = ProcessInfo.processInfo.environment
        let iterations = env["SWIFTGRAD_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 2000
        let seed = env["SWIFTGRAD_FUZZ_SEED"].flatMap(UInt64.init) ?? 1
        let log = env["SWIFTGRAD_FUZZ_LOG"].map { URL(fileURLWithPath: $0) }
        var mutator = FuzzMutator(seed: seed, corpus: try FuzzTests.corpus())
        let host = DiscardingHost()
        var interpreter = Interpreter()
        var kinds: [String: Int] = [:]
        for i in 0..<iterations {
            // A fresh interpreter now and then; in between, cells share state as in a notebook.
            if i % 25 == 0 { interpreter = Interpreter() }
            interpreter.host = host
            let source = mutator.next()
            if let log { try? source.write(to: log, atomically: false, encoding: .utf8) }
            guard let outcome = FuzzTests.runGuarded(interpreter, source) else {
                return XCTFail("input \(i) (seed \(seed)) did not stop after an interrupt:\n\(source)")
            }
            if case let .failure(e) = outcome { kinds[e.kind, default: 0] += 1 } else { kinds["ok", default: 0] += 1 }
            // The kernel's services see the same text, with any cursor a client might send.
            let cursor = mutator.random.below(source.unicodeScalars.count + 6) - 3
            _ = interpreter.isComplete(source)
            _ = interpreter.complete(source, cursor: cursor)
            _ = interpreter.inspect(source, cursor: cursor, detailLevel: mutator.random.below(2))
        }
        // The mutations must reach past the parser: some inputs run, some fail at run time.
        XCTAssertGreaterThan(kinds["ok", default: 0], iterations / 20, "\(kinds)")
        XCTAssertGreaterThan(kinds["SyntaxError", default: 0], iterations / 20, "\(kinds)")
        XCTAssertGreaterThan(kinds.keys.count, 5, "\(kinds)")
        if env["SWIFTGRAD_FUZZ_ITERATIONS"] != nil { print("fuzz outcomes:", kinds.sorted { $0.value > $1.value }) }
    }
}
