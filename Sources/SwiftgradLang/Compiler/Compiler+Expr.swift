/// Signals that an optional chain hit nil (caught by the enclosing `optionalChain`).
struct OptionalChainNil: Error {}

extension Compiler {
    func compileExpr(_ e: Expr) throws -> Eval {
        let rt = self.rt
        switch e.kind {
        case let .intLiteral(i): let v = Value.int(i); return { _ in v }
        case let .doubleLiteral(d): let v = Value.double(d); return { _ in v }
        case let .boolLiteral(b): let v = Value.bool(b); return { _ in v }
        case let .stringLiteral(s): let v = Value.str(s); return { _ in v }
        case .nilLiteral: return { _ in .null }
        case let .interpolatedString(segments):
            var parts: [(String?, Eval?)] = []
            for seg in segments {
                switch seg {
                case let .text(t): parts.append((t, nil))
                case let .interpolation(x): parts.append((nil, try compileOptionalText(x) ?? compileExpr(x)))
                }
            }
            return { f in
                var s = ""
                for (t, ev) in parts {
                    if let t { s += t } else if let ev { s += try ev(f).describe(debug: false) }
                }
                try Limits.checkString(bytes: s.utf8.count, "string interpolation")
                return .str(s)
            }
        case let .arrayLiteral(items):
            if let t = Compiler.mixedLiteralType(items) { return try compileExpr(e, expecting: .array(t)) }
            if items.contains(where: \.isImplicitMemberExpression) {  // `[Phase.finetune, .warmup]`
                let evs = try items.map { CompiledExpr(run: try compileExpr($0)) }
                return { f in .array(ArrayRef(try rt.resolvingImplicitSiblings(try evs.map { try $0.run(f) }))) }
            }
            return Compiler.arrayLiteral(try items.map { CompiledExpr(run: try compileExpr($0)) })
        case let .dictionaryLiteral(entries):
            if let t = Compiler.numberLiteralType(entries.map { $0.value }) {
                return Compiler.dictionaryLiteral(try entries.map {
                    (CompiledExpr(run: try compileExpr($0.key)), CompiledExpr(run: try compileExpr($0.value, expecting: t)))
                })
            }
            return Compiler.dictionaryLiteral(try entries.map { (CompiledExpr(run: try compileExpr($0.key)), CompiledExpr(run: try compileExpr($0.value))) })
        case let .identifier(name): return try compileName(name)
        case .superRef: throw error("'super' can only be used as 'super.member'")
        case let .shorthandArgument(i):
            guard i < fn.shorthandSlots.count else { throw error("anonymous closure argument $\(i) is not available here") }
            let slot = fn.shorthandSlots[i]
            return { f in f[slot] }
        case let .implicitMember(name):
            let index = rt.implicitMembers.caseIndex(name), members = rt.implicitMembers
            return { _ in members.value(caseIndex: index) }
        case let .typeReference(t): return try compileTypeReference(t)
        case let .operatorReference(op): return try compileOperatorReference(op)
        case let .keyPath(_, components):
            let comps = components
            let getter = NativeFunction(name: "keyPath", labels: nil) { args in
                var v = args[0]
                for c in comps { v = try Members.get(v, c, args.runtime) }
                return v
            }
            return { _ in .function(getter) }
        case .discard: throw error("'_' can only appear on the left of an assignment")
        case let .prefix(op, operand): return try compilePrefix(op, operand)
        case let .postfix(op, _): throw error("unknown postfix operator '\(op.text)'")
        case let .binary(op, lhs, rhs): return try compileBinary(op, lhs, rhs)
        case let .oneSidedRange(op, bound, isPrefix):
            let b = try compileExpr(bound)
            return { f in
                let v = try b(f)
                if isPrefix { return .range(RangeRef(.int(0), v, closed: op == .closedRange, lowerUnbounded: true)) }
                return .range(RangeRef(v, .int(Int.max), closed: false, upperUnbounded: true))
            }
        case let .assign(op, target, value): return try compileAssign(op, target, value)
        case let .ternary(c, t, el):
            if let type = Compiler.numberLiteralType([t, el]) { return try compileExpr(e, expecting: type) }
            let ce = try compileCondition(c), te = try compileExpr(t), ee = try compileExpr(el)
            return { f in try ce(f) ? try te(f) : try ee(f) }
        case let .cast(kind, x, type): return try compileCast(kind, x, type)
        case let .forceUnwrap(x):
            let xe = try compileExpr(x)
            return { f in
                let v = try xe(f)
                if case .null = v { throw RuntimeError(.unwrapNil, "unexpectedly found nil while unwrapping an Optional value") }
                return v.someWrapped ?? v
            }
        case let .bindOptional(x):
            let xe = try compileExpr(x)
            return { f in
                let v = try xe(f)
                if case .null = v { throw OptionalChainNil() }
                return v.someWrapped ?? v
            }
        case let .optionalChain(x):
            let xe = try compileExpr(x)
            return { f in
                do { return try xe(f) } catch is OptionalChainNil { return .null }
            }
        case let .tryExpr(kind, x):
            let xe = try compileExpr(x)
            if kind == .optional {
                return { f in
                    do { return try xe(f) } catch let e as RuntimeError where e.kind != .interrupted && e.kind != .stackOverflow { return .null }
                }
            }
            return xe
        case let .member(base, name): return try compileMemberGet(base, name)
        case let .tupleElement(base, index):
            let be = try compileExpr(base)
            return { f in
                let v = try be(f)
                guard case let .tuple(t) = v, index < t.items.count else {
                    throw RuntimeError.typeMismatch("value of type '\(v.typeName)' has no member '\(index)'")
                }
                return t.items[index]
            }
        case let .call(callee, args): return try compileCall(callee, args)
        case let .subscriptAccess(base, args): return try compileSubscriptGet(base, args)
        case let .tuple(elements):
            if elements.isEmpty { return { _ in .void } }
            return Compiler.tupleLiteral(try elements.map { CompiledExpr(run: try compileExpr($0.value)) }, labels: elements.map { $0.label })
        case let .closure(c): return try compileClosure(c)
        }
    }

