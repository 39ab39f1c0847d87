/// Type context: the part of Swift's type inference that decides what a literal is. An expected type
/// (a declaration's annotation, a parameter's or a return type, the element type of a typed
/// collection, a typed closure's signature) reaches literals through collection literals, tuples,
/// optionals, conditionals and arithmetic, so `let t: [Double] = [1, 3]` holds `[1.0, 3.0]` and
/// `let half: Double = 1 / 2` is `0.5`; a closure written without types takes its parameter and result
/// types from the context (`let f: (Double) -> Double = { $0 / 2 }`).
extension Compiler {
    func compileExpr(_ e: Expr, expecting type: TypeRef?) throws -> Eval {
        // `.none` and `.some(x)` given to an optional (`let n: Int?? = .some(nil)`).
        if let wrapped = type?.optionalWrapped {
            if case .implicitMember("none") = e.kind { return { _ in .null } }
            if case let .call(callee, args) = e.kind, case .implicitMember("some") = callee.kind, args.count == 1, args[0].label == nil {
                let ev = try compileExpr(args[0].value, expecting: wrapped)
                return { f in try ev(f).asSome }
            }
        }
        // `return .failure(.empty)` as a `Result<Int, ShapeError>`: the payload takes the generic argument's type.
        if case let .named("Result", generics)? = type.map({ $0.optionalWrapped ?? $0 }), generics.count == 2,
           case let .call(callee, args) = e.kind, case let .implicitMember(name) = callee.kind,
           name == "success" || name == "failure", args.count == 1, args[0].label == nil {
            let pe = try compileExpr(args[0].value, expecting: generics[name == "success" ? 0 : 1]), rt = self.rt
            return { f in try rt.resolveImplicit(rt.implicitMembers.value(name, payload: [try pe(f)]), as: "Result") }
        }
        if let type, e.isImplicitMemberExpression, let name = Compiler.namedType(type) {
            // `.number(3)` as a `Token` (its payload converted to the case's types), `.infinity` as a Double.
            let rt = self.rt, ev = try compileExpr(e)
            return { f in try rt.resolveImplicit(try ev(f), as: name) }
        }
        // `self = self == .on ? .off : .on`: the context reaches both branches, whatever the type.
        if let type, case let .ternary(c, a, b) = e.kind {
            let ce = try compileCondition(c), ae = try compileExpr(a, expecting: type), be = try compileExpr(b, expecting: type)
            return { f in try ce(f) ? try ae(f) : try be(f) }
        }
        // `{ ... }()` (also an `if let`/`switch` expression): the closure returns the expected type.
        if let type, case let .call(callee, args) = e.kind, args.isEmpty, case let .closure(c) = callee.kind,
           c.parameters?.isEmpty == true, c.returnType == nil {
            let fe = try compileClosure(c, parameterTypes: [], resultType: type), rt = self.rt
            return { f in try rt.call(try fe(f), []) }
        }
        guard let type, let t = Compiler.contextType(type) else { return try compileExpr(e) }
        switch e.kind {
        case let .closure(c):
            guard case let .function(params, result, _) = t else { break }
            return try compileClosure(c, parameterTypes: params, resultType: result)
        case let .arrayLiteral(items):
            guard let element = Compiler.elementType(t) else { break }
            return Compiler.arrayLiteral(try items.map { CompiledExpr(run: try compileExpr($0, expecting: element)) })
        case let .dictionaryLiteral(entries):
            guard case let .dictionary(kt, vt) = t else { break }
            return Compiler.dictionaryLiteral(try entries.map {
                (CompiledExpr(run: try compileExpr($0.key, expecting: kt)), CompiledExpr(run: try compileExpr($0.value, expecting: vt)))
            })
        case let .tuple(elements):
            guard case let .tuple(types) = t, types.count == elements.count, !elements.isEmpty else { break }
            let evs = try zip(elements, types).map { CompiledExpr(run: try compileExpr($0.value, expecting: $1.type)) }
            let written = elements.map { $0.label }
            let labels = written.contains { $0 != nil } ? written : types.map { $0.label }
            return Compiler.tupleLiteral(evs, labels: labels)
        case let .binary(.nilCoalescing, lhs, rhs):
            return try compileBinary(.nilCoalescing, Compiler.numeric(lhs, type), Compiler.numeric(rhs, type))
        case .operatorReference, .identifier:
            // `let ops: [(Double, Double) -> Double] = [+, max]`: the library's operator or function
            // takes its arguments as the declared parameter types (`op(6, 4)` is `10.0`).
            guard case let .function(params, _, _) = t else { break }
            let cs = params.map { Coercion(type: $0) }
            guard cs.contains(where: { $0.convertsNumbers }) else { break }
            if case let .identifier(name) = e.kind {
                guard case .global = resolve(name), let g = rt.globals[name], g.isDefined,
                      case let .function(fv) = g.value, fv.kind != .script else { break }
            }
            let fe = try compileExpr(e), rt = self.rt
            return { f in
                let fv = try fe(f)
                return .function(NativeFunction(name: "function", labels: nil) { args in
                    let values = try args.values.enumerated().map { i, v in i < cs.count ? try rt.coerce(v, cs[i], what: "argument") : v }
                    return try rt.call(fv, values)
                })
            }
        default:
            break
        }
        return try compileExpr(Compiler.numeric(e, t))
    }

