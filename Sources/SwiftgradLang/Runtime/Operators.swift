import Foundation

/// Arithmetic and comparison: fast paths for numbers (Int overflow is a script error, Int and
/// Double mix to Double), strings and arrays; otherwise the operands' declared operators
/// (script `static func +`, native operator handlers, global operator functions).
enum Operators {
    @inline(__always) static func add(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Value {
        switch (a, b) {
        case let (.int(x), .int(y)):
            let (r, o) = x.addingReportingOverflow(y)
            if o { throw RuntimeError.overflow("+", x, y) }
            return .int(r)
        case let (.double(x), .double(y)): return .double(x + y)
        case let (.int(x), .double(y)): return .double(Double(x) + y)
        case let (.double(x), .int(y)): return .double(x + Double(y))
        case let (.string(x), .string(y)):
            try Limits.checkString(bytes: x.value.utf8.count + y.value.utf8.count, "'+'")
            return .str(x.value + y.value)
        case let (.array(x), .array(y)):
            try Limits.check(x.items.count + y.items.count, "'+'")
            return .arr(x.items + y.items)
        default: return try rt.userOperator(.add, a, b)
        }
    }

    @inline(__always) static func subtract(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Value {
        switch (a, b) {
        case let (.int(x), .int(y)):
            let (r, o) = x.subtractingReportingOverflow(y)
            if o { throw RuntimeError.overflow("-", x, y) }
            return .int(r)
        case let (.double(x), .double(y)): return .double(x - y)
        case let (.int(x), .double(y)): return .double(Double(x) - y)
        case let (.double(x), .int(y)): return .double(x - Double(y))
        default: return try rt.userOperator(.subtract, a, b)
        }
    }

    @inline(__always) static func multiply(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Value {
        switch (a, b) {
        case let (.int(x), .int(y)):
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if o { throw RuntimeError.overflow("*", x, y) }
            return .int(r)
        case let (.double(x), .double(y)): return .double(x * y)
        case let (.int(x), .double(y)): return .double(Double(x) * y)
        case let (.double(x), .int(y)): return .double(x * Double(y))
        default: return try rt.userOperator(.multiply, a, b)
        }
    }

    @inline(__always) static func divide(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Value {
        switch (a, b) {
        case let (.int(x), .int(y)):
            if y == 0 { throw RuntimeError.divisionByZero }
            let (r, o) = x.dividedReportingOverflow(by: y)
            if o { throw RuntimeError.overflow("/", x, y) }
            return .int(r)
        case let (.double(x), .double(y)): return .double(x / y)
        case let (.int(x), .double(y)): return .double(Double(x) / y)
        case let (.double(x), .int(y)): return .double(x / Double(y))
        default: return try rt.userOperator(.divide, a, b)
        }
    }

    static func remainder(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Value {
        switch (a, b) {
        case let (.int(x), .int(y)):
            if y == 0 { throw RuntimeError(.divisionByZero, "division by zero in remainder operation") }
            let (r, o) = x.remainderReportingOverflow(dividingBy: y)
            if o { throw RuntimeError.overflow("%", x, y) }
            return .int(r)
        case (.double, _), (_, .double):
            if let x = a.asDouble, let y = b.asDouble { return .double(fmod(x, y)) }
            return try rt.userOperator(.remainder, a, b)
        default: return try rt.userOperator(.remainder, a, b)
        }
    }

    /// `**`: Int ** Int (non-negative exponent) is an Int; otherwise Double.
    static func power(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Value {
        switch (a, b) {
        case let (.int(x), .int(y)) where y >= 0:
            var result = 1, base = x, e = y
            while e > 0 {
                if e & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: base)
                    if o { throw RuntimeError(.overflow, "arithmetic overflow: \(x) ** \(y) does not fit in Int") }
                    result = r
                }
                e >>= 1
                if e > 0 {
                    let (sq, o) = base.multipliedReportingOverflow(by: base)
                    if o { throw RuntimeError(.overflow, "arithmetic overflow: \(x) ** \(y) does not fit in Int") }
                    base = sq
                }
            }
            return .int(result)
        default:
            if let x = a.asDouble, let y = b.asDouble { return .double(Foundation.pow(x, y)) }
            return try rt.userOperator(.power, a, b)
        }
    }

    static func negate(_ a: Value, _ rt: Runtime) throws -> Value {
        switch a {
        case let .int(x):
            if x == Int.min { throw RuntimeError(.overflow, "arithmetic overflow: -(\(x)) does not fit in Int") }
            return .int(-x)
        case let .double(x): return .double(-x)
        case let .native(n):
            if let f = n.type.prefixMinus { return try f(a) }
        case let .instance(i):
            if let m = i.type.staticMethod("-") ?? rt.globals["-"].flatMap({ $0.isDefined ? $0.value.functionValue : nil }) {
                return try rt.call(.function(m), [a])
            }
        default: break
        }
        throw RuntimeError.typeMismatch("unary operator '-' cannot be applied to an operand of type '\(a.typeName)'")
    }

    /// Ordering: `a < b`.
    static func less(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x < y
        case let (.double(x), .double(y)): return x < y
        case let (.int(x), .double(y)): return Double(x) < y
        case let (.double(x), .int(y)): return x < Double(y)
        case let (.string(x), .string(y)): return x.value < y.value
        case let (.tuple(x), .tuple(y)): return try tupleOrder(x.items, y.items, orEqual: false, rt)
        default:
            return try rt.userOperator(.less, a, b).bool()
        }
    }

    /// `a <= b` as Swift computes it, not as `!(b < a)`: a NaN is neither below nor above anything.
    static func lessEqual(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x <= y
        case let (.double(x), .double(y)): return x <= y
        case let (.int(x), .double(y)): return Double(x) <= y
        case let (.double(x), .int(y)): return x <= Double(y)
        case let (.string(x), .string(y)): return x.value <= y.value
        case let (.tuple(x), .tuple(y)): return try tupleOrder(x.items, y.items, orEqual: true, rt)
        default:
            return try rt.userOperator(.lessEqual, a, b).bool()
        }
    }

    /// Swift's tuple ordering: the first elements that differ (`!=`, so a NaN always does) decide by
    /// `<`; when all before the last are equal, the last pair decides by `<` or `<=`. Tuples of
    /// different lengths (not Swift) compare their common elements, then the shorter comes first.
    private static func tupleOrder(_ x: [Value], _ y: [Value], orEqual: Bool, _ rt: Runtime) throws -> Bool {
        let n = Swift.min(x.count, y.count)
        for i in 0..<n where i < n - 1 || x.count != y.count {
            if try !equal(x[i], y[i], rt) { return try less(x[i], y[i], rt) }
        }
        if x.count != y.count { return x.count < y.count }
        if n == 0 { return orEqual }
        return orEqual ? try lessEqual(x[n - 1], y[n - 1], rt) : try less(x[n - 1], y[n - 1], rt)
    }

    static func compare(_ op: BinaryOperator, _ a: Value, _ b: Value, _ rt: Runtime) throws -> Value {
        switch (a, b) {
        case (.int, .int), (.double, .double), (.int, .double), (.double, .int), (.string, .string), (.tuple, .tuple):
            switch op {
            case .less: return .bool(try less(a, b, rt))
            case .greater: return .bool(try less(b, a, rt))
            case .lessEqual: return .bool(try lessEqual(a, b, rt))
            default: return .bool(try lessEqual(b, a, rt))
            }
        default:
            return try rt.userOperator(op, a, b)
        }
    }

    /// `==`: a declared `==` operator if there is one, else structural equality.
    static func equal(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x == y
        case let (.double(x), .double(y)): return x == y
        case (.instance, _), (_, .instance), (.native, _), (_, .native):
            if let r = try rt.userOperatorIfDeclared(.equal, a, b) { return try r.bool() }
            return a.isEqual(to: b)
        default: return a.isEqual(to: b)
        }
    }
}

extension Value {
    var functionValue: Function? { if case let .function(f) = self { return f } else { return nil } }

