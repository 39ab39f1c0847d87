/// Binary operators of the typed tier, one small type each so `TypedBinary` is specialised per
/// operator and per operand shape (a local's slot, a literal, any expression): `n - 1` reads the
/// slot and subtracts with no closure call for either operand. Operands are slot bits (a Double's
/// bit pattern) so that every closure has one concrete type: closures typed with a generic
/// parameter kept its abstraction and were called through two reabstraction thunks each (~80
/// instructions of a call to `fib`, callgrind). Int arithmetic reports overflow and division by
/// zero with the general path's messages (Runtime/Operators.swift).
enum TypedOperand {
    case slot(Int)
    /// A literal's bits.
    case constant(Int)
    /// An expression answering bits.
    case expr((TypedFrame) throws -> Int)

    var closure: (TypedFrame) throws -> Int {
        switch self {
        case let .slot(s): return { f in f[s] }
        case let .constant(c): return { _ in c }
        case let .expr(e): return e
        }
    }
}

/// An operator answering bits (arithmetic).
protocol TypedArithmetic { static func apply(_ a: Int, _ b: Int) throws -> Int }
/// An operator answering a Bool (comparison).
protocol TypedComparison { static func apply(_ a: Int, _ b: Int) -> Bool }

enum TypedBinary {
    static func make<O: TypedArithmetic>(_: O.Type, _ l: TypedOperand, _ r: TypedOperand) -> (TypedFrame) throws -> Int {
        switch (l, r) {
        case let (.slot(a), .constant(k)): return { f in try O.apply(f[a], k) }
        case let (.slot(a), .slot(b)): return { f in try O.apply(f[a], f[b]) }
        case let (.expr(x), .constant(k)): return { f in try O.apply(try x(f), k) }
        case let (.expr(x), .slot(b)): return { f in try O.apply(try x(f), f[b]) }
        case let (.slot(a), .expr(y)): return { f in try O.apply(f[a], try y(f)) }
        default:
            let node = TypedOperands(l.closure, r.closure)
            return { f in try O.apply(try node.x(f), try node.y(f)) }
        }
    }

    static func make<O: TypedComparison>(_: O.Type, _ l: TypedOperand, _ r: TypedOperand) -> (TypedFrame) throws -> Bool {
        switch (l, r) {
        case let (.slot(a), .constant(k)): return { f in O.apply(f[a], k) }
        case let (.slot(a), .slot(b)): return { f in O.apply(f[a], f[b]) }
        case let (.expr(x), .constant(k)): return { f in O.apply(try x(f), k) }
        case let (.expr(x), .slot(b)): return { f in O.apply(try x(f), f[b]) }
        case let (.slot(a), .expr(y)): return { f in O.apply(f[a], try y(f)) }
        default:
            let node = TypedOperands(l.closure, r.closure)
            return { f in O.apply(try node.x(f), try node.y(f)) }
        }
    }
}

/// Two operand closures in one object, which the operator's closure captures alone (its context):
/// capturing both closures itself, it unpacked them in a partial-apply forwarder at each use (~9
/// instructions of `fib(n - 1) + fib(n - 2)`, callgrind). Not generic, so no metadata to
/// instantiate (a generic class's first instance checks its requirements by scanning the
/// conformance records).
final class TypedOperands {
    let x: (TypedFrame) throws -> Int, y: (TypedFrame) throws -> Int
    init(_ x: @escaping (TypedFrame) throws -> Int, _ y: @escaping (TypedFrame) throws -> Int) {
        self.x = x
        self.y = y
    }
}

