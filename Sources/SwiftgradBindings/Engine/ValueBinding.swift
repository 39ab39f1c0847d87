import Foundation
import SwiftgradLang
import Autodiff

/// The engine's `Value` as a script type. A script Value is one native box around one engine node,
/// so arithmetic from scripts costs the node plus its box: operands are unwrapped by an identity
/// check and a cast, and the handlers below are indexed by operator (no lookups by name).
enum ValueBinding {
    static let type: NativeType = makeType()

    @inline(__always) static func wrap(_ n: Node) -> ScriptValue { .native(type.wrap(n)) }

    @inline(__always) static func node(_ v: ScriptValue) -> Node? { type.unwrap(v, as: Node.self) }

    /// A Value operand, or a number as a constant leaf (as micrograd wraps `other`).
    @inline(__always) static func operand(_ v: ScriptValue, _ what: String = "operand") throws -> Node {
        if let n = node(v) { return n }
        switch v {
        case let .double(d): return Node(d)
        case let .int(i): return Node(Double(i))
        default: throw RuntimeError(.typeMismatch, "\(what) must be a Value or a number, got \(v.typeName)")
        }
    }

    /// The receiver of a method (known to be a Value box).
    @inline(__always) static func this(_ n: NativeObject) -> Node { type.unwrap(n, as: Node.self) }

    private static func makeType() -> NativeType {
        let t = NativeType(name: "Value", doc: """
            A scalar in a computation graph: `Value(2.0, label: "w")`. Arithmetic (+ - * / ** and unary -) \
            with Values and numbers builds the graph; `L.backward()` fills every `grad` it depends on. \
            Leaves accumulate gradients across backward passes (like PyTorch); intermediate nodes show \
            the latest pass. `zeroGrad()` resets one node, `zeroGrad(L)` a whole graph.
            """)
        t.constructorSignature = "Value(_ data: Double, label: String = \"\", role: ValueRole = .input)"
        t.constructor = { args in
            let r = args.named("Value")
            let data = try Convert.double(try r.required(0, "data"), "Value's data")
            let label = try r.string("label", default: "")
            var role = ValueRole.input
            if let v = r.labeled("role") {
                guard let name = v.implicitMemberName ?? v.asString, let ro = ValueRole(rawValue: name) else {
                    throw r.error("role must be .input, .parameter or .intermediate")
                }
                role = ro
            }
            return wrap(Node(data, label: label, role: role))
        }
        installOperators(t)
        installProperties(t)
        installMethods(t)
        t.staticMembers["op"] = .function(CustomOpBinding.staticOp)
        // `let z = w * x + b` names the node "z" in graphs and tables (an explicit label wins).
        t.adoptBindingName = { n, name in
            let node = this(n)
            if node.label.isEmpty { node.label = name }
        }
        // `Value(data: 2.0, grad: 12.0, label: "a")`: spelled like the initialiser (the label now
        // comes from the binding name, so most printed Values have one).
        t.description = { n in
            let v = this(n)
            return "Value(data: \(v.data), grad: \(v.grad)" + (v.label.isEmpty ? ")" : ", label: \"\(v.label)\")")
        }
        return t
    }

    private static func installOperators(_ t: NativeType) {
        t.binaryOperator(.add) { a, b in wrap(try operand(a) + operand(b)) }
        t.binaryOperator(.subtract) { a, b in wrap(try operand(a) - operand(b)) }
        t.binaryOperator(.multiply) { a, b in wrap(try operand(a) * operand(b)) }
        t.binaryOperator(.divide) { a, b in wrap(try operand(a) / operand(b)) }
        t.binaryOperator(.power) { a, b in
            // A number exponent stays a constant of the node (`**2`), as micrograd draws it.
            if let e = b.asDouble { return wrap(try operand(a) ** e) }
            return wrap(try operand(a) ** operand(b))
        }
        t.prefixMinus = { a in wrap(-(try operand(a))) }
        // Comparisons look at `data` (so `if loss < 0.01` and `max(a, b)` read naturally).
        t.binaryOperator(.less) { a, b in .bool(try operand(a).data < operand(b).data) }
        t.binaryOperator(.lessEqual) { a, b in .bool(try operand(a).data <= operand(b).data) }
        t.binaryOperator(.greater) { a, b in .bool(try operand(a).data > operand(b).data) }
        t.binaryOperator(.greaterEqual) { a, b in .bool(try operand(a).data >= operand(b).data) }
    }

