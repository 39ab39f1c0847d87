import Foundation
import MimeBundle
import XCTest
@testable import SwiftgradLang

/// A `ScriptHost` that records what a script writes, displays and pages.
final class RecordingHost: ScriptHost {
    private let lock = NSLock()
    private var _stdout = ""
    private var _stderr = ""
    private(set) var displays: [MimeBundle] = []
    private(set) var pages: [MimeBundle] = []
    /// Lines `readLine()` returns, first to last (nil when exhausted).
    var input: [String] = []

    var stdout: String { lock.withLock { _stdout } }
    var stderr: String { lock.withLock { _stderr } }

    func write(_ text: String, to stream: OutputStreamName) {
        lock.withLock {
            if stream == .stdout { _stdout += text } else { _stderr += text }
        }
    }
    func display(_ bundle: MimeBundle, id: String?, update: Bool) { lock.withLock { displays.append(bundle) } }
    func clearOutput(wait: Bool) {}
    func readLine(prompt: String) throws -> String? { lock.withLock { input.isEmpty ? nil : input.removeFirst() } }
    func page(_ bundle: MimeBundle) { lock.withLock { pages.append(bundle) } }
    func resetOutput() { lock.withLock { _stdout = ""; _stderr = "" } }
}

/// One interpreter with its recording host: runs cells like the kernel does.
final class Session {
    let interpreter = Interpreter()
    let host = RecordingHost()

    init() { interpreter.host = host }

    /// Runs a cell; returns what it printed (stdout) and its result's text, or fails the test on an error.
    @discardableResult
    func run(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> (output: String, result: String?) {
        host.resetOutput()
        switch interpreter.execute(source) {
        case let .success(bundle):
            return (host.stdout, bundle?.plainText)
        case let .failure(error):
            XCTFail("unexpected error: \(error)\noutput so far: \(host.stdout)", file: file, line: line)
            return (host.stdout, nil)
        }
    }

    /// Runs a cell that must fail; returns the error (or fails the test).
    func error(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> ScriptError? {
        host.resetOutput()
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
    func assertPrints(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let out = Session().run(source, file: file, line: line).output
        XCTAssertEqual(out, expected, file: file, line: line)
    }

    /// Runs `source` in a fresh interpreter and checks the error kind (and optionally a message fragment).
    @discardableResult
    func assertFails(_ source: String, kind: String, message: String? = nil,
                     file: StaticString = #filePath, line: UInt = #line) -> ScriptError? {
        guard let e = Session().error(source, file: file, line: line) else { return nil }
        XCTAssertEqual(e.kind, kind, "\(e)", file: file, line: line)
        if let message {
            XCTAssertTrue(e.message.contains(message), "message '\(e.message)' lacks '\(message)'", file: file, line: line)
        }
        return e
    }
}