enum TypedOps {
    enum AddInt: TypedArithmetic {
        @inline(__always) static func apply(_ a: Int, _ b: Int) throws -> Int {
            let (r, o) = a.addingReportingOverflow(b)
            if o { throw RuntimeError.overflow("+", a, b) }
            return r
        }
    }
    enum SubtractInt: TypedArithmetic {
        @inline(__always) static func apply(_ a: Int, _ b: Int) throws -> Int {
            let (r, o) = a.subtractingReportingOverflow(b)
            if o { throw RuntimeError.overflow("-", a, b) }
            return r
        }
    }
    enum MultiplyInt: TypedArithmetic {
        @inline(__always) static func apply(_ a: Int, _ b: Int) throws -> Int {
            let (r, o) = a.multipliedReportingOverflow(by: b)
            if o { throw RuntimeError.overflow("*", a, b) }
            return r
        }
    }
    enum DivideInt: TypedArithmetic {
        @inline(__always) static func apply(_ a: Int, _ b: Int) throws -> Int {
            if b == 0 { throw RuntimeError.divisionByZero }
            let (r, o) = a.dividedReportingOverflow(by: b)
            if o { throw RuntimeError.overflow("/", a, b) }
            return r
        }
    }
    enum RemainderInt: TypedArithmetic {
        @inline(__always) static func apply(_ a: Int, _ b: Int) throws -> Int {
            if b == 0 { throw RuntimeError(.divisionByZero, "division by zero in remainder operation") }
            let (r, o) = a.remainderReportingOverflow(dividingBy: b)
            if o { throw RuntimeError.overflow("%", a, b) }
            return r
        }
    }
    enum LessInt: TypedComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { a < b } }
    enum LessEqualInt: TypedComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { a <= b } }
    enum GreaterInt: TypedComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { a > b } }
    enum GreaterEqualInt: TypedComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { a >= b } }
    enum EqualInt: TypedComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { a == b } }
    enum NotEqualInt: TypedComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { a != b } }

    enum AddDouble: TypedArithmetic { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Int { typedBits(typedDouble(a) + typedDouble(b)) } }
    enum SubtractDouble: TypedArithmetic { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Int { typedBits(typedDouble(a) - typedDouble(b)) } }
    enum MultiplyDouble: TypedArithmetic { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Int { typedBits(typedDouble(a) * typedDouble(b)) } }
    enum DivideDouble: TypedArithmetic { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Int { typedBits(typedDouble(a) / typedDouble(b)) } }
    enum LessDouble: TypedComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { typedDouble(a) < typedDouble(b) } }
    enum LessEqualDouble: TypedComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { typedDouble(a) <= typedDouble(b) } }
    enum GreaterDouble: TypedComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { typedDouble(a) > typedDouble(b) } }
    enum GreaterEqualDouble: TypedComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { typedDouble(a) >= typedDouble(b) } }
    enum EqualDouble: TypedComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { typedDouble(a) == typedDouble(b) } }
    enum NotEqualDouble: TypedComparison { @inline(__always) static func apply(_ a: Int, _ b: Int) -> Bool { typedDouble(a) != typedDouble(b) } }

    /// The Int operator `op` over two operands, nil if the tier has none.
    static func int(_ op: Operator, _ l: TypedOperand, _ r: TypedOperand) -> TypedExpr? {
        if let c = comparison(op, .int, BinaryComparison(l: l, r: r)) { return c }
        switch op {
        case .plus: return .int(TypedBinary.make(AddInt.self, l, r))
        case .minus: return .int(TypedBinary.make(SubtractInt.self, l, r))
        case .multiply: return .int(TypedBinary.make(MultiplyInt.self, l, r))
        case .divide: return .int(TypedBinary.make(DivideInt.self, l, r))
        case .remainder: return .int(TypedBinary.make(RemainderInt.self, l, r))
        default: return nil
        }
    }

    /// The Double operator `op` over two operands, nil if the tier has none.
    static func double(_ op: Operator, _ l: TypedOperand, _ r: TypedOperand) -> TypedExpr? {
        if let c = comparison(op, .double, BinaryComparison(l: l, r: r)) { return c }
        switch op {
        case .plus: let c = TypedBinary.make(AddDouble.self, l, r); return .double { f in typedDouble(try c(f)) }
        case .minus: let c = TypedBinary.make(SubtractDouble.self, l, r); return .double { f in typedDouble(try c(f)) }
        case .multiply: let c = TypedBinary.make(MultiplyDouble.self, l, r); return .double { f in typedDouble(try c(f)) }
        case .divide: let c = TypedBinary.make(DivideDouble.self, l, r); return .double { f in typedDouble(try c(f)) }
        default: return nil
        }
    }

    /// A comparison of two operands as an expression (see `comparison`).
    private struct BinaryComparison: TypedComparisonConsumer {
        let l: TypedOperand, r: TypedOperand
        func make<O: TypedComparison>(_ op: O.Type) -> TypedExpr { .bool(TypedBinary.make(O.self, l, r)) }
    }

    /// The one table of comparisons: the type for `op` over Ints or Doubles, handed to `c` (nil:
    /// another operator, or Bools). Expressions (`int`, `double`) and the inline conditions of
    /// `if`, `while` and early returns (TypedCondition.swift) build from it.
    static func comparison<C: TypedComparisonConsumer>(_ op: Operator, _ kind: TypedKind, _ c: C) -> C.Result? {
        switch (kind, op) {
        case (.int, .less): return c.make(LessInt.self)
        case (.int, .lessEqual): return c.make(LessEqualInt.self)
        case (.int, .greater): return c.make(GreaterInt.self)
        case (.int, .greaterEqual): return c.make(GreaterEqualInt.self)
        case (.int, .equal): return c.make(EqualInt.self)
        case (.int, .notEqual): return c.make(NotEqualInt.self)
        case (.double, .less): return c.make(LessDouble.self)
        case (.double, .lessEqual): return c.make(LessEqualDouble.self)
        case (.double, .greater): return c.make(GreaterDouble.self)
        case (.double, .greaterEqual): return c.make(GreaterEqualDouble.self)
        case (.double, .equal): return c.make(EqualDouble.self)
        case (.double, .notEqual): return c.make(NotEqualDouble.self)
        default: return nil
        }
    }
}
