import SwiftgradLang
import SwiftgradBindings

/// Makes the interpreter both the kernel and `swiftgrad run` use, so a script behaves the same in
/// a notebook and in a terminal: the language plus the engine's builtins (Value, MLP, graph(...), …).
enum InterpreterFactory {
    static func make(host: ScriptHost) -> Interpreter {
        let interpreter = Interpreter()
        interpreter.host = host
        installSwiftgradBuiltins(into: interpreter)
        return interpreter
    }
}
