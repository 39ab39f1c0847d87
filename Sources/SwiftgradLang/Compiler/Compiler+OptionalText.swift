/// Optionals print as Swift prints them. Values carry no `Optional` wrapper (a present optional is the
/// value itself), so where an optional is printed — `print(x)`, `print(x as Any)`, `"\(x)"`, the
/// elements of `[Int?]` — the compiler uses what it knows of the expression's type: a declared `T?`,
/// `[T?]`, `[K: V?]`, and the expressions that produce optionals (`d[k]`, `xs.first`, `Int(exactly:)`,
/// `as?`, `try?`, `Optional(x)`, a literal holding `nil`). A present value then prints as
/// `Optional(42.0)`, the cue that it still needs unwrapping.
extension Compiler {
    /// An unknown type inside a known shape (`[String: _]`).
    static let unknownType = TypeRef.named("_", generics: [])

    /// The expression's type as far as optionals go, or nil when it holds none the compiler can see.
    func optionalShape(of e: Expr) -> TypeRef? {
        // `Swift.max(1, 2)`, `Foundation.exp(x)`: the library's functions, not optional-returning methods.
        if case let .call(callee, _) = e.kind, case let .member(base, name) = callee.kind,
           moduleQualifiedName(base, name) != nil { return nil }
        guard let t = shape(of: e), Compiler.containsOptional(t) else { return nil }
        return t
    }

    /// The type an unannotated declaration's value has, where it matters for printing optionals.
    func inferredShape(_ e: Expr) -> TypeRef? {
        if case .dictionaryLiteral = e.kind { return .dictionary(key: Compiler.unknownType, value: Compiler.unknownType) }
        return optionalShape(of: e)
    }

    private func shape(of e: Expr) -> TypeRef? {
        switch e.kind {
        case .identifier, .tupleElement, .forceUnwrap:
            return staticType(of: e)
        case let .subscriptAccess(base, args) where args.count == 1 && args[0].label == nil:
            if let t = staticType(of: e) { return t }
            if case .dictionaryLiteral = base.kind { return .optional(Compiler.unknownType) }
            return nil
        case let .member(_, name) where name == "first" || name == "last":
            return .optional(Compiler.unknownType)
        case let .call(callee, args):
            // `xs.max()` is optional; `Swift.max(1, 2)` is not.
            if case let .member(_, name) = callee.kind, args.isEmpty || args[0].label != nil || args[0].isTrailingClosure,
               ["randomElement", "min", "max", "firstIndex", "lastIndex", "first", "last", "popLast"].contains(name) {
                return .optional(Compiler.unknownType)
            }
            if case let .identifier(name) = callee.kind {
                if name == "Optional", args.count == 1 { return .optional(shape(of: args[0].value) ?? Compiler.unknownType) }
                // `Int(exactly: 2.5)`, `UInt8("300")`, `Int(s, radix: 16)`: failable initializers.
                if ["Int", "Double", "Float"].contains(name) || IntegerKind(name: name) != nil, let first = args.first,
                   first.label == "exactly" || first.label == nil && isString(first.value) {
                    return .optional(.named(name, generics: []))
                }
            }
            return nil
        case let .cast(kind, x, type):
            switch kind {
            case .conditional: return .optional(type)
            case .coerce: return Compiler.containsOptional(type) ? type : shape(of: x)
            default: return nil
            }
        case .tryExpr(.optional, _), .optionalChain: return .optional(Compiler.unknownType)
        case let .arrayLiteral(items):
            if items.contains(where: { if case .nilLiteral = $0.kind { return true }; return optionalShape(of: $0) != nil }) {
                return .array(.optional(Compiler.unknownType))
            }
            return nil
        default: return nil
        }
    }

    private func isString(_ e: Expr) -> Bool {
        switch e.kind {
        case .stringLiteral, .interpolatedString: return true
        default:
            if case let .named("String", generics)? = staticType(of: e) { return generics.isEmpty }
            return false
        }
    }

    static func containsOptional(_ t: TypeRef) -> Bool {
        switch t {
        case .optional, .implicitlyUnwrapped: return true
        case let .array(e): return containsOptional(e)
        case let .dictionary(_, v): return containsOptional(v)
        case let .tuple(es): return es.contains { containsOptional($0.type) }
        case let .named("Optional", generics): return !generics.isEmpty
        case let .named(_, generics): return generics.count == 1 && containsOptional(generics[0])
        default: return false
        }
    }

    /// The text of `e` as `print` shows it, optionals spelled out, when it holds optionals; else nil.
    func compileOptionalText(_ e: Expr) throws -> Eval? {
        guard let t = optionalShape(of: e) else { return nil }
        let ev = try compileExpr(e)
        return { f in .str(try Compiler.describe(try ev(f), as: t, debug: false)) }
    }

    /// A value's text guided by its type: a present optional is `Optional(...)`.
    static func describe(_ v: Value, as t: TypeRef, debug: Bool) throws -> String {
        var t = t
        if case let .named("Optional", generics) = t, generics.count == 1 { t = .optional(generics[0]) }
        if case let .named("Array", generics) = t, generics.count == 1 { t = .array(generics[0]) }
        switch t {
        case let .optional(inner), let .implicitlyUnwrapped(inner):
            if case .null = v { return "nil" }
            return "Optional(" + (try describe(v, as: inner, debug: true)) + ")"
        case let .array(e):
            guard case let .array(a) = v else { break }
            return "[" + (try a.items.map { try describe($0, as: e, debug: true) }.joined(separator: ", ")) + "]"
        case let .dictionary(_, vt):
            guard case let .dict(d) = v else { break }
            if d.count == 0 { return "[:]" }
            var parts: [String] = []
            for (k, x) in zip(d.keys, d.values) { parts.append(try k.describe(debug: true) + ": " + describe(x, as: vt, debug: true)) }
            return "[" + parts.joined(separator: ", ") + "]"
        case let .tuple(es):
            guard case let .tuple(tv) = v, tv.items.count == es.count else { break }
            var parts: [String] = []
            for (i, x) in tv.items.enumerated() {
                let text = try describe(x, as: es[i].type, debug: true)
                parts.append(tv.labels[i].map { "\($0): \(text)" } ?? text)
            }
            return "(" + parts.joined(separator: ", ") + ")"
        default: break
        }
        return try v.describe(debug: debug)
    }
}
