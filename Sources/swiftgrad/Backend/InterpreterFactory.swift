import SwiftgradLang

/// Makes the interpreter both the kernel and `swiftgrad run` use, so a script behaves the same in
/// a notebook and in a terminal.
enum InterpreterFactory {
    static func make(host: ScriptHost) -> Interpreter {
        let interpreter = Interpreter()
        interpreter.host = host
        // The engine's builtins (Value, MLP, graph(...), …) are added here once SwiftgradBindings
        // provides its installer.
        return interpreter
    }
}
