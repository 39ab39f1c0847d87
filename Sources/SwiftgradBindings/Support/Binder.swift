import SwiftgradLang

/// Registers builtins with one interpreter. Every registration carries a signature and a doc string,
/// which the language shows for `help(x)` and inspection.
struct Binder {
    let interpreter: Interpreter

    /// A global function. `labels` are the argument labels (`nil` for `_`); `labels: nil` accepts any
    /// call, and the body reads arguments with `ArgumentReader`.
    func function(_ name: String, labels: [String?]?, signature: String, doc: String,
                  _ body: @escaping (Arguments) throws -> ScriptValue) {
        interpreter.register(function: name, labels: labels, signature: signature, doc: doc, body)
    }

    /// A native type: `TypeName(...)` constructs it, its members work on instances.
    func type(_ t: NativeType) {
        interpreter.register(type: t)
    }
}
