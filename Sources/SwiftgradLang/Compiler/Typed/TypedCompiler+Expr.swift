/// Expressions of the typed tier. Kinds follow Swift's: an integer literal takes the kind its
/// context wants (`Double` in `x * 2` with `x: Double`), anything else has one kind, and operands
/// of different kinds (`Int + Double`, which Swift rejects and the general path mixes) leave the
/// whole function to the general path.
extension TypedCompiler {
    /// The kind `e` has by itself; nil for integer literals (and arithmetic of only those), which
    /// take their context's kind.
    func naturalKind(_ e: Expr) throws -> TypedKind? {
        switch e.kind {
        case .intLiteral: return nil
        case .doubleLiteral: return .double
        case .boolLiteral: return .bool
        case let .identifier(name):
            guard let l = lookup(name) else { throw Unsupported() }
            return l.kind
        case let .prefix(.minus, x): return try naturalKind(x)
        case .prefix(.not, _): return .bool
        case let .binary(op, l, r):
            switch op {
            case .and, .or, .less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual: return .bool
            default: return try unify(naturalKind(l), naturalKind(r))
            }
        case let .ternary(_, t, f): return try unify(naturalKind(t), naturalKind(f))
        case .member:
            guard let c = builtinConstant(e) else { throw Unsupported() }
            return c.kind
        case let .tuple(elements) where elements.count == 1 && elements[0].label == nil:
            return try naturalKind(elements[0].value)
        case let .call(callee, _):
            guard case let .identifier(name) = callee.kind else { throw Unsupported() }
            if name == "Double" { return .double }
            if name == "Int" { return .int }
            guard lookup(name) == nil else { throw Unsupported() }
            if let s = calleeSignature(name) { return s.result }
            guard let args = builtinMathArguments(name, e) else { throw Unsupported() }
            return try args.dropFirst().reduce(naturalKind(args[0])) { try unify($0, naturalKind($1)) }
        default: throw Unsupported()
        }
    }

    func unify(_ a: TypedKind?, _ b: TypedKind?) throws -> TypedKind? {
        guard let a else { return b }
        guard let b else { return a }
        guard a == b else { throw Unsupported() }
        return a
    }

    /// Compiles `e` as a value of kind `want` (nil: its own kind; an integer literal is an Int).
    func expr(_ e: Expr, _ want: TypedKind?) throws -> TypedExpr {
        let compiled = try anyKind(e, want)
        if let want, compiled.kind != want { throw Unsupported() }
        return compiled
    }

    private func anyKind(_ e: Expr, _ want: TypedKind?) throws -> TypedExpr {
        switch e.kind {
        case let .intLiteral(v):
            if want == .double { let d = Double(v); return .double { _ in d } }
            return .int { _ in v }
        case let .doubleLiteral(v): return .double { _ in v }
        case let .boolLiteral(v): return .bool { _ in v }
        case let .identifier(name):
            guard let l = lookup(name) else { throw Unsupported() }
            let slot = l.slot
            switch l.kind {
            case .int: return .int { f in f[slot] }
            case .double: return .double { f in typedDouble(f[slot]) }
            case .bool: return .bool { f in f[slot] != 0 }
            }
        case let .tuple(elements) where elements.count == 1 && elements[0].label == nil:
            return try anyKind(elements[0].value, want)
        case .member:
            guard let c = builtinConstant(e) else { throw Unsupported() }
            return c
        case let .prefix(.minus, x):
            if case let .intLiteral(v) = x.kind, want != .double { return .int { _ in -v } }
            switch try expr(x, try naturalKind(x) ?? want) {
            case let .int(a):
                return .int { f in
                    let v = try a(f)
                    if v == Int.min { throw RuntimeError(.overflow, "arithmetic overflow: -(\(v)) does not fit in Int") }
                    return -v
                }
            case let .double(a): return .double { f in -(try a(f)) }
            case .bool: throw Unsupported()
            }
        case let .prefix(.not, x):
            guard case let .bool(a) = try expr(x, .bool) else { throw Unsupported() }
            return .bool { f in !(try a(f)) }
        case let .binary(op, l, r):
            return try binary(op, l, r, want)
        case let .ternary(c, t, f):
            guard case let .bool(cond) = try expr(c, .bool) else { throw Unsupported() }
            let k = try unify(naturalKind(t), naturalKind(f)) ?? want ?? .int
            switch (try expr(t, k), try expr(f, k)) {
            case let (.int(a), .int(b)): return .int { fr in try cond(fr) ? try a(fr) : try b(fr) }
            case let (.double(a), .double(b)): return .double { fr in try cond(fr) ? try a(fr) : try b(fr) }
            case let (.bool(a), .bool(b)): return .bool { fr in try cond(fr) ? try a(fr) : try b(fr) }
            default: throw Unsupported()
            }
        case let .call(callee, args):
            guard case let .identifier(name) = callee.kind, lookup(name) == nil else { throw Unsupported() }
            if name == "Double" { return try doubleConversion(args) }
            if name == "Int" { return try intConversion(args) }
            if calleeSignature(name) == nil, let values = builtinMathArguments(name, e) {
                return try builtinMath(name, values, try naturalKind(e) ?? want ?? .int)
            }
            return try call(name, args)
        default:
            throw Unsupported()
        }
    }

