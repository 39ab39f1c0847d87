import XCTest

/// `check`, `checkSummary` and `resetChecks`: each check shows one ✓/✗ line and never stops the script.
final class CheckScriptTests: ScriptTestCase {

    func lines() -> [String] { s.host.displays.map { $0.bundle.plainText } }

    func testPassAndFailLines() throws {
        try s.run("""
            let w = Value(2.0)
            let L = (w * 3 + 1) ** 2
            L.backward()
            check(w.grad, 42, "dL/dw")
            check(w.grad, 41, "wrong on purpose")
            check(L.data > 0, "loss is positive")
            check([1.0, 2.0], [1.0, 2.0 + 1e-12])
            check(0.1 + 0.2, 0.3)
            check(1.0, 1.1, tolerance: 0.2)
            print("still running")
            """)
        XCTAssertEqual(lines(), [
            "✓ dL/dw: 42.0 ≈ 42",
            "✗ wrong on purpose: got 42.0, expected 41",
            "✓ loss is positive",
            "✓ [1.0, 2.0] ≈ [1.0, 2.000000000001]",
            "✓ 0.30000000000000004 ≈ 0.3",
            "✓ 1.0 ≈ 1.1",
        ])
        XCTAssertEqual(s.host.stdout, "still running\n", "a failed check does not stop the script")
        XCTAssertNotNil(s.host.displays[0].bundle["text/html"])
    }

    func testSummaryCountsAndReset() throws {
        try s.run("check(1, 1)\ncheck(1, 2)\ncheck(true)")
        XCTAssertEqual(try s.number("checkSummary().passed"), 2)
        XCTAssertEqual(try s.number("checkSummary().failed"), 1)
        XCTAssertFalse(try s.bool("checkSummary().allPassed"))
        XCTAssertEqual(try s.text("checkSummary()"), "✗ 1 of 3 checks failed")
        try s.run("resetChecks()\ncheck(2.0, 2)")
        XCTAssertEqual(try s.text("checkSummary()"), "✓ all 1 check passed")
    }

    func testLongArraysAreShortenedAndTheFirstDifferenceIsNamed() throws {
        try s.run("""
            var xs: [Double] = []
            for i in 0..<40 { xs.append(Double(i)) }
            var ys = xs
            ys[17] = 99.0
            check(xs, xs, "forty values")
            check(xs, ys, "one off")
            check([Value(1.0), Value(2.0)], [1, 2], "Values by their data")
            """)
        XCTAssertEqual(lines(), [
            "✓ forty values: [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, …] (40 values)",
            "✗ one off: got [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, …] (40 values), expected [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, …] (40 values); first difference at index 17: 17.0 vs 99.0",
            "✓ Values by their data: [1.0, 2.0] ≈ [1, 2]",
        ])
    }
}