    /// A condition: must be a Bool.
    func compileCondition(_ e: Expr) throws -> (Frame) throws -> Bool {
        if let comparison = try compileSpecializedComparison(e) { return comparison }
        let ev = try compileExpr(e)
        return { f in
            let v = try ev(f)
            if case let .bool(b) = v { return b }
            throw RuntimeError.typeMismatch("condition must be a Bool, got \(v.typeName)")
        }
    }

    func compileName(_ name: String) throws -> Eval {
        let rt = self.rt
        if Parser.unsupportedFloatTypes.contains(name), case .global = resolve(name) {
            throw error(Parser.unsupportedFloatMessage(name))
        }
        switch resolve(name) {
        case let .local(l):
            let slot = l.slot
            if l.boxed {
                return { f in
                    if let b = Value.unmanagedBox(at: f + slot) { return b._withUnsafeGuaranteedRef { $0.value } }
                    return f[slot]
                }
            }
            return { f in f[slot] }
        case let .global(cell):
            let locals = visibleLocalNames()
            return { _ in
                if cell.isDefined { return cell.value }
                throw rt.undefinedName(cell.name, locals: locals)
            }
        case let .selfMember(member):
            return try compileMemberGet(Expr(.identifier("self"), at: .unknown), member)
        }
    }

    func compileTypeReference(_ t: TypeRef) throws -> Eval {
        let rt = self.rt
        let name: String
        switch t {
        case .array: name = "Array"
        case .dictionary: name = "Dictionary"
        case let .named(n, _): name = n
        case let .optional(inner): return try compileTypeReference(inner)
        default: throw error("type '\(t.text)' cannot be used as a value")
        }
        let cell = rt.globalCell(name)
        return { _ in
            if cell.isDefined { return cell.value }
            throw RuntimeError.undefined(name)
        }
    }

