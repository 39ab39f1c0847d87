/// The argument labels a native binding's written signature fixes (`quiz(_ root: Value, expected:
/// [String: Double])` → `[nil, "expected"]`); nil — any labels, checked against the signature and read
/// through `Arguments` — when a parameter has a default value or is variadic, or the signature is not
/// one plain declaration. A function registered with a signature and no labels takes these, derived
/// when first needed (see `NativeFunction.labels`); the bindings' tests check every bound function's
/// labels against it.
public func argumentLabels(fromSignature text: String) -> [String?]? {
    guard let s = NativeSignature.parsed(text), !s.parameters.contains(where: { $0.hasDefault || $0.isVariadic }) else { return nil }
    return s.parameters.map { $0.label }
}
