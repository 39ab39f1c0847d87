/// Swift's fixed-width integer types besides `Int` (`UInt64`, `UInt`, `UInt32`, `Int32`, `UInt8`, ...),
/// with Swift's semantics: arithmetic traps on overflow (a script error, never a wrong value), `&+ &- &*`
/// wrap, `<< >>` are smart shifts (over-shifting gives 0, or -1 for a negative number), `&<< &>>` mask
/// the shift amount, unsigned types hold no negative value. A value is a native object holding the
/// number as an `Int128` (every kind's range fits); an `Int` operand (a literal: `state &* 636…`) takes
/// the other operand's type when it fits.
public enum IntegerKind: Int, CaseIterable, Sendable {
    case int8, int16, int32, int64, uint8, uint16, uint32, uint64, uint

    var name: String {
        switch self {
        case .int8: return "Int8"
        case .int16: return "Int16"
        case .int32: return "Int32"
        case .int64: return "Int64"
        case .uint8: return "UInt8"
        case .uint16: return "UInt16"
        case .uint32: return "UInt32"
        case .uint64: return "UInt64"
        case .uint: return "UInt"
        }
    }

    init?(name: String) {
        guard let k = IntegerKind.allCases.first(where: { $0.name == name }) else { return nil }
        self = k
    }

    var bitWidth: Int {
        switch self {
        case .int8, .uint8: return 8
        case .int16, .uint16: return 16
        case .int32, .uint32: return 32
        case .int64, .uint64, .uint: return 64
        }
    }

    var isSigned: Bool { rawValue <= IntegerKind.int64.rawValue }
    var min: Int128 { isSigned ? -(Int128(1) << (bitWidth - 1)) : 0 }
    var max: Int128 { isSigned ? (Int128(1) << (bitWidth - 1)) - 1 : (Int128(1) << bitWidth) - 1 }
    func contains(_ v: Int128) -> Bool { v >= min && v <= max }

    /// The number whose two's-complement bits are the low `bitWidth` bits of `bits`.
    func truncating(_ bits: UInt64) -> Int128 {
        let masked = bitWidth == 64 ? bits : bits & ((1 << UInt64(bitWidth)) - 1)
        if isSigned && masked >> UInt64(bitWidth - 1) == 1 { return Int128(masked) - (Int128(1) << bitWidth) }
        return Int128(masked)
    }
}

/// A value of a fixed-width integer type.
struct FixedInt: CustomStringConvertible {
    let kind: IntegerKind
    let value: Int128
    var description: String { String(value) }
    /// The two's-complement bit pattern (sign-extended to 64 bits).
    var bits: UInt64 { UInt64(truncatingIfNeeded: value) }
    var asDouble: Double { kind.isSigned ? Double(Int64(value)) : Double(UInt64(value)) }
}

extension Value {
    /// The fixed-width integer inside a value of `UInt64`, `Int32`, ..., if it is one.
    var fixedInt: FixedInt? {
        guard case let .native(n) = self, let box = n as? NativeBox<FixedInt> else { return nil }
        return box.payload
    }
}

enum FixedIntegers {
    /// One native type per kind (shared by all interpreters: they hold no state).
    nonisolated(unsafe) static let types: [NativeType] = IntegerKind.allCases.map(makeType)

    static func value(_ kind: IntegerKind, _ v: Int128) -> Value {
        .native(types[kind.rawValue].wrap(FixedInt(kind: kind, value: v)))
    }

    /// `v` as a `kind`, trapping (a script error) when it does not fit.
    static func checked(_ kind: IntegerKind, _ v: Int128, _ what: @autoclosure () -> String) throws -> Value {
        guard kind.contains(v) else {
            throw RuntimeError(.overflow, "arithmetic overflow: \(what()) does not fit in \(kind.name)")
        }
        return value(kind, v)
    }

    /// Any integer value (Int or fixed-width) as a number.
    static func integer(_ v: Value) -> Int128? {
        if case let .int(i) = v { return Int128(i) }
        return v.fixedInt?.value
    }

    /// The operands of a homogeneous operator (`+`, `&*`, `|`): both of one kind, an `Int` taking the other's kind.
    static func operands(_ op: Operator, _ a: Value, _ b: Value) throws -> (IntegerKind, Int128, Int128) {
        let x = a.fixedInt, y = b.fixedInt
        switch (x, y) {
        case let (x?, y?) where x.kind == y.kind: return (x.kind, x.value, y.value)
        case let (x?, nil): if case let .int(i) = b { return (x.kind, x.value, try literal(i, x.kind)) }
        case let (nil, y?): if case let .int(i) = a { return (y.kind, try literal(i, y.kind), y.value) }
        default: break
        }
        throw RuntimeError.typeMismatch("binary operator '\(op.text)' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'")
    }

    private static func literal(_ i: Int, _ kind: IntegerKind) throws -> Int128 {
        guard kind.contains(Int128(i)) else {
            throw RuntimeError(.overflow, "integer value \(i) overflows when stored into '\(kind.name)'")
        }
        return Int128(i)
    }