    func compileOperatorReference(_ op: Operator) throws -> Eval {
        let rt = self.rt
        guard let fnv = try Compiler.binaryOperatorFunction(op, rt) else { throw error("unknown operator '\(op.text)'") }
        let v = Value.function(fnv)
        return { _ in v }
    }

    /// The function value of an operator (`reduce(0, +)`).
    static func binaryOperatorFunction(_ op: Operator, _ rt: Runtime) throws -> Function? {
        guard let impl = binaryImplementation(op) else { return nil }
        return NativeFunction(name: op.text, labels: [nil, nil], signature: "(\(op.text))(_ lhs: T, _ rhs: T) -> T") { args in
            // `zip(w, x).map(*)`: one pair for both operands.
            if args.count == 1, case let .tuple(t) = args[0], t.items.count == 2 { return try impl(t.items[0], t.items[1], args.runtime) }
            return try impl(args[0], args[1], args.runtime)
        }
    }

    typealias BinaryImpl = (Value, Value, Runtime) throws -> Value

    static func binaryImplementation(_ op: Operator) -> BinaryImpl? {
        switch op {
        case .plus: return Operators.add
        case .minus: return Operators.subtract
        case .multiply: return Operators.multiply
        case .divide: return Operators.divide
        case .remainder: return Operators.remainder
        case .power: return Operators.power
        case .less: return { a, b, rt in .bool(try Operators.less(a, b, rt)) }
        case .greater: return { a, b, rt in .bool(try Operators.less(b, a, rt)) }
        case .lessEqual: return { a, b, rt in try Operators.compare(.lessEqual, a, b, rt) }
        case .greaterEqual: return { a, b, rt in try Operators.compare(.greaterEqual, a, b, rt) }
        case .equal: return { a, b, rt in .bool(try Operators.equal(a, b, rt)) }
        case .notEqual: return { a, b, rt in .bool(try !Operators.equal(a, b, rt)) }
        case .identical: return { a, b, _ in .bool(a.identity != nil && a.identity == b.identity) }
        case .notIdentical: return { a, b, _ in .bool(!(a.identity != nil && a.identity == b.identity)) }
        case .patternMatch:
            // Swift's pattern-match operator: a range contains the value, anything else is `==`.
            return { a, b, rt in
                if case let .range(r) = a, !b.isRange { return .bool(try r.contains(b, rt)) }
                return .bool(try Operators.equal(a, b, rt))
            }
        case .halfOpenRange, .closedRange:
            let closed = op == .closedRange, text = op.text
            return { a, b, rt in
                if case let .int(lo) = a, case let .int(hi) = b, hi < lo {
                    throw RuntimeError(.invalidRange, "range requires lowerBound <= upperBound (\(lo)\(text)\(hi))")
                }
                // Double and String bounds trap in Swift too (`2.0...1.0`, a NaN bound).
                switch (a, b) {
                case (.double, .double), (.double, .int), (.int, .double), (.string, .string):
                    if try !Operators.lessEqual(a, b, rt) {
                        throw RuntimeError(.invalidRange, "range requires lowerBound <= upperBound (\(a.description)\(text)\(b.description))")
                    }
                default: break
                }
                return .range(RangeRef(a, b, closed: closed))
            }
        case .bitwiseAnd, .bitwiseOr, .bitwiseXor, .shiftLeft, .shiftRight, .maskingShiftLeft, .maskingShiftRight,
             .overflowAdd, .overflowSubtract, .overflowMultiply:
            return { a, b, rt in
                guard case let .int(x) = a, case let .int(y) = b else {
                    if let r = try FixedIntegers.bitwise(op, a, b) { return r }
                    return try rt.userOperator(named: op, a, b)
                }
                switch op {
                case .bitwiseAnd: return .int(x & y)
                case .bitwiseOr: return .int(x | y)
                case .bitwiseXor: return .int(x ^ y)
                case .shiftLeft: return .int(x << y)
                case .shiftRight: return .int(x >> y)
                case .maskingShiftLeft: return .int(x &<< y)
                case .maskingShiftRight: return .int(x &>> y)
                case .overflowAdd: return .int(x &+ y)
                case .overflowSubtract: return .int(x &- y)
                default: return .int(x &* y)
                }
            }
        case .and, .or, .not, .bitwiseNot, .nilCoalescing, .custom: return nil
        }
    }

