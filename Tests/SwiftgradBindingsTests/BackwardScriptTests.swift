import XCTest

/// `backward()` as scripts see it: repeated passes, shared nodes, `zeroGrad` on a value, a graph and
/// a model, and custom operations defined from a script.
final class BackwardScriptTests: ScriptTestCase {

    func testRepeatedBackwardAccumulatesOnLeavesOnly() throws {
        // micrograd's issue #53: e = d·d·d at d = 2, two backward() calls must give d.grad = 24.
        try s.run("""
            let d = Value(2.0, label: "d")
            let sq = d * d
            let e = sq * d
            e.backward()
            e.backward()
            """)
        XCTAssertEqual(try s.number("d.grad"), 24, "a leaf accumulates 12 per pass")
        XCTAssertEqual(try s.number("sq.grad"), 2, "an intermediate node shows the latest pass")
        XCTAssertEqual(try s.number("e.grad"), 1)
    }

    func testANodeUsedTwiceGetsBothPaths() throws {
        try s.run("let a = Value(3.0); let b = a + a; b.backward()")
        XCTAssertEqual(try s.number("a.grad"), 2)
        try s.run("let x = Value(3.0); let y = x * x + x; y.backward()")
        XCTAssertEqual(try s.number("x.grad"), 7)
    }

    func testZeroGradOnAValue() throws {
        try s.run("let a = Value(2.0); let b = a * 5; b.backward(); a.zeroGrad()")
        XCTAssertEqual(try s.number("a.grad"), 0)
        XCTAssertEqual(try s.number("b.grad"), 1, "only the value itself is reset")
    }

    func testZeroGradOnAGraph() throws {
        try s.run("""
            let w = Value(2.0); let x = Value(3.0)
            let L = (w * x) ** 2
            L.backward()
            zeroGrad(L)
            """)
        for name in ["w", "x", "L"] { XCTAssertEqual(try s.number("\(name).grad"), 0, name) }
        try s.run("L.backward()")
        XCTAssertEqual(try s.number("w.grad"), 36, "after zeroGrad one pass gives exactly one gradient")
    }

    func testZeroGradOnAModelAndOnAnArray() throws {
        try s.run("""
            seed(3)
            let model = MLP(2, [3, 1])
            let out = model([1.0, -2.0])
            let loss = out * out
            loss.backward()
            var before = 0.0
            for p in model.parameters() { before += abs(p.grad) }
            model.zeroGrad()
            var after = 0.0
            for p in model.parameters() { after += abs(p.grad) }
            loss.backward()
            zeroGrad(model)
            var afterGlobal = 0.0
            for p in model.parameters() { afterGlobal += abs(p.grad) }
            let a = Value(1.0); let b = Value(2.0); let c = a * b; c.backward()
            zeroGrad([a, b])
            """)
        XCTAssertGreaterThan(try s.number("before"), 0)
        XCTAssertEqual(try s.number("after"), 0)
        XCTAssertEqual(try s.number("afterGlobal"), 0)
        XCTAssertEqual(try s.numbers("[a.grad, b.grad]"), [0, 0])
    }

    func testCustomOpFromScript() throws {
        try s.run("""
            func cube(_ x: Value) -> Value {
                Value.op("cube", [x], value: x.data * x.data * x.data, derivatives: [3 * x.data * x.data])
            }
            let x = Value(2.0, label: "x")
            let y = cube(x) * 2
            y.backward()
            let z = customOp("mul", inputs: [x, Value(5.0)], value: x.data * 5, localDerivatives: [5, x.data])
            """)
        XCTAssertEqual(try s.number("y.data"), 16)
        XCTAssertEqual(try s.number("x.grad"), 24)
        XCTAssertEqual(try s.string("y.parents[0].op"), "cube")
        XCTAssertEqual(try s.number("z.data"), 10)
        try s.run("z.backward()")
        XCTAssertEqual(try s.number("x.grad"), 29, "the custom op's derivative adds to the leaf")
        XCTAssertEqual(s.error("Value.op(\"bad\", [Value(1.0)], value: 1, derivatives: [1, 2])")?.kind, "TypeMismatch")
    }

    func testTopologicalOrderListsParentsFirst() throws {
        try s.run("let a = Value(1.0, label: \"a\"); let b = a * 2; let c = b + a")
        XCTAssertEqual(try s.number("topologicalOrder(c).count"), 4)
        XCTAssertEqual(try s.string("topologicalOrder(c)[3].op"), "+")
    }

    func testLongChainFromScriptBackpropagates() throws {
        // Iterative backward: a deep chain built in a loop neither overflows nor loses the gradient.
        try s.run("""
            let x = Value(1.0)
            var y = x
            for _ in 0..<100_000 { y = y + 1 }
            y.backward()
            """)
        XCTAssertEqual(try s.number("y.data"), 100_001)
        XCTAssertEqual(try s.number("x.grad"), 1)
    }
}
