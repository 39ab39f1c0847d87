import SwiftgradLang
import Autodiff

/// Conversions between script values and the engine's Swift types, with script errors on misuse.
enum Convert {
    static func error(_ message: String) -> RuntimeError { RuntimeError(.typeMismatch, message) }

    /// The items of an array (or tuple) value.
    static func items(_ v: ScriptValue, _ what: String) throws -> [ScriptValue] {
        switch v {
        case let .array(a): return a.items
        case let .tuple(t): return t.items
        default: throw error("\(what) must be an array, got \(v.typeName)")
        }
    }

    static func double(_ v: ScriptValue, _ what: String) throws -> Double {
        if let d = v.asDouble { return d }
        if let n = ValueBinding.node(v) { return n.data }
        throw error("\(what) must be a number, got \(v.typeName)")
    }

    static func doubles(_ v: ScriptValue, _ what: String) throws -> [Double] {
        try items(v, what).map { try double($0, "each element of \(what)") }
    }

    static func matrix(_ v: ScriptValue, _ what: String) throws -> [[Double]] {
        try items(v, what).map { try doubles($0, "each row of \(what)") }
    }

    /// Integer labels; integral Doubles (e.g. `1.0`) are accepted too.
    static func labels(_ v: ScriptValue, _ what: String) throws -> [Int] {
        try items(v, what).map { item in
            if let i = item.asInt { return i }
            if let d = item.asDouble, d == d.rounded(), Swift.abs(d) < 1e15 { return Int(d) }
            throw error("each element of \(what) must be an integer label, got \(item.typeName)")
        }
    }

    /// Engine nodes from an array of Values and numbers (numbers become constant leaves).
    static func nodes(_ v: ScriptValue, _ what: String) throws -> [Node] {
        if let n = ValueBinding.node(v) { return [n] }
        return try items(v, what).map { try ValueBinding.operand($0, what) }
    }

    static func array(_ xs: [Double]) -> ScriptValue { .arr(xs.map { .double($0) }) }
    static func array(_ xs: [Int]) -> ScriptValue { .arr(xs.map { .int($0) }) }
    static func array(_ m: [[Double]]) -> ScriptValue { .arr(m.map { array($0) }) }
    static func array(_ nodes: [Node]) -> ScriptValue { .arr(nodes.map { ValueBinding.wrap($0) }) }

    /// A data set as the tuple `(X: [[Double]], y: [Int])`.
    static func dataset(_ d: (X: [[Double]], y: [Int])) -> ScriptValue {
        .tuple([array(d.X), array(d.y)], labels: ["X", "y"])
    }

    /// An implicit member (`.relu`) or a string naming an activation.
    static func activation(_ v: ScriptValue?, default d: Activation) throws -> Activation {
        guard let v else { return d }
        if let name = v.implicitMemberName ?? v.asString {
            if let a = Activation(rawValue: name) { return a }
            if name == "none" || name == "identity" { return .linear }
        }
        let options = Activation.allCases.map { "." + $0.rawValue }.joined(separator: ", ")
        throw error("activation must be one of \(options), got \(v.description)")
    }
}