    private func binary(_ op: Operator, _ l: Expr, _ r: Expr, _ want: TypedKind?) throws -> TypedExpr {
        switch op {
        case .and, .or:
            guard case let .bool(a) = try expr(l, .bool), case let .bool(b) = try expr(r, .bool) else { throw Unsupported() }
            if op == .and { return .bool { f in try a(f) && b(f) } }
            return .bool { f in try a(f) || b(f) }
        default:
            break
        }
        let isComparison = [.less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual].contains(op)
        // Arithmetic takes its context's kind when both operands are literals (`let h: Double = 1 / 2`).
        let k = try unify(naturalKind(l), naturalKind(r)) ?? (isComparison ? .int : want ?? .int)
        switch k {
        case .int:
            guard let x = TypedOps.int(op, try operand(l, .int), try operand(r, .int)) else { throw Unsupported() }
            return x
        case .double:
            guard let x = TypedOps.double(op, try operand(l, .double), try operand(r, .double)) else { throw Unsupported() }
            return x
        case .bool:
            guard op == .equal || op == .notEqual, case let .bool(a) = try expr(l, .bool), case let .bool(b) = try expr(r, .bool)
            else { throw Unsupported() }
            if op == .equal { return .bool { f in try a(f) == b(f) } }
            return .bool { f in try a(f) != b(f) }
        }
    }

    /// An operand of kind `kind`: a local's slot, a literal's bits or an expression.
    func operand(_ e: Expr, _ kind: TypedKind) throws -> TypedOperand {
        if case let .identifier(name) = e.kind, let l = lookup(name), l.kind == kind { return .slot(l.slot) }
        if case let .intLiteral(v) = e.kind { return .constant(kind == .double ? typedBits(Double(v)) : v) }
        if case let .doubleLiteral(v) = e.kind, kind == .double { return .constant(typedBits(v)) }
        return .expr(try expr(e, kind).raw)
    }

    /// `Double(i)` of an Int (or a Double), when `Double` is still the builtin type.
    private func doubleConversion(_ args: [CallArgument]) throws -> TypedExpr {
        guard args.count == 1, args[0].label == nil, let cell = rt.globals["Double"], case .type = cell.value
        else { throw Unsupported() }
        switch try expr(args[0].value, naturalKind(args[0].value) ?? .int) {
        case let .int(a): return .double { f in Double(try a(f)) }
        case let .double(a): return .double(a)
        case .bool: throw Unsupported()
        }
    }

    /// `Int.max`, `Int.min`, `Double.pi`, `Double.infinity`, ...: the builtin types' constants, read
    /// when the function is compiled (`Int` and `Double` still the builtin types).
    func builtinConstant(_ e: Expr) -> TypedExpr? {
        guard case let .member(base, member) = e.kind, case let .identifier(typeName) = base.kind,
              typeName == "Int" || typeName == "Double", lookup(typeName) == nil,
              let cell = rt.globals[typeName], case let .type(t) = cell.value, t.name == typeName,
              (typeName == "Int" ? Runtime.intStatics : Runtime.doubleStatics)[member] != nil
        else { return nil }
        switch t.staticMembers[member] {
        case let .int(v)? where typeName == "Int": return .int { _ in v }
        case let .double(v)? where typeName == "Double": return .double { _ in v }
        default: return nil
        }
    }

    /// `Int(x)` of a Double (or an Int), when `Int` is still the builtin type: the general path's
    /// range check and message (Library/BuiltinTypes.swift).
    private func intConversion(_ args: [CallArgument]) throws -> TypedExpr {
        guard args.count == 1, args[0].label == nil, let cell = rt.globals["Int"], case .type = cell.value
        else { throw Unsupported() }
        switch try expr(args[0].value, naturalKind(args[0].value) ?? .int) {
        case let .int(a): return .int(a)
        case let .double(a):
            return .int { f in
                let d = try a(f)
                guard d.isFinite, d > -9.223372036854775808e18, d < 9.223372036854775808e18 else {
                    throw RuntimeError(.overflow, "\(d) cannot be converted to Int")
                }
                return Int(d)
            }
        case .bool: throw Unsupported()
        }
    }

