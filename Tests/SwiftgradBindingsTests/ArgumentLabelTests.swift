import XCTest

/// Builtins check argument labels against their written signatures as Swift does: a missing, extra
/// or wrong label is an error naming it, never an argument silently ignored.
final class ArgumentLabelTests: ScriptTestCase {
    func assertLabelError(_ source: String, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let e = s.error(source) else { return XCTFail("no error for \(source)", file: file, line: line) }
        XCTAssertEqual(e.kind, "TypeMismatch", file: file, line: line)
        XCTAssertTrue(e.message.hasPrefix(message), "message: \(e.message)", file: file, line: line)
    }

    func testValueInitializerLabels() {
        assertLabelError(#"Value(2.0, "w")"#, "missing argument label 'label:' in call to 'Value' (Value(_ data: Double, label: String")
        assertLabelError(#"Value(2.0, lable: "w")"#, "incorrect argument label (have 'lable:', expected 'label:')")
        assertLabelError("Value(data: 2.0)", "extraneous argument label 'data:'")
        XCTAssertEqual(try s.string(#"Value(2.0, label: "w").label"#), "w")
        XCTAssertEqual(try s.string(#"Value(2.0, role: .parameter).label"#), "")
    }

    func testFunctionsAndMethodsCheckLabelsToo() throws {
        assertLabelError("derivative(at: 3, { x in x * x })", "missing argument label 'of:'")
        XCTAssertEqual(try s.number("gradient(at: 3, of: { x in x * x })"), 6)
        XCTAssertEqual(try s.number("gradient(at: 3) { x in x * x }"), 6, "a trailing closure fits any label")
        assertLabelError("Int.random(0..<3)", "missing argument label 'in:'")
    }
}

/// Errors that teach: a misspelt name or member offers the closest one; `backward()` on something
/// that is not a scalar loss says to reduce it first.
final class TeachingErrorTests: ScriptTestCase {
    func testMisspeltEngineNamesSuggestTheRightOne() {
        XCTAssertEqual(s.error("let w = Value(2.0)\nprint(w.grd)")?.message,
                       "value of type 'Value' has no member 'grd'; did you mean 'grad'?")
        XCTAssertEqual(s.error("let m = MPL(2, [4, 1])")?.message, "cannot find 'MPL' in scope; did you mean 'MLP'?")
        XCTAssertEqual(s.error("let m = MLP(2, [4, 1])\nprint(m.paramters.count)")?.message,
                       "value of type 'MLP' has no member 'paramters'; did you mean 'parameters'?")
        XCTAssertEqual(s.error("print(w.zzzzzz)")?.message, "value of type 'Value' has no member 'zzzzzz'",
                       "no suggestion when nothing is close")
    }

    func testBackwardOnANonScalarSaysToReduceFirst() {
        let e = s.error("let a = Value(1.0), b = Value(2.0)\nlet outs = [a * b, a + b]\nouts.backward()")
        XCTAssertEqual(e?.kind, "TypeMismatch")
        XCTAssertTrue(e?.message.contains("backward() starts from a scalar loss (one Value); reduce to one first") == true,
                      e?.message ?? "no error")
        XCTAssertNil(s.error("let loss = outs.reduce(0, +)\nloss.backward()"))
    }
}
