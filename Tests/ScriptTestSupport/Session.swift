import MimeBundle
import SwiftgradLang
import XCTest

/// One interpreter with its recording host, running cells as the kernel does; a cell that fails where
/// it should run (or runs where it should fail) fails the test. The language tests use it.
public final class Session {
    public let interpreter = Interpreter()
    public let host = RecordingHost()

    public init() { interpreter.host = host }

    /// Runs a cell; returns what it printed (stdout) and its result's text, or fails the test on an error.
    @discardableResult
    public func run(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> (output: String, result: String?) {
        host.reset()
        switch interpreter.execute(source) {
        case let .success(bundle):
            return (host.stdout, bundle?.plainText)
        case let .failure(error):
            XCTFail("unexpected error: \(error)\noutput so far: \(host.stdout)", file: file, line: line)
            return (host.stdout, nil)
        }
    }

    /// Runs a cell that must fail; returns the error (or fails the test).
    public func error(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> ScriptError? {
        host.reset()
        switch interpreter.execute(source) {
        case let .success(bundle):
            XCTFail("expected an error, got result \(bundle?.plainText ?? "none") and output \(host.stdout)",
                    file: file, line: line)
            return nil
        case let .failure(error):
            return error
        }
    }
}

extension XCTestCase {
    /// Runs `source` in a fresh interpreter and compares what it prints with `expected`.
    public func assertPrints(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let out = Session().run(source, file: file, line: line).output
        XCTAssertEqual(out, expected, file: file, line: line)
    }

    /// Runs `source` in a fresh interpreter and checks the error kind (and optionally a message fragment).
    @discardableResult
    public func assertFails(_ source: String, kind: String, message: String? = nil,
                            file: StaticString = #filePath, line: UInt = #line) -> ScriptError? {
        guard let e = Session().error(source, file: file, line: line) else { return nil }
        XCTAssertEqual(e.kind, kind, "\(e)", file: file, line: line)
        if let message {
            XCTAssertTrue(e.message.contains(message), "message '\(e.message)' lacks '\(message)'", file: file, line: line)
        }
        return e
    }
}
