@_exported import ScriptTestSupport
import SwiftgradBindings
import XCTest

extension ScriptSession {
    /// A session with the engine's builtins installed, as the kernel and `swiftgrad run` make it.
    convenience init() { self.init(installing: { installSwiftgradBuiltins(into: $0) }) }
}

/// A test case with a fresh script session (interpreter + builtins + recording host) per test.
class ScriptTestCase: XCTestCase {
    var s: ScriptSession!
    override func setUp() { s = ScriptSession() }
}