    /// The type that decides literals: an optional's wrapped type (`Double?` takes `1` as `1.0`).
    static func contextType(_ t: TypeRef) -> TypeRef? {
        if let w = t.optionalWrapped { return contextType(w) }
        if case let .named(name, generics) = t {
            switch (name, generics.count) {
            case ("Array", 1), ("Set", 1), ("ContiguousArray", 1): return t
            case ("Dictionary", 2): return .dictionary(key: generics[0], value: generics[1])
            case ("Optional", 1): return contextType(generics[0])
            default: return isFloatingPoint(t) ? t : nil
            }
        }
        return t
    }

    /// The name of a plain named type (through optionals): what an implicit member is a member of.
    static func namedType(_ t: TypeRef) -> String? {
        if let w = t.optionalWrapped { return namedType(w) }
        if case let .named(name, generics) = t, generics.isEmpty, name != "Optional" { return name }
        return nil
    }

    static func elementType(_ t: TypeRef) -> TypeRef? {
        switch t {
        case let .array(e): return e
        case let .named(_, generics) where generics.count == 1: return generics[0]
        default: return nil
        }
    }

    static func isFloatingPoint(_ t: TypeRef) -> Bool {
        guard case let .named(name, generics) = t, generics.isEmpty else { return false }
        return name == "Double" || name == "Float" || name == "CGFloat" || name == "Float64" || name == "Float32"
    }

    /// `e` with its integer literals read as floating-point literals where the type says so: through
    /// signs, parentheses and the arithmetic operators whose operands have the result's type.
    static func numeric(_ e: Expr, _ t: TypeRef) -> Expr {
        guard let t = contextType(t), isFloatingPoint(t) else { return e }
        return floatingLiterals(e)
    }

    private static func floatingLiterals(_ e: Expr) -> Expr {
        switch e.kind {
        case let .intLiteral(i): return Expr(.doubleLiteral(Double(i)), at: e.location)
        case let .implicitMember(name) where Runtime.doubleStatics[name] != nil:  // `-.infinity`
            return Expr(.member(base: Expr(.identifier("Double"), at: e.location), name: name), at: e.location)
        case let .prefix(op, x) where op == .minus || op == .plus:
            return Expr(.prefix(op: op, operand: floatingLiterals(x)), at: e.location)
        case let .binary(op, l, r) where [.plus, .minus, .multiply, .divide].contains(op):
            return Expr(.binary(op: op, lhs: floatingLiterals(l), rhs: floatingLiterals(r)), at: e.location)
        case let .ternary(c, a, b):
            return Expr(.ternary(condition: c, then: floatingLiterals(a), else: floatingLiterals(b)), at: e.location)
        default: return e
        }
    }

    static func arrayLiteral(_ evs: [CompiledExpr]) -> Eval {
        // One and two elements (`[self]`, `[lhs, rhs]`: every node of a Scalar graph) call closures
        // captured on their own: one read out of the array was a retain and a release of its context.
        if evs.count == 1 {
            let e0 = evs[0].run
            return { f in .array(ArrayRef([try e0(f)])) }
        }
        if evs.count == 2 {
            let e0 = evs[0].run, e1 = evs[1].run
            return { f in
                let x = try e0(f)
                return .array(ArrayRef([x, try e1(f)]))
            }
        }
        return { f in .array(ArrayRef(try evs.values(f))) }
    }

    static func dictionaryLiteral(_ evs: [(CompiledExpr, CompiledExpr)]) -> Eval {
        return { f in
            let d = DictRef()
            for (k, v) in evs { d.set(try k.run(f), try v.run(f)) }
            return .dict(d)
        }
    }

    static func tupleLiteral(_ evs: [CompiledExpr], labels: [String?]) -> Eval {
        let hasLabels = labels.contains { $0 != nil }
        return { f in .tuple(TupleRef(try evs.values(f), labels: hasLabels ? labels : nil)) }
    }
}

