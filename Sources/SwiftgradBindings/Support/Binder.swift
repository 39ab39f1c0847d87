import SwiftgradLang

/// Registers builtins with one interpreter. Every registration carries a signature and a doc string,
/// which the language shows for `help(x)` and inspection.
struct Binder {
    let interpreter: Interpreter

    /// A global function taking the argument labels its signature shows (`_` for none): they are
    /// stated once, in the signature (any labels when a parameter has a default or is variadic, and the
    /// body reads them through `Arguments`).
    func function(_ name: String, signature: String, doc: String, _ body: @escaping (Arguments) throws -> ScriptValue) {
        interpreter.register(function: name, signature: signature, doc: doc, body)
    }

    /// A global function that takes any labels (`labels: nil`, checked against the signature) and reads
    /// its arguments through `Arguments`, so a trailing closure may stand for any labeled one.
    func function(_ name: String, labels: [String?]?, signature: String, doc: String,
                  _ body: @escaping (Arguments) throws -> ScriptValue) {
        interpreter.register(function: name, labels: labels, signature: signature, doc: doc, body)
    }

    /// A native type: `TypeName(...)` constructs it, its members work on instances.
    func type(_ t: NativeType) {
        interpreter.register(type: t)
    }
}