    func compilePrefix(_ op: Operator, _ operand: Expr) throws -> Eval {
        let rt = self.rt
        // Negative literals fold.
        if op == .minus {
            if case let .intLiteral(i) = operand.kind { let v = Value.int(-i); return { _ in v } }
            if case let .doubleLiteral(d) = operand.kind { let v = Value.double(-d); return { _ in v } }
            // `-9223372036854775808` is Int.min (its digits alone lex as a UInt64 literal).
            if case let .call(callee, args) = operand.kind, case .identifier("UInt64") = callee.kind, args.count == 1,
               args[0].label == "bitPattern", case .intLiteral(Int.min) = args[0].value.kind { return { _ in .int(Int.min) } }
        }
        let x = try compileExpr(operand)
        switch op {
        case .minus: return { f in try Operators.negate(try x(f), rt) }
        case .plus: return x
        case .not:
            return { f in
                let v = try x(f)
                if case let .bool(b) = v { return .bool(!b) }
                throw RuntimeError.typeMismatch("operator '!' needs a Bool, got \(v.typeName)")
            }
        case .bitwiseNot:
            return { f in
                let v = try x(f)
                if case let .int(i) = v { return .int(~i) }
                if let n = v.fixedInt { return FixedIntegers.bitwiseNot(n) }
                throw RuntimeError.typeMismatch("unary operator '~' cannot be applied to an operand of type '\(v.typeName)'")
            }
        default:
            let name = op.text, cell = rt.globalCell(name)
            return { f in
                guard cell.isDefined else { throw RuntimeError.undefined(name) }
                return try rt.call(cell.value, [try x(f)])
            }
        }
    }

