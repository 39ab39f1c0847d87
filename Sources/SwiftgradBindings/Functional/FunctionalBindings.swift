import SwiftgradLang
import Autodiff

/// Swift's differentiable-programming names on the engine:
/// `gradient(at: x) { x in ... }` → Double, `gradient(at: x, y) { x, y in ... }` → (Double, Double),
/// `gradient(at: [x, y]) { xs in ... }` → [Double], `valueWithGradient(at:of:)` → (value:, gradient:),
/// forward mode `derivative(at: x) { x in ... }` and `jvp(at: [...], direction: [...]) { xs in ... }`.
enum FunctionalBindings {
    /// Where to differentiate: one number, several numbers (spread over the closure's parameters), or
    /// one array (the closure takes an array).
    enum Point {
        case scalar(Double)
        case spread([Double])
        case array([Double])

        var xs: [Double] {
            switch self {
            case let .scalar(x): return [x]
            case let .spread(xs), let .array(xs): return xs
            }
        }
    }

    /// The `at:` point(s) and the function of a functional call.
    static func parse(_ name: String, _ args: Arguments) throws -> (Point, ScriptValue) {
        let r = args.named(name)
        let f = try r.closure()
        var points: [ScriptValue] = []
        for (i, v) in args.values.enumerated() {
            let label = args.labels[i]
            if label == "at" || (label == nil && !(args.labeled("of") == nil && i == args.count - 1)) {
                points.append(v)
            }
        }
        guard !points.isEmpty else { throw r.error("missing 'at:' (the point to differentiate at)") }
        if points.count == 1, let x = points[0].asDouble { return (.scalar(x), f) }
        if points.count == 1 { return (.array(try Convert.doubles(points[0], "at:")), f) }
        return (.spread(try points.map { try Convert.double($0, "at:") }), f)
    }

    /// Calls the script function on engine nodes as the point's shape says.
    static func call(_ f: ScriptValue, _ point: Point, _ nodes: [Node], _ rt: Runtime) throws -> Node {
        let result: ScriptValue
        switch point {
        case .scalar, .spread: result = try rt.call(f, nodes.map(ValueBinding.wrap))
        case .array: result = try rt.call(f, [Convert.array(nodes)])
        }
        return try ValueBinding.operand(result, "the function's result")
    }

    /// The gradient in the point's shape: a Double, a tuple, or an array.
    static func shaped(_ g: [Double], _ point: Point) -> ScriptValue {
        switch point {
        case .scalar: return .double(g.first ?? 0)
        case .spread: return .tuple(g.map { .double($0) })
        case .array: return Convert.array(g)
        }
    }

    static func install(_ b: Binder) {
        b.function("gradient", labels: nil, signature: "gradient(at x: Double..., of f: (Value...) -> Value) -> Double",
                   doc: """
                   Reverse mode: the gradient of f at a point. `gradient(at: 3) { x in x * x }` → 6.0; \
                   `gradient(at: 2, 3) { x, y in x * y }` → (3.0, 2.0); `gradient(at: [2, 3]) { v in v[0] * v[1] }` → [3.0, 2.0].
                   """) { args in
            if let g = try TensorFunctions.gradient("gradient", args, withValue: false) { return g }
            let (point, f) = try parse("gradient", args)
            let g = try gradient(at: point.xs) { nodes in try call(f, point, nodes, args.runtime) }
            return shaped(g, point)
        }
        b.function("valueWithGradient", labels: nil,
                   signature: "valueWithGradient(at x: Double..., of f: (Value...) -> Value) -> (value: Double, gradient: Double)",
                   doc: "The value of f and its gradient in one backward pass, as a tuple (value:, gradient:).") { args in
            if let g = try TensorFunctions.gradient("valueWithGradient", args, withValue: true) { return g }
            let (point, f) = try parse("valueWithGradient", args)
            let r = try valueWithGradient(at: point.xs) { nodes in try call(f, point, nodes, args.runtime) }
            return .tuple([.double(r.value), shaped(r.gradient, point)], labels: ["value", "gradient"])
        }
        b.function("derivative", labels: nil, signature: "derivative(at x: Double, of f: (Dual) -> Dual) -> Double",
                   doc: "Forward mode: f's derivative at x in one pass on dual numbers. `derivative(at: 3) { x in x * x }` → 6.0") { args in
            let (point, f) = try parse("derivative", args)
            guard case let .scalar(x) = point else {
                throw RuntimeError(.typeMismatch, "derivative(at:) takes one number; use jvp(at:direction:) for several inputs")
            }
            return .double(try derivative(at: x) { d in
                try DualBinding.operand(try args.runtime.call(f, [DualBinding.wrap(d)]))
            })
        }
        b.function("jvp", labels: nil,
                   signature: "jvp(at xs: [Double], direction: [Double], of f: ([Dual]) -> Dual) -> (value: Double, derivative: Double)",
                   doc: "Forward mode: the directional derivative of f at xs along direction (one pass), as (value:, derivative:).") { args in
            let r = args.named("jvp")
            let f = try r.closure()
            guard let at = r.labeled("at"), let dir = r.labeled("direction") else { throw r.error("needs 'at:' and 'direction:'") }
            let xs = try Convert.doubles(at, "at:"), v = try Convert.doubles(dir, "direction:")
            guard xs.count == v.count else { throw r.error("'at:' and 'direction:' need the same length") }
            let out = try jvp(at: xs, direction: v) { duals in
                try DualBinding.operand(try args.runtime.call(f, [.arr(duals.map(DualBinding.wrap))]))
            }
            return .tuple([.double(out.value), .double(out.derivative)], labels: ["value", "derivative"])
        }
        GradcheckBinding.install(b)
    }
}
