import SwiftgradLang
import Autodiff

/// Script-defined differentiable operations: the script computes the value and the local derivatives
/// itself, and the engine uses them in backward (a deliberately wrong derivative is what a lesson
/// catches with `gradcheck`).
///
/// ```swift
/// func square(_ x: Value) -> Value {
///     Value.op("square", [x], value: x.data * x.data, derivatives: [2 * x.data])
/// }
/// ```
/// `customOp("square", inputs: [x], value: ..., localDerivatives: [...])` is the same thing.
enum CustomOpBinding {
    static let signature = "Value.op(_ name: String, _ inputs: [Value], value: Double, derivatives: [Double]) -> Value"
    static let doc = """
        Defines one node of a custom operation: `name` is what graphs show, `inputs` its operands, `value` \
        the result the script computed, and `derivatives[i]` = d(value)/d(inputs[i]) at those inputs. \
        Backward multiplies them by the incoming gradient (the chain rule).
        """

    static let staticOp = NativeFunction(name: "op", labels: nil, signature: signature, doc: doc) { args in
        try make("Value.op", args)
    }

    static func make(_ function: String, _ args: Arguments) throws -> ScriptValue {
        let r = args.named(function)
        guard let name = try r.required(0, "name").asString else { throw r.error("the op's name must be a String") }
        let inputs = try Convert.nodes(try r.required(1, "inputs", label: "inputs"), "inputs")
        let value = try Convert.double(try r.required(2, "value", label: "value"), "value")
        guard let d = r.labeled("derivatives") ?? r.labeled("localDerivatives") ?? r.value(3) else {
            throw r.error("missing 'derivatives:' (one local derivative per input)")
        }
        let derivatives = try Convert.doubles(d, "derivatives")
        guard derivatives.count == inputs.count else {
            throw r.error("\(inputs.count) inputs need \(inputs.count) derivatives, got \(derivatives.count)")
        }
        return ValueBinding.wrap(customOp(name, inputs: inputs, value: value, localDerivatives: derivatives))
    }

    static func install(_ b: Binder) {
        b.function("customOp", labels: nil,
                   signature: "customOp(_ name: String, inputs: [Value], value: Double, localDerivatives: [Double]) -> Value",
                   doc: doc) { args in try make("customOp", args) }
    }
}