extension Compiler {
    /// The declared type of what an expression names, when the compiler can see it: a variable's
    /// annotation, an element of a typed collection, a tuple element (the context of `xs[i] = 1`).
    func staticType(of e: Expr) -> TypeRef? {
        switch e.kind {
        case let .identifier(name):
            // `self` in a method: its type (`self = .green` in a mutating enum method).
            if name == "self", lookupLocal(name, in: fn)?.type == nil, let s = selfTypeInScope(), !s.isStatic { return .named(s.name, generics: []) }
            if let l = lookupLocal(name, in: fn) { return l.type }
            if selfTypeInScope()?.members.contains(name) == true { return fieldOwner(e).flatMap { fieldType($0.type, $0.field) } }
            if let t = cellGlobalTypes[name] { return t }
            if let g = rt.globals[name], g.isDefined { return g.type }
            return nil
        case let .subscriptAccess(base, args) where args.count == 1 && args[0].label == nil:
            guard let t = staticType(of: base).flatMap({ Compiler.contextType($0) }) else { return nil }
            if case let .dictionary(_, v) = t { return .optional(v) }
            if case .array = t { return Compiler.elementType(t) }
            return nil
        case let .subscriptAccess(base, args) where args.count == 2 && args[1].label == "default":
            // `counts[k, default: []]`: the dictionary's value type, not optional.
            guard case let .dictionary(_, v)? = staticType(of: base).flatMap({ Compiler.contextType($0) }) else { return nil }
            return v
        case .member:
            return fieldOwner(e).flatMap { fieldType($0.type, $0.field) }
        case let .tupleElement(base, index):
            guard case let .tuple(types)? = staticType(of: base).flatMap({ Compiler.contextType($0) }), index < types.count else { return nil }
            return types[index].type
        case let .forceUnwrap(x), let .bindOptional(x): return staticType(of: x)?.optionalWrapped
        case let .call(callee, _):
            // `lookup(k)` of this cell's `func lookup(_ k: String) -> Double?` (not overloaded).
            guard case let .identifier(name) = callee.kind, case .global = resolve(name),
                  let results = cellFunctionResults[name], results.count == 1 else { return nil }
            return results[0]
        default: return nil
        }
    }
}

extension Compiler {
    /// The element type given to what is added to a typed collection (`xs.append(1)` with `xs: [Double]`).
    func builtinArgumentTypes(_ base: Expr, _ name: String, _ args: [CallArgument]) -> [TypeRef?] {
        if case let .named(typeName, generics)? = staticType(of: base), !generics.isEmpty,
           let g = cellGenericTypes[typeName], g.parameters.count == generics.count, let params = g.methods[name] {
            // A generic parameter of the method takes the type argument the instance was made with.
            return params.map { p in
                guard case let .named(n, [])? = p, let i = g.parameters.firstIndex(of: n) else { return nil }
                return generics[i]
            }
        }
        guard ["append", "insert", "contains", "firstIndex", "lastIndex"].contains(name),
              let t = staticType(of: base).flatMap({ Compiler.contextType($0) }), let element = Compiler.elementType(t) else { return [] }
        if args.first?.label == "contentsOf" { return [.array(element)] }
        return [element]
    }
}

extension Compiler {
    static let double = TypeRef.named("Double", generics: [])

    /// The element type of an array literal that mixes number literals, also in nested array literals
    /// (`[[1, 2], [2.5]]` is `[[Double]]`); nil when it does not.
    static func mixedLiteralType(_ items: [Expr]) -> TypeRef? {
        if let t = numberLiteralType(items) { return t }
        var inner: [Expr] = []
        for e in items {
            guard case let .arrayLiteral(xs) = e.kind else { return nil }
            inner += xs
        }
        return inner.isEmpty ? nil : mixedLiteralType(inner).map { .array($0) }
    }

    /// The type side-by-side number literals and implicit members give each other (see below).
    static func numberLiteralType(_ items: [Expr]) -> TypeRef? {
        mixesNumberLiterals(items) ? double : implicitNumberType(items)
    }

    /// Number literals beside implicit members (`[1.0, .pi]`, `[.max, 1]`, `[1, .infinity]`): the
    /// elements are Doubles when a literal is or a member is not one of Int's, else Ints — as Swift
    /// infers them (`[1, .pi]` is `[1.0, 3.14...]`); without this `.pi` stayed an unresolved member.
    static func implicitNumberType(_ items: [Expr]) -> TypeRef? {
        var members = false, doubles = false
        for e in items {
            var x = e
            if case let .prefix(.minus, inner) = x.kind { x = inner }
            switch x.kind {
            case .intLiteral: break
            case .doubleLiteral: doubles = true
            case let .implicitMember(name):
                members = true
                if Runtime.intStatics[name] == nil { doubles = true }
            default: return nil
            }
        }
        guard members, items.count > 1 else { return nil }
        return doubles ? double : .named("Int", generics: [])
    }

    /// Integer and floating-point literals side by side (`[1, 2.5]`, `c ? 1 : 0.5`): all are Doubles, as in Swift.
    static func mixesNumberLiterals(_ items: [Expr]) -> Bool {
        var ints = false, doubles = false
        for e in items {
            var x = e
            if case let .prefix(.minus, inner) = x.kind { x = inner }
            switch x.kind {
            case .intLiteral: ints = true
            case .doubleLiteral: doubles = true
            default: break
            }
        }
        return ints && doubles
    }
}