    /// `+ - * / %` with Swift's traps.
    static func arithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        let (k, x, y) = try operands(op.syntax, a, b)
        let r: Int128
        switch op {
        case .add: r = x + y
        case .subtract: r = x - y
        case .multiply:
            let (p, o) = x.multipliedReportingOverflow(by: y)
            if o { throw RuntimeError(.overflow, "arithmetic overflow: \(x) * \(y) does not fit in \(k.name)") }
            r = p
        default:
            if y == 0 { throw RuntimeError(.divisionByZero, op == .divide ? "division by zero" : "division by zero in remainder operation") }
            if op == .remainder && k.isSigned && x == k.min && y == -1 {
                throw RuntimeError(.overflow, "arithmetic overflow: \(x) % \(y) does not fit in \(k.name)")
            }
            r = op == .divide ? x / y : x % y
        }
        return try checked(k, r, "\(x) \(op.symbol) \(y)")
    }

    /// `&+ &- &* & | ^ << >> &<< &>>`: nil when neither operand is a fixed-width integer.
    static func bitwise(_ op: Operator, _ a: Value, _ b: Value) throws -> Value? {
        guard a.fixedInt != nil || b.fixedInt != nil else { return nil }
        switch op {
        case .shiftLeft, .shiftRight, .maskingShiftLeft, .maskingShiftRight:
            // Shifts are heterogeneous: the amount may be any integer type; the result has the left's type.
            guard let x = a.fixedInt, let n = integer(b) else {
                throw RuntimeError.typeMismatch("binary operator '\(op.text)' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'")
            }
            return value(x.kind, shift(x, op, n))
        default: break
        }
        let (k, x, y) = try operands(op, a, b)
        let p = UInt64(truncatingIfNeeded: x), q = UInt64(truncatingIfNeeded: y)
        let bits: UInt64
        switch op {
        case .overflowAdd: bits = p &+ q
        case .overflowSubtract: bits = p &- q
        case .overflowMultiply: bits = p &* q
        case .bitwiseAnd: bits = p & q
        case .bitwiseOr: bits = p | q
        case .bitwiseXor: bits = p ^ q
        default: throw RuntimeError.typeMismatch("operator '\(op.text)' is not defined for '\(k.name)'")
        }
        return value(k, k.truncating(bits))
    }

    static func shift(_ x: FixedInt, _ op: Operator, _ amount: Int128) -> Int128 {
        var n = amount, left = op == .shiftLeft || op == .maskingShiftLeft
        if op == .maskingShiftLeft || op == .maskingShiftRight {
            n = amount & Int128(x.kind.bitWidth - 1)
        } else if n < 0 {
            n = -n
            left.toggle()
        }
        if left { return n >= 64 ? 0 : x.kind.truncating(x.bits << UInt64(n)) }
        if n >= Int128(x.kind.bitWidth) { return x.value < 0 ? -1 : 0 }
        return x.value >> n
    }

    /// Comparisons are heterogeneous in Swift (`UInt8(3) == 3`, `u < i`): they compare the numbers.
    static func compare(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        guard let x = integer(a), let y = integer(b) else {
            throw RuntimeError.typeMismatch("binary operator '\(op.symbol)' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'")
        }
        switch op {
        case .less: return .bool(x < y)
        case .lessEqual: return .bool(x <= y)
        case .greater: return .bool(x > y)
        case .greaterEqual: return .bool(x >= y)
        case .equal: return .bool(x == y)
        default: return .bool(x != y)
        }
    }

    static func bitwiseNot(_ x: FixedInt) -> Value { value(x.kind, x.kind.truncating(~x.bits)) }

    private static func makeType(_ kind: IntegerKind) -> NativeType {
        let t = NativeType(name: kind.name, doc: "A \(kind.bitWidth)-bit \(kind.isSigned ? "signed" : "unsigned") integer. Overflow is an error; &+ &- &* wrap.")
        for op in [BinaryOperator.add, .subtract, .multiply, .divide, .remainder] {
            t.binaryOperator(op) { a, b in try arithmetic(op, a, b) }
        }
        for op in [BinaryOperator.less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual] {
            t.binaryOperator(op) { a, b in try compare(op, a, b) }
        }
        t.prefixMinus = { v in
            let x = v.fixedInt!
            guard kind.isSigned else { throw RuntimeError.typeMismatch("unary operator '-' cannot be applied to an operand of type '\(kind.name)'") }
            return try checked(kind, -x.value, "-(\(x.value))")
        }
        t.equality = { a, b in t.unwrap(a, as: FixedInt.self).value == t.unwrap(b, as: FixedInt.self).value }
        // Hashed as `Int` values are (as a Double), so that an equal Int finds the same key.
        t.hashing = { n, h in h.combine(Double(t.unwrap(n, as: FixedInt.self).value)) }
        func number(_ n: NativeObject) -> FixedInt { t.unwrap(n, as: FixedInt.self) }
        t.property("description") { .str(number($0).description) }
        t.property("bitWidth") { _ in .int(kind.bitWidth) }
        t.property("nonzeroBitCount") { n in .int(number(n).bits.masked(kind).nonzeroBitCount) }
        t.property("leadingZeroBitCount") { n in .int(number(n).bits.masked(kind).leadingZeroBitCount - (64 - kind.bitWidth)) }
        t.property("trailingZeroBitCount") { n in
            let b = number(n).bits.masked(kind)
            return .int(b == 0 ? kind.bitWidth : b.trailingZeroBitCount)
        }
        t.property("magnitude") { n in
            let x = number(n)
            let unsigned: IntegerKind = [.int8: .uint8, .int16: .uint16, .int32: .uint32, .int64: .uint64][kind] ?? kind
            return value(unsigned, x.value < 0 ? -x.value : x.value)
        }
        t.method("isMultiple", labels: ["of"], signature: "isMultiple(of other: \(kind.name)) -> Bool") { n, args in
            let x = number(n).value
            guard let y = integer(args[0]) else { throw RuntimeError.typeMismatch("isMultiple(of:) needs an integer") }
            return .bool(y == 0 ? x == 0 : x % y == 0)
        }
        return t
    }
}

private extension UInt64 {
    func masked(_ kind: IntegerKind) -> UInt64 { kind.bitWidth == 64 ? self : self & ((1 << UInt64(kind.bitWidth)) - 1) }
}