    /// The script struct, class or enum this value is an instance of (not the implicit-member placeholder).
    var scriptType: TypeValue? {
        switch self {
        case let .instance(i): return i.type
        case let .enumCase(e): return e.type.isImplicitMembers ? nil : e.type
        default: return nil
        }
    }
}

extension Runtime {
    /// A declared operator for operands that have no builtin meaning, or a TypeMismatch error.
    func userOperator(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        if let r = try userOperatorIfDeclared(op, a, b) { return r }
        throw RuntimeError.typeMismatch("binary operator '\(op.symbol)' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'")
    }

    func userOperatorIfDeclared(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        // `task.priority >= .low`: an implicit member takes the other operand's script type.
        // (Only when that type has the member: an unresolved one would come back here forever.)
        if b.isImplicitMember, let t = a.scriptType {
            let r = try resolveImplicit(b, as: t.name)
            if !r.isImplicitMember { return try userOperatorIfDeclared(op, a, r) }
        }
        if a.isImplicitMember, let t = b.scriptType {
            let r = try resolveImplicit(a, as: t.name)
            if !r.isImplicitMember { return try userOperatorIfDeclared(op, r, b) }
        }
        if case let .native(n) = a, let h = n.type.binaryTable[op.rawValue] {
            if case let .native(m) = b, m.type.operatorPriority > n.type.operatorPriority,
               let hb = m.type.binaryTable[op.rawValue] { return try hb(a, b) }
            return try h(a, b)
        }
        if case let .native(n) = b, let h = n.type.binaryTable[op.rawValue] { return try h(a, b) }
        if case let .instance(i) = a, let m = i.type.operatorMethod(op) { return try callOperator(m, a, b) }
        if case let .instance(i) = b, let m = i.type.operatorMethod(op) { return try callOperator(m, a, b) }
        let symbol = op.symbol
        if case let .enumCase(e) = a, let m = e.type.staticMethod(symbol) { return try callOperator(m, a, b) }
        if let g = globals[symbol], g.isDefined, case let .function(f) = g.value { return try callOperator(f, a, b) }
        // Comparable: `>`, `<=`, `>=` come from a declared `<`.
        if [.greater, .lessEqual, .greaterEqual].contains(op), let t = a.scriptType ?? b.scriptType, let less = t.staticMethod("<") {
            switch op {
            case .greater: return try callOperator(less, b, a)
            case .lessEqual: return .bool(try !callOperator(less, b, a).bool())
            default: return .bool(try !callOperator(less, a, b).bool())
            }
        }
        return nil
    }

