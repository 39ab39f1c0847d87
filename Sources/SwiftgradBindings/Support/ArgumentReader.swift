import SwiftgradLang

/// Reads a native call's arguments by position (unlabeled ones, in order) and by label, with
/// script errors that name the function and the argument.
struct ArgumentReader {
    let function: String
    let args: Arguments
    /// The unlabeled arguments (trailing closures included), in order.
    let positional: [ScriptValue]

    init(_ function: String, _ args: Arguments) {
        self.function = function
        self.args = args
        var p: [ScriptValue] = []
        for (i, v) in args.values.enumerated() where args.labels[i] == nil { p.append(v) }
        positional = p
    }

    func error(_ message: String) -> RuntimeError { RuntimeError(.typeMismatch, "\(function): \(message)") }

    /// The `i`-th unlabeled argument, or the labeled one called `label` if given instead.
    func value(_ i: Int, label: String? = nil) -> ScriptValue? {
        if let label, let v = args.labeled(label) { return v }
        return i < positional.count ? positional[i] : nil
    }

    func required(_ i: Int, _ what: String, label: String? = nil) throws -> ScriptValue {
        guard let v = value(i, label: label) else { throw error("missing argument \(what)") }
        return v
    }

    func labeled(_ label: String) -> ScriptValue? { args.labeled(label) }

    func double(_ label: String, default d: Double) throws -> Double {
        guard let v = args.labeled(label) else { return d }
        guard let x = v.asDouble else { throw error("'\(label):' must be a number, got \(v.typeName)") }
        return x
    }

    func optionalDouble(_ label: String) throws -> Double? {
        guard let v = args.labeled(label), !v.isNil else { return nil }
        guard let x = v.asDouble else { throw error("'\(label):' must be a number, got \(v.typeName)") }
        return x
    }

    func int(_ label: String, default d: Int) throws -> Int {
        guard let v = args.labeled(label) else { return d }
        guard let x = v.asInt else { throw error("'\(label):' must be an Int, got \(v.typeName)") }
        return x
    }

    func bool(_ label: String, default d: Bool) throws -> Bool {
        guard let v = args.labeled(label) else { return d }
        guard let x = v.asBool else { throw error("'\(label):' must be a Bool, got \(v.typeName)") }
        return x
    }

    func string(_ label: String, default d: String) throws -> String {
        guard let v = args.labeled(label) else { return d }
        guard let x = v.asString else { throw error("'\(label):' must be a String, got \(v.typeName)") }
        return x
    }

    /// The last positional argument if it is callable (a trailing closure or `of:`).
    func closure(label: String = "of") throws -> ScriptValue {
        if let v = args.labeled(label) { return v }
        if let last = positional.last, case .function = last { return last }
        throw error("missing the function to differentiate (a trailing closure or '\(label):')")
    }
}
