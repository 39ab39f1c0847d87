/// Implicit members nested inside other expressions: `T.node(.leaf(1), .leaf(2))` (an associated
/// value's declared type), `[Phase.finetune, .warmup]` (a sibling element's type),
/// `.add(.mul(a, b), .x)` returned as an `indirect enum` (each level by its case's payload types).
extension Runtime {
    /// The payload of case `i` of `t` converted to the declared types: implicit members become their
    /// values, an `Int` a `Double` (`case number(Double)` built as `.number(3)` holds `3.0`).
    func resolvingImplicitPayload(_ payload: [Value], _ t: TypeValue, _ i: Int) throws -> [Value] {
        guard i < t.cases.count else { return payload }
        let types = t.cases[i].payloadTypes
        return try payload.enumerated().map { k, v in
            guard k < types.count, let name = types[k] else { return v }
            if v.isImplicitMember { return try resolveImplicit(v, as: name) }
            let c = Coercion(typeName: name)
            switch c {
            case .double, .fixedInt: return try coerce(v, c, what: "associated value")
            default: return v
            }
        }
    }

    /// An implicit member as a member of the type named `name` (a script enum's case, a `Double` static).
    func resolveImplicit(_ v: Value, as name: String) throws -> Value {
        guard case let .enumCase(e) = v, e.type.isImplicitMembers else { return v }
        if name == "Double", e.payload.isEmpty, let d = Runtime.doubleStatics[e.caseName] { return d }
        // A static property of a struct, class or builtin type (`let p: Point = .origin`, `UInt8 = .max`).
        if e.payload.isEmpty, let g = globals[name], g.isDefined, case let .type(t) = g.value, t.kind != .enumType {
            var c: TypeValue? = t
            while let x = c {
                if let b = x.staticVars[e.caseName] { return b.value }
                if let s = x.staticMembers[e.caseName] { return s }
                c = x.superclass
            }
        }
        return try coerceNamed(v, .named(name))
    }

    /// Array literal elements: implicit members take the type of an element that has one.
    func resolvingImplicitSiblings(_ items: [Value]) throws -> [Value] {
        guard let typed = items.first(where: { if case let .enumCase(e) = $0 { return !e.type.isImplicitMembers }; return false }),
              case let .enumCase(e) = typed else {
            // `[x, .pi]` beside a number: the number's type (literals are typed by the compiler).
            if items.contains(where: { if case .double = $0 { return true }; return false }) {
                return try items.map { try resolveImplicit($0, as: "Double") }
            }
            if items.contains(where: { if case .int = $0 { return true }; return false }) {
                return try items.map { try resolveImplicit($0, as: "Int") }
            }
            return items
        }
        return try items.map { try resolveImplicit($0, as: e.type.name) }
    }
}

extension Value {
    var isImplicitMember: Bool {
        if case let .enumCase(e) = self { return e.type.isImplicitMembers }
        return false
    }
}

extension Expr {
    /// `.name` or `.name(args)` written without a type.
    var isImplicitMemberExpression: Bool {
        switch kind {
        case .implicitMember: return true
        case let .call(callee, _): if case .implicitMember = callee.kind { return true }; return false
        default: return false
        }
    }
}