    func compileBinary(_ op: Operator, _ lhs: Expr, _ rhs: Expr) throws -> Eval {
        if let specialized = try compileSpecializedBinary(op, lhs, rhs) { return specialized }
        let rt = self.rt
        // `Double(s) ?? -1`: the right side of `??` takes the left side's wrapped type (`-1.0`).
        let l = try compileExpr(lhs), r = try compileExpr(rhs, expecting: op == .nilCoalescing ? optionalWrappedType(lhs) : nil)
        switch op {
        case .plus: return { f in try Operators.add(try l(f), try r(f), rt) }
        case .minus: return { f in try Operators.subtract(try l(f), try r(f), rt) }
        case .multiply: return { f in try Operators.multiply(try l(f), try r(f), rt) }
        case .divide: return { f in try Operators.divide(try l(f), try r(f), rt) }
        case .less:
            return { f in
                let a = try l(f), b = try r(f)
                switch (a, b) {
                case let (.int(x), .int(y)): return .bool(x < y)
                case let (.double(x), .double(y)): return .bool(x < y)
                default: return .bool(try Operators.less(a, b, rt))
                }
            }
        case .greater:
            return { f in
                let a = try l(f), b = try r(f)
                switch (a, b) {
                case let (.int(x), .int(y)): return .bool(x > y)
                case let (.double(x), .double(y)): return .bool(x > y)
                default: return .bool(try Operators.less(b, a, rt))
                }
            }
        case .equal: return { f in .bool(try Operators.equal(try l(f), try r(f), rt)) }
        case .notEqual: return { f in .bool(try !Operators.equal(try l(f), try r(f), rt)) }
        case .and:
            return { f in
                let a = try l(f)
                guard case let .bool(x) = a else { throw RuntimeError.typeMismatch("'&&' needs Bool operands, got \(a.typeName)") }
                if !x { return .bool(false) }
                let b = try r(f)
                guard case .bool = b else { throw RuntimeError.typeMismatch("'&&' needs Bool operands, got \(b.typeName)") }
                return b
            }
        case .or:
            return { f in
                let a = try l(f)
                guard case let .bool(x) = a else { throw RuntimeError.typeMismatch("'||' needs Bool operands, got \(a.typeName)") }
                if x { return .bool(true) }
                let b = try r(f)
                guard case .bool = b else { throw RuntimeError.typeMismatch("'||' needs Bool operands, got \(b.typeName)") }
                return b
            }
        case .nilCoalescing:
            return { f in
                let a = try l(f)
                if case .null = a { return try r(f) }
                return a.someWrapped ?? a
            }
        default:
            if let impl = Compiler.binaryImplementation(op) {
                return { f in try impl(try l(f), try r(f), rt) }
            }
            // A user-declared operator function.
            let name = op.text, cell = rt.globalCell(name)
            return { f in
                let a = try l(f), b = try r(f)
                if case let .instance(i) = a, let m = i.type.staticMethod(name) { return try rt.callOperator(m, a, b) }
                guard cell.isDefined, case let .function(fnv) = cell.value else { throw RuntimeError.undefined(name) }
                return try rt.callOperator(fnv, a, b)
            }
        }
    }

    func compileCast(_ kind: CastKind, _ x: Expr, _ type: TypeRef) throws -> Eval {
        let rt = self.rt
        let xe = try compileExpr(x)
        let typeName = type.text
        switch kind {
        case .isType: return { f in .bool(rt.valueIs(try xe(f), type)) }
        case .coerce:
            let c = Coercion(typeName: typeName)
            return { f in try rt.coerce(try xe(f), c, what: "value") }
        case .conditional:
            return { f in
                let v = try xe(f)
                return rt.valueIs(v, type) ? v : .null
            }
        case .forced:
            return { f in
                let v = try xe(f)
                if rt.valueIs(v, type) { return v }
                throw RuntimeError.typeMismatch("could not cast value of type '\(v.typeName)' to '\(typeName)'")
            }
        }
    }
}

extension Runtime {
    /// `x is T` for a written type: a tuple type checks each element (`case let (n, s) as (Int, String)`).
    func valueIs(_ v: Value, _ type: TypeRef) -> Bool {
        if case let .tuple(elements) = type, elements.count > 1 {
            guard case let .tuple(t) = v, t.items.count == elements.count else { return false }
            return zip(t.items, elements).allSatisfy { valueIs($0, $1.type) }
        }
        return valueIs(v, type.text)
    }

    /// `x is T` for the type names scripts write.
    func valueIs(_ v: Value, _ typeName: String) -> Bool {
        let name = typeName.hasSuffix("?") ? String(typeName.dropLast()) : typeName
        switch (v, name) {
        case (_, "Any"), (_, "AnyObject"): return true
        case (.int, "Int"), (.double, "Double"), (.double, "Float"), (.bool, "Bool"), (.string, "String"): return true
        case (.array, _): return name.hasPrefix("[") && !name.contains(":") || name.hasPrefix("Array")
        case (.dict, _): return name.hasPrefix("[") && name.contains(":") || name.hasPrefix("Dictionary")
        case (.set, _): return name.hasPrefix("Set")
        case let (.instance(i), _): return i.type.conforms(to: name)
        case let (.enumCase(e), _): return e.type.conforms(to: name)
        case let (.native(n), _): return n.type.name == name
        case (.function, _): return name.contains("->")
        default: return false
        }
    }
}