    private static func installProperties(_ t: NativeType) {
        t.property("data", doc: "The number this node holds (settable: an optimiser step writes it).",
                   get: { .double(this($0).data) },
                   set: { this($0).data = try Convert.double($1, "data") })
        t.property("grad", doc: "d(output)/d(this node) after backward(); settable.",
                   get: { .double(this($0).grad) },
                   set: { this($0).grad = try Convert.double($1, "grad") })
        t.property("label", doc: "The name shown in graphs and tables.",
                   get: { .str(this($0).label) },
                   set: { n, v in
                       guard let s = v.asString else { throw RuntimeError(.typeMismatch, "label must be a String") }
                       this(n).label = s
                   })
        t.property("op", doc: "The operation that produced this node (\"\" for a leaf).", get: { .str(this($0).op) })
        t.property("parents", doc: "The operands, in order (a node used twice appears twice).",
                   get: { Convert.array(this($0).parents) })
        t.property("isLeaf", doc: "True for inputs and parameters.", get: { .bool(this($0).isLeaf) })
        t.property("gradComputed", doc: "False until a backward pass reached this node.",
                   get: { .bool(this($0).gradComputed) })
        t.property("localDerivatives", doc: "d(this)/d(parents[i]) at the current data.",
                   get: { Convert.array(this($0).localDerivatives) })
        t.property("id", doc: "A unique number, increasing in creation order.", get: { .int(this($0).id) })
        t.property("role", doc: "\"input\", \"parameter\" or \"intermediate\".", get: { .str(this($0).role.rawValue) })
        t.property("group", doc: "The neuron/layer that built this node, if any.",
                   get: { this($0).group.map { .str($0) } ?? .null })
    }

    private static func installMethods(_ t: NativeType) {
        t.method("backward", labels: [], signature: "backward()",
                 doc: "Back-propagates from this node: its grad becomes 1, every node it depends on gets d(this)/d(node).") { n, _ in
            this(n).backward(); return .void
        }
        t.method("zeroGrad", labels: [], signature: "zeroGrad()", doc: "Sets this node's grad to 0.") { n, _ in
            this(n).zeroGrad(); return .void
        }
        // The elementwise ops, their help text from the engine's op table (`OpCode`).
        let unary: [(String, OpCode, (Node) -> Node)] = [
            ("relu", .relu, { $0.relu() }), ("tanh", .tanh, { $0.tanh() }), ("sigmoid", .sigmoid, { $0.sigmoid() }),
            ("exp", .exp, { $0.exp() }), ("log", .log, { $0.log() }), ("sin", .sin, { $0.sin() }),
            ("cos", .cos, { $0.cos() }), ("abs", .abs, { $0.abs() }),
        ]
        for (name, code, f) in unary {
            t.method(name, labels: [], signature: "\(name)() -> Value", doc: code.help) { n, _ in wrap(f(this(n))) }
        }
        t.method("sqrt", labels: [], signature: "sqrt() -> Value", doc: "x ** 0.5.") { n, _ in wrap(this(n) ** 0.5) }
        t.method("pow", labels: [nil], signature: "pow(_ exponent: Double) -> Value", doc: "self ** exponent.") { n, args in
            let e = args[0]
            if let d = e.asDouble { return wrap(this(n) ** d) }
            return wrap(this(n) ** (try operand(e, "exponent")))
        }
    }
}
