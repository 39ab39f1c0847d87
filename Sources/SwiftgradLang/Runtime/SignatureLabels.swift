/// The argument labels a native binding's written signature fixes (`quiz(_ root: Value, expected:
/// [String: Double])` → `[nil, "expected"]`); nil — any labels, checked against the signature and read
/// through `Arguments` — when a parameter has a default value or is variadic, or the signature is not
/// one plain declaration. The bindings' tests check every bound function's labels against it. (Not
/// called at registration: parsing the ~80 signatures of the bindings costs 10 M instructions, as much
/// as the rest of `swiftgrad run`'s start; each signature is parsed on its function's first call.)
public func argumentLabels(fromSignature text: String) -> [String?]? {
    guard let s = NativeSignature.parsed(text), !s.parameters.contains(where: { $0.hasDefault || $0.isVariadic }) else { return nil }
    return s.parameters.map { $0.label }
}
