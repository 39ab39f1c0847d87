import Foundation
import MimeBundle
import SwiftgradLang
import XCTest

/// One interpreter with builtins installed and a recording host, as the kernel and `swiftgrad run` make
/// it; script errors throw. Tests run real scripts through it and read results back as text (the
/// bindings' tests install the engine's builtins).
public final class ScriptSession {
    public struct Failure: Error, CustomStringConvertible {
        public let error: ScriptError
        public var description: String { "\(error.kind): \(error.message)\n" + error.traceback.joined(separator: "\n") }
    }

    public let interpreter = Interpreter()
    public let host = RecordingHost()

    public init(installing install: (Interpreter) -> Void) {
        interpreter.host = host
        install(interpreter)
    }

    /// Runs a cell; returns the display of its final expression (nil if none). Script errors throw.
    @discardableResult
    public func run(_ source: String) throws -> MimeBundle? {
        switch interpreter.execute(source) {
        case let .success(bundle): return bundle
        case let .failure(error): throw Failure(error: error)
        }
    }

    /// The text/plain form of an expression's value.
    public func text(_ expression: String) throws -> String {
        guard let bundle = try run(expression) else { throw NSError(domain: "no value: \(expression)", code: 1) }
        return bundle.plainText
    }

    /// An expression that evaluates to a number (Int, Double, or a Value's data via `.data`).
    public func number(_ expression: String, file: StaticString = #filePath, line: UInt = #line) throws -> Double {
        let t = try text(expression)
        guard let d = Double(t) else {
            XCTFail("\(expression) is not a number: \(t)", file: file, line: line)
            return .nan
        }
        return d
    }

    /// An expression that evaluates to an array of numbers (or a tuple of them).
    public func numbers(_ expression: String, file: StaticString = #filePath, line: UInt = #line) throws -> [Double] {
        let t = try text(expression).trimmingCharacters(in: CharacterSet(charactersIn: "[]()"))
        if t.isEmpty { return [] }
        return t.split(separator: ",").map { part in
            let s = part.split(separator: ":").last.map(String.init) ?? String(part)
            guard let d = Double(s.trimmingCharacters(in: .whitespaces)) else {
                XCTFail("\(expression): \(part) is not a number", file: file, line: line)
                return .nan
            }
            return d
        }
    }

    /// What `print(expression)` writes (strings without their quotes).
    public func string(_ expression: String) throws -> String {
        host.reset()
        try run("print(\(expression))")
        var out = host.stdout
        if out.hasSuffix("\n") { out.removeLast() }
        return out
    }

    public func bool(_ expression: String) throws -> Bool { try text(expression) == "true" }

    /// The error a script raises (nil if it runs).
    public func error(_ source: String) -> ScriptError? {
        if case let .failure(e) = interpreter.execute(source) { return e }
        return nil
    }
}
