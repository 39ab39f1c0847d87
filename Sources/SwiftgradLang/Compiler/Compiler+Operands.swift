/// Binary operators whose operands are plain local variables or number literals read them straight
/// from the frame: `i < n`, `n - 1`, `total + i` cost one closure call instead of three.
/// (Each operator is a type so the specialized closures inline it.)

/// A simple operand, read without a call.
enum SimpleOperand {
    case slot(Int)
    case constant(Value)
}

protocol BinaryOperation {
    static func apply(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Value
}

/// A comparison: also gives its answer as a Swift `Bool` for conditions (`while i < n`).
protocol ComparisonOperation: BinaryOperation {
    static func holds(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Bool
}

extension ComparisonOperation {
    @inline(__always) static func apply(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Value {
        .bool(try holds(a, b, rt))
    }
}

enum AddOperation: BinaryOperation {
    @inline(__always) static func apply(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Value { try Operators.add(a, b, rt) }
}
enum SubtractOperation: BinaryOperation {
    @inline(__always) static func apply(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Value { try Operators.subtract(a, b, rt) }
}
enum MultiplyOperation: BinaryOperation {
    @inline(__always) static func apply(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Value { try Operators.multiply(a, b, rt) }
}
enum DivideOperation: BinaryOperation {
    @inline(__always) static func apply(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Value { try Operators.divide(a, b, rt) }
}
enum LessOperation: ComparisonOperation {
    @inline(__always) static func holds(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x < y
        case let (.double(x), .double(y)): return x < y
        default: return try Operators.less(a, b, rt)
        }
    }
}
enum GreaterOperation: ComparisonOperation {
    @inline(__always) static func holds(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x > y
        case let (.double(x), .double(y)): return x > y
        default: return try Operators.less(b, a, rt)
        }
    }
}
enum LessEqualOperation: ComparisonOperation {
    @inline(__always) static func holds(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x <= y
        case let (.double(x), .double(y)): return x <= y
        default: return try Operators.compare(.lessEqual, a, b, rt).bool()
        }
    }
}
enum GreaterEqualOperation: ComparisonOperation {
    @inline(__always) static func holds(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x >= y
        case let (.double(x), .double(y)): return x >= y
        default: return try Operators.compare(.greaterEqual, a, b, rt).bool()
        }
    }
}
enum EqualOperation: ComparisonOperation {
    @inline(__always) static func holds(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Bool { try Operators.equal(a, b, rt) }
}
enum NotEqualOperation: ComparisonOperation {
    @inline(__always) static func holds(_ a: Value, _ b: Value, _ rt: Runtime) throws -> Bool { try !Operators.equal(a, b, rt) }
}

extension Compiler {
    /// The operand as a frame slot or a constant, if it is that simple.
    func simpleOperand(_ e: Expr) -> SimpleOperand? {
        switch e.kind {
        case let .intLiteral(i): return .constant(.int(i))
        case let .doubleLiteral(d): return .constant(.double(d))
        case let .identifier(name):
            if case let .local(l) = resolve(name), !l.boxed { return .slot(l.slot) }
            return nil
        default: return nil
        }
    }

    /// `lhs op rhs` for the arithmetic and comparison operators, or nil for the others.
    func compileSpecializedBinary(_ op: Operator, _ lhs: Expr, _ rhs: Expr) throws -> Eval? {
        switch op {
        case .plus: return try specialize(AddOperation.self, lhs, rhs)
        case .minus: return try specialize(SubtractOperation.self, lhs, rhs)
        case .multiply: return try specialize(MultiplyOperation.self, lhs, rhs)
        case .divide: return try specialize(DivideOperation.self, lhs, rhs)
        case .less: return try specialize(LessOperation.self, lhs, rhs)
        case .greater: return try specialize(GreaterOperation.self, lhs, rhs)
        case .lessEqual: return try specialize(LessEqualOperation.self, lhs, rhs)
        case .greaterEqual: return try specialize(GreaterEqualOperation.self, lhs, rhs)
        case .equal: return try specialize(EqualOperation.self, lhs, rhs)
        case .notEqual: return try specialize(NotEqualOperation.self, lhs, rhs)
        default: return nil
        }
    }

    /// A comparison used as a condition, answering a `Bool` directly; nil if `e` is not one.
    func compileSpecializedComparison(_ e: Expr) throws -> ((Frame) throws -> Bool)? {
        guard case let .binary(op, lhs, rhs) = e.kind else { return nil }
        switch op {
        case .less: return try specializeCondition(LessOperation.self, lhs, rhs)
        case .greater: return try specializeCondition(GreaterOperation.self, lhs, rhs)
        case .lessEqual: return try specializeCondition(LessEqualOperation.self, lhs, rhs)
        case .greaterEqual: return try specializeCondition(GreaterEqualOperation.self, lhs, rhs)
        case .equal: return try specializeCondition(EqualOperation.self, lhs, rhs)
        case .notEqual: return try specializeCondition(NotEqualOperation.self, lhs, rhs)
        default: return nil
        }
    }

    // Operands are read left to right, as the general path evaluates them.
    private func specialize<O: BinaryOperation>(_: O.Type, _ lhs: Expr, _ rhs: Expr) throws -> Eval {
        let rt = self.rt
        let lo = simpleOperand(lhs), ro = simpleOperand(rhs)
        let l = try compileExpr(lhs), r = try compileExpr(rhs)
        switch (lo, ro) {
        case let (.slot(a)?, .slot(b)?): return { f in try O.apply(f[a], f[b], rt) }
        case let (.slot(a)?, .constant(k)?): return { f in try O.apply(f[a], k, rt) }
        case let (.constant(k)?, .slot(b)?): return { f in try O.apply(k, f[b], rt) }
        case let (.slot(a)?, _): return { f in try O.apply(f[a], try r(f), rt) }
        case let (_, .slot(b)?): return { f in try O.apply(try l(f), f[b], rt) }
        case let (_, .constant(k)?): return { f in try O.apply(try l(f), k, rt) }
        default: return { f in try O.apply(try l(f), try r(f), rt) }
        }
    }

    // The same switch as `specialize`, returning a Swift `Bool`. One generic over an associated result
    // type served both, but measured 10% more instructions on a counting loop (callgrind).
    private func specializeCondition<O: ComparisonOperation>(_: O.Type, _ lhs: Expr, _ rhs: Expr) throws -> (Frame) throws -> Bool {
        let rt = self.rt
        let lo = simpleOperand(lhs), ro = simpleOperand(rhs)
        let l = try compileExpr(lhs), r = try compileExpr(rhs)
        switch (lo, ro) {
        case let (.slot(a)?, .slot(b)?): return { f in try O.holds(f[a], f[b], rt) }
        case let (.slot(a)?, .constant(k)?): return { f in try O.holds(f[a], k, rt) }
        case let (.constant(k)?, .slot(b)?): return { f in try O.holds(k, f[b], rt) }
        case let (.slot(a)?, _): return { f in try O.holds(f[a], try r(f), rt) }
        case let (_, .slot(b)?): return { f in try O.holds(try l(f), f[b], rt) }
        case let (_, .constant(k)?): return { f in try O.holds(try l(f), k, rt) }
        default: return { f in try O.holds(try l(f), try r(f), rt) }
        }
    }
}
