/// A differentiable operation defined by its caller: `value` is the result computed from `inputs`,
/// and `localDerivatives[i]` is ∂value/∂inputs[i] at those inputs (a wrong rule here is exactly
/// what `gradcheck` catches). Missing derivatives count as 0; extra ones are ignored.
public func customOp(_ name: String, inputs: [Value], value: Double, localDerivatives: [Double]) -> Value {
    var derivatives = Array(localDerivatives.prefix(inputs.count))
    if derivatives.count < inputs.count {
        derivatives += Array(repeating: 0, count: inputs.count - derivatives.count)
    }
    return Value(custom: name.isEmpty ? "custom" : name, inputs: inputs, value: value,
                 localDerivatives: derivatives)
}
