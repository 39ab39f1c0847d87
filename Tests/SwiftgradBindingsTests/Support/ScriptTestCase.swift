import XCTest

/// A test case with a fresh script session (interpreter + builtins + capturing host) per test.
class ScriptTestCase: XCTestCase {
    var s: ScriptSession!
    override func setUp() { s = ScriptSession() }
}
