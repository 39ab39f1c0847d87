import SwiftgradLang
import Autodiff

/// A script value (the language's `Value`). Both the language and the engine name their core type
/// `Value`; inside the bindings the two are always spelled by these aliases.
typealias ScriptValue = SwiftgradLang.Value

/// An engine graph node (Autodiff's `Value`).
typealias Node = Autodiff.Value