    /// The arguments of `abs(x)`, `min(a, b)` or `max(a, b)` (unlabeled) when the global holds the
    /// builtin function, else nil.
    func builtinMathArguments(_ name: String, _ e: Expr) -> [Expr]? {
        guard case let .call(_, args) = e.kind, args.allSatisfy({ $0.label == nil }),
              args.count == (name == "abs" ? 1 : name == "min" || name == "max" ? 2 : 0),
              let cell = rt.globals[name], case let .function(f) = cell.value, f is NativeFunction else { return nil }
        return args.map { $0.value }
    }

    /// `abs`, `min` and `max` of Ints or Doubles with the builtin's results and message
    /// (Library/GlobalFunctions.swift: `min` keeps the first of equal values, `max` the first
    /// unless the second is greater). Each call checks that the global still holds the builtin (a
    /// later cell may define its own), else calls what it holds through the general path.
    private func builtinMath(_ name: String, _ args: [Expr], _ kind: TypedKind) throws -> TypedExpr {
        guard kind != .bool, let cell = rt.globals[name], case let .function(builtin) = cell.value else { throw Unsupported() }
        let compiled = try args.map { try expr($0, kind) }
        let fallback = TypedCall.fallback(rt, cell, compiled, labels: args.map { _ in nil }, result: kind)
        @inline(__always) func isBuiltin() -> Bool {
            if case let .function(f) = cell.value { return f === builtin }
            return false
        }
        switch (name, compiled[0], compiled.last!) {
        case let ("abs", .int(a), _):
            return .int { f in
                guard isBuiltin() else { return try fallback(f) }
                let v = try a(f)
                if v == Int.min { throw RuntimeError(.overflow, "abs(Int.min) does not fit in Int") }
                return Swift.abs(v)
            }
        case let ("abs", .double(a), _):
            return .double { f in isBuiltin() ? Swift.abs(try a(f)) : typedDouble(try fallback(f)) }
        case let ("min", .int(a), .int(b)):
            return .int { f in
                guard isBuiltin() else { return try fallback(f) }
                let x = try a(f), y = try b(f)
                return y < x ? y : x
            }
        case let ("max", .int(a), .int(b)):
            return .int { f in
                guard isBuiltin() else { return try fallback(f) }
                let x = try a(f), y = try b(f)
                return y >= x ? y : x  // Swift's max: max(0.0, -0.0) is -0.0
            }
        case let ("min", .double(a), .double(b)):
            return .double { f in
                guard isBuiltin() else { return typedDouble(try fallback(f)) }
                let x = try a(f), y = try b(f)
                return y < x ? y : x
            }
        case let ("max", .double(a), .double(b)):
            return .double { f in
                guard isBuiltin() else { return typedDouble(try fallback(f)) }
                let x = try a(f), y = try b(f)
                return y >= x ? y : x  // Swift's max: max(0.0, -0.0) is -0.0
            }
        default:
            throw Unsupported()
        }
    }

    /// A call of a global typed function, checked against its signature at each call.
    private func call(_ name: String, _ args: [CallArgument]) throws -> TypedExpr {
        guard let s = calleeSignature(name), s.params.count == args.count,
              s.labels == args.map({ $0.label }), let key = s.key(rt) else { throw Unsupported() }
        let compiled = try zip(args, s.params).map { a, k in try expr(a.value, k) }
        let cell = rt.globalCell(name)
        let fallback = TypedCall.fallback(rt, cell, compiled, labels: s.labels, result: s.result)
        let shapes = zip(args, compiled).map { a, c in argumentShape(a.value, c) }
        let site = TypedCall.site(rt, cell, key: key, shapes, fallback: fallback)
        switch s.result {
        case .int: return .int(site)
        case .double: return .double { f in typedDouble(try site(f)) }
        case .bool: return .bool { f in try site(f) != 0 }
        }
    }

    /// How a call computes the argument `e`, compiled as `compiled` (see `TypedArgShape`).
    private func argumentShape(_ e: Expr, _ compiled: TypedExpr) -> TypedArgShape {
        switch e.kind {
        case let .identifier(name):
            if let l = lookup(name), l.kind == compiled.kind { return .slot(l.slot) }
        case let .intLiteral(v):
            return .constant(compiled.kind == .double ? typedBits(Double(v)) : v)
        case let .doubleLiteral(v):
            if compiled.kind == .double { return .constant(typedBits(v)) }
        case let .binary(op, l, r) where compiled.kind == .int && (op == .plus || op == .minus):
            if case let .identifier(name) = l.kind, let local = lookup(name), local.kind == .int,
               case let .intLiteral(k) = r.kind {
                return op == .plus ? .add(slot: local.slot, k) : .subtract(slot: local.slot, k)
            }
        default:
            break
        }
        return .expr(compiled.raw)
    }
}