    /// An operator that only user declarations give meaning to on these operands (`&`, `<<`, `&+` on a
    /// script type): the type's `static func` or a global operator function, else a TypeMismatch.
    func userOperator(named op: Operator, _ a: Value, _ b: Value) throws -> Value {
        let symbol = op.text
        for v in [a, b] {
            switch v {
            case let .instance(i): if let m = i.type.staticMethod(symbol) { return try callOperator(m, a, b) }
            case let .enumCase(e): if let m = e.type.staticMethod(symbol) { return try callOperator(m, a, b) }
            default: break
            }
        }
        if let g = globals[symbol], g.isDefined, case let .function(f) = g.value { return try callOperator(f, a, b) }
        throw RuntimeError.typeMismatch("binary operator '\(symbol)' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'")
    }

    @inline(__always) func callOperator(_ f: Function, _ a: Value, _ b: Value) throws -> Value {
        let base = try reserve(3)
        if let fn = Runtime.lendsOperands(f, a, b) { return try callLending(fn, base, a, b) }
        Runtime.store(base + 1, a)
        Runtime.store(base + 2, b)
        do {
            let r = try callFunction(f, base: base, argCount: 2, labels: twoUnlabeled, labelSignature: LabelSignatures.twoUnlabeled)
            release(base, 3)
            return r
        } catch {
            release(base, 3)
            throw error
        }
    }

    /// The script operator function `f` if it takes `a` and `b` as they are: two unlabeled `let`
    /// parameters (none `inout` or boxed) whose declared types accept them unconverted, so nothing
    /// stores into their slots during the call (`invoke` neither matches, converts nor boxes them).
    @inline(__always) static func lendsOperands(_ f: Function, _ a: Value, _ b: Value) -> ScriptFunction? {
        guard f.kind == .script else { return nil }
        let fn = unsafeDowncast(f, to: ScriptFunction.self)
        let info = fn.proto.info
        guard info.pointee.labelSignature == LabelSignatures.twoUnlabeled, info.pointee.paramCount == 2,
              !info.pointee.hasInoutParams, !info.pointee.hasBoxedParams else { return nil }
        if info.pointee.hasParameterCoercions {
            guard info.pointee.coercionChecks[0].accepts(a), info.pointee.coercionChecks[1].accepts(b) else { return nil }
        }
        return fn
    }

    /// Calls operator function `fn` (see `lendsOperands`) with the operands lent to its parameter
    /// slots: their bits without a retain, cleared without a release afterwards (the caller holds
    /// them for the call). Storing copies was two retains and two releases per `a + b` on script
    /// instances (atomic operations, the largest cost of the Scalar program, perf).
    @inline(never) func callLending(_ fn: ScriptFunction, _ base: Frame, _ a: Value, _ b: Value) throws -> Value {
        withUnsafePointer(to: a) { Runtime.lend(base + 1, $0) }
        withUnsafePointer(to: b) { Runtime.lend(base + 2, $0) }
        defer {
            (base + 1).initialize(to: .null)
            (base + 2).initialize(to: .null)
            release(base, 3)
        }
        return try invoke(fn, base: base, argCount: 2, labels: twoUnlabeled, labelSignature: LabelSignatures.twoUnlabeled)
    }
}

extension BinaryOperator {
    /// The operator as the parser reads it.
    var syntax: Operator {
        switch self {
        case .add: return .plus
        case .subtract: return .minus
        case .multiply: return .multiply
        case .divide: return .divide
        case .power: return .power
        case .remainder: return .remainder
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        case .equal: return .equal
        case .notEqual: return .notEqual
        }
    }

    /// How it is written: the name of a declared operator function (`static func +`), and in messages.
    var symbol: String { syntax.text }
}
