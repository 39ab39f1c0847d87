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
        if let t = constructedScriptType(e) { return .named(t, generics: []) }
        // `Stack<Double>()`: a generic script type with its type arguments.
        if case let .call(callee, _) = e.kind, case let .typeReference(t) = callee.kind, case let .named(n, generics) = t,
           !generics.isEmpty, cellGenericTypes[n] != nil { return t }
        // `var state = State.idle`: an enum's case.
        if case let .member(base, _) = e.kind, case let .identifier(t) = base.kind, existingKind(t) == .enumType,
           !(lookupLocal(t, in: fn) != nil) { return .named(t, generics: []) }
        return optionalShape(of: e)
    }

    /// `T(...)` for a script struct or class `T`: the type's name.
    private func constructedScriptType(_ e: Expr) -> String? {
        guard case let .call(callee, _) = e.kind, case let .identifier(name) = callee.kind,
              let kind = existingKind(name), kind == .structType || kind == .classType else { return nil }
        if case .local = resolve(name) { return nil }
        return name
    }

    /// The script struct or class an expression is an instance of, when the compiler can see it.
    private func scriptTypeName(of e: Expr) -> String? {
        if let name = constructedScriptType(e) { return name }
        guard case let .named(name, generics)? = staticType(of: e), generics.isEmpty,
              let kind = existingKind(name), kind == .structType || kind == .classType else { return nil }
        return name
    }

    /// The type of stored property `field` of script type `typeName` if it holds optionals, else nil.
    private func fieldShape(_ typeName: String, _ field: String) -> TypeRef? {
        fieldType(typeName, field).flatMap { Compiler.containsOptional($0) ? $0 : nil }
    }

    /// The declared type of stored property `field` of script type `typeName`, when known.
    func fieldType(_ typeName: String, _ field: String) -> TypeRef? {
        if let types = cellFieldTypes[typeName] { return types[field] }
        guard let g = rt.globals[typeName], g.isDefined, case let .type(t) = g.value,
              let i = t.fieldIndex[field], i < t.fields.count else { return nil }
        return t.fields[i].type
    }

    /// The script struct or class whose stored property `e` names (`self.state`, `game.state`, `state`
    /// inside a method), and the property's name.
    func fieldOwner(_ e: Expr) -> (type: String, field: String)? {
        switch e.kind {
        case let .member(base, name):
            if case .identifier("self") = base.kind, let s = selfTypeInScope(), !s.isStatic { return (s.name, name) }
            return scriptTypeName(of: base).map { ($0, name) }
        case let .identifier(name):
            guard lookupLocal(name, in: fn) == nil, let s = selfTypeInScope(), !s.isStatic, s.members.contains(name) else { return nil }
            return (s.name, name)
        default: return nil
        }
    }

    private func shape(of e: Expr) -> TypeRef? {
        switch e.kind {
        case .identifier, .tupleElement, .forceUnwrap:
            return staticType(of: e)
        case let .subscriptAccess(base, args) where args.count == 1 && args[0].label == nil:
            if let t = staticType(of: e) { return t }
            if case .dictionaryLiteral = base.kind { return .optional(Compiler.unknownType) }
            return nil
        case let .member(base, name):
            if let typeName = scriptTypeName(of: base) { return fieldShape(typeName, name) }
            return name == "first" || name == "last" ? .optional(knownElementType(of: base)) : nil
        case let .call(callee, args):
            if isOptionalMap(callee, args) { return .optional(Compiler.unknownType) }
            if let t = staticType(of: e), Compiler.containsOptional(t) { return t }
            // `xs.max()` is optional; `Swift.max(1, 2)` is not.
            if case let .member(_, name) = callee.kind, args.isEmpty || args[0].label != nil || args[0].isTrailingClosure,
               ["randomElement", "min", "max", "firstIndex", "lastIndex", "first", "last", "popLast"].contains(name) {
                if case let .member(base, _) = callee.kind, !["firstIndex", "lastIndex"].contains(name) { return .optional(knownElementType(of: base)) }
                return .optional(Compiler.unknownType)
            }
            // `d.removeValue(forKey: k)`, `d.updateValue(v, forKey: k)`: the old value, if any.
            if case let .member(_, name) = callee.kind, name == "removeValue" || name == "updateValue",
               args.last?.label == "forKey" {
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

    /// The element type of a typed array (`[Int?]` → `Int?`), else the unknown type.
    private func knownElementType(of e: Expr) -> TypeRef {
        if let t = staticType(of: e).flatMap({ Compiler.contextType($0) }), case .array = t, let el = Compiler.elementType(t) { return el }
        return Compiler.unknownType
    }

    /// The wrapped type of an expression the compiler sees is an optional (`Double("4")` → `Double`).
    func optionalWrappedType(_ e: Expr) -> TypeRef? {
        switch optionalShape(of: e) {
        case let .optional(w)?, let .implicitlyUnwrapped(w)?: return w
        case let .named("Optional", generics)? where generics.count == 1: return generics[0]
        default: return nil
        }
    }

    /// Whether the compiler sees that `e` is an optional (not merely contains one).
    func isOptional(_ e: Expr) -> Bool {
        switch optionalShape(of: e) {
        case .optional?, .implicitlyUnwrapped?: return true
        case let .named("Optional", generics)?: return generics.count == 1
        default: return false
        }
    }

    /// `x.map(f)` / `x.flatMap(f)` on an optional `x`.
    func isOptionalMap(_ callee: Expr, _ args: [CallArgument]) -> Bool {
        guard case let .member(base, name) = callee.kind, name == "map" || name == "flatMap", args.count == 1 else { return false }
        return isOptional(base)
    }

    /// `Optional.map` / `flatMap`: nil stays nil, a present value goes through `f`. (Optionals are flattened
    /// at run time, so `x.map` on an `[Int]?` would otherwise be the array's `map`.)
    func compileOptionalMap(_ base: Expr, _ name: String, _ args: [CallArgument]) throws -> Eval? {
        guard isOptionalMap(Expr(.member(base: base, name: name), at: base.location), args) else { return nil }
        let rt = self.rt, be = try compileExpr(base), fe = try compileExpr(args[0].value)
        return { f in
            let v = try be(f)
            if case .null = v { return .null }
            let r = try rt.call(try fe(f), [v.someWrapped ?? v])
            return name == "map" ? r.asSome : r  // `map` keeps a nil result as `.some(nil)`
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
        // `x.first` where the compiler cannot see what `x` is: a collection's `first` is optional, a
        // struct's stored `first` is not (`pair.swapped().first`).
        if case let .member(base, name) = e.kind, name == "first" || name == "last", staticType(of: base) == nil {
            let rt = self.rt, be = try compileExpr(base)
            return { f in
                let b = try be(f)
                let v = try Members.get(b, name, rt)
                switch b {
                case .instance, .enumCase, .native: return .str(try v.describe(debug: false))
                default: return .str(try Compiler.describe(v, as: t, debug: false))
                }
            }
        }
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
            return "Optional(" + (try describe(v.someWrapped ?? v, as: inner, debug: true)) + ")"
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
