import Foundation
import SwiftgradLang
import Autodiff

/// Forward-mode dual numbers as a script type: `Dual(3.0, derivative: 1.0)`; arithmetic and the math
/// functions carry the derivative along with the value (one pass per input direction).
enum DualBinding {
    static let type: NativeType = makeType()

    @inline(__always) static func wrap(_ d: Dual) -> ScriptValue { .native(type.wrap(d)) }

    static func operand(_ v: ScriptValue) throws -> Dual {
        if let d = type.unwrap(v, as: Dual.self) { return d }
        if let x = v.asDouble { return Dual(x) }
        // A `Value` made inside the function (`var s = Value(0.0)`) is a constant, as in `gradient(at:)`.
        if let n = ValueBinding.node(v) { return Dual(n.data) }
        throw RuntimeError(.typeMismatch, "a Dual operand must be a Dual or a number, got \(v.typeName)")
    }

    private static func makeType() -> NativeType {
        let t = NativeType(name: "Dual", doc: """
            A dual number value + derivative·ε (ε² = 0), for forward-mode differentiation: \
            `derivative(at: x) { x in ... }` and `jvp(at:direction:of:)` run your function on Duals.
            """)
        t.constructorSignature = "Dual(_ value: Double, derivative: Double = 0)"
        t.operatorPriority = 1
        t.constructor = { args in
            let r = args.named("Dual")
            let value = try Convert.double(try r.required(0, "value"), "value")
            return wrap(Dual(value, derivative: try r.double("derivative", default: 0)))
        }
        t.binaryOperator(.add) { a, b in wrap(try operand(a) + operand(b)) }
        t.binaryOperator(.subtract) { a, b in wrap(try operand(a) - operand(b)) }
        t.binaryOperator(.multiply) { a, b in wrap(try operand(a) * operand(b)) }
        t.binaryOperator(.divide) { a, b in wrap(try operand(a) / operand(b)) }
        t.binaryOperator(.power) { a, b in
            if let e = b.asDouble { return wrap(try operand(a) ** e) }
            return wrap(try operand(a) ** operand(b))
        }
        t.binaryOperator(.less) { a, b in .bool(try operand(a).value < operand(b).value) }
        t.binaryOperator(.greater) { a, b in .bool(try operand(a).value > operand(b).value) }
        t.prefixMinus = { a in wrap(-(try operand(a))) }
        t.property("value", doc: "The primal value.", get: { .double(t.unwrap($0, as: Dual.self).value) })
        t.property("derivative", doc: "The tangent (directional derivative).",
                   get: { .double(t.unwrap($0, as: Dual.self).derivative) })
        let unary: [(String, (Dual) -> Dual)] = [
            ("relu", { $0.relu() }), ("tanh", { $0.tanh() }), ("sigmoid", { $0.sigmoid() }),
            ("exp", { $0.exp() }), ("log", { $0.log() }), ("sin", { $0.sin() }), ("cos", { $0.cos() }),
            ("abs", { $0.abs() }), ("sqrt", { $0 ** 0.5 }),
        ]
        for (name, f) in unary {
            t.method(name, labels: [], signature: "\(name)() -> Dual", doc: "\(name) of a dual number.") { n, _ in
                wrap(f(t.unwrap(n, as: Dual.self)))
            }
        }
        t.description = { t.unwrap($0, as: Dual.self).description }
        return t
    }
}
