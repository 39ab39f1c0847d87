import Foundation
import XCTest
@testable import SwiftgradLang

/// Hooks of the native binding API that the bindings use (without the engine: a toy native type).
final class NativeBindingTests: XCTestCase {
    final class Named { var name = ""; let x: Double; init(_ x: Double) { self.x = x } }

    /// A native `Num(x)` with `+`, `**` and a `name` property; it keeps the first name it is bound to.
    func makeSession() -> Session {
        let s = Session()
        let t = NativeType(name: "Num")
        t.constructor = { args in .native(t.wrap(Named(try args.double(0)))) }
        t.property("name", get: { .str(t.unwrap($0, as: Named.self).name) })
        t.property("x", get: { .double(t.unwrap($0, as: Named.self).x) })
        func x(_ v: Value) throws -> Double { try t.unwrap(v, as: Named.self)?.x ?? v.double() }
        t.binaryOperator(.add) { a, b in .native(t.wrap(Named(try x(a) + x(b)))) }
        t.binaryOperator(.power) { a, b in .native(t.wrap(Named(Foundation.pow(try x(a), try x(b))))) }
        t.adoptBindingName = { obj, name in
            let n = t.unwrap(obj, as: Named.self)
            if n.name.isEmpty { n.name = name }
        }
        s.interpreter.register(type: t)
        return s
    }

    func testBindingsNameNativeObjects() {
        let s = makeSession()
        let out = s.run("""
            let a = Num(1), b = Num(2)
            var z = a + b
            let unnamed = [a + b]
            var w = Num(0)
            w = a + a
            func f() -> String { let inner = Num(3); return inner.name }
            print(a.name, b.name, z.name, unnamed[0].name.isEmpty, w.name, f())
            z = a + b
            print(z.name)
            """).output
        XCTAssertEqual(out, "a b z true w inner\nz\n")
    }

    func testPowWithANativeExponent() {
        let s = makeSession()
        XCTAssertEqual(s.run("print(pow(2.0, Num(3)).x, pow(Num(2), 2).x, pow(2.0, 3.0))").output, "8.0 4.0 8.0\n")
    }

    func testRandomnessGoesThroughTheHook() {
        var state: UInt64 = 0
        let s = Session()
        s.interpreter.randomBits = { state &+= 1; return state &* 0x9E37_79B9_7F4A_7C15 }
        let first = s.run("print([1, 2, 3, 4, 5, 6].shuffled(), Int.random(in: 0..<1000))").output
        state = 0
        let second = s.run("print([1, 2, 3, 4, 5, 6].shuffled(), Int.random(in: 0..<1000))").output
        XCTAssertEqual(first, second)
        XCTAssertGreaterThan(state, 0)
    }

    func testClockAndTime() {
        let out = Session().run("""
            let t0 = clock()
            let spent = time { var i = 0; while i < 1000 { i += 1 } }
            let t1 = clock()
            print(t1 >= t0, spent >= 0, spent <= t1 - t0)
            """).output
        XCTAssertEqual(out, "true true true\n")
    }
}
