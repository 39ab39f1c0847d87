/// The types `UInt64`, `UInt`, `UInt32`, `UInt16`, `UInt8`, `Int64`, `Int32`, `Int16`, `Int8` as values:
/// their initializers (`UInt64(x)` traps when `x` does not fit, `UInt64(truncatingIfNeeded:)`,
/// `UInt64(bitPattern:)`, `UInt64(clamping:)`, `UInt64(exactly:)`, `UInt64("12")`) and static members
/// (`.max`, `.min`, `.zero`, `.bitWidth`, `.random(in:)`). Arithmetic is in `Runtime/FixedWidthInteger.swift`.
enum FixedWidthIntegerTypes {
    static func install(_ rt: Runtime) {
        for kind in IntegerKind.allCases {
            let t = TypeValue(name: kind.name, kind: .native)
            let native = FixedIntegers.types[kind.rawValue]
            t.userDoc = native.doc
            t.constructor = NativeFunction(name: kind.name, labels: nil, signature: "\(kind.name)(_ value: some BinaryInteger) or \(kind.name)(truncatingIfNeeded:/bitPattern:/clamping:/exactly: some BinaryInteger)", doc: native.doc) { args in
                try convert(args, to: kind)
            }
            t.staticMembers = [
                "max": FixedIntegers.value(kind, kind.max), "min": FixedIntegers.value(kind, kind.min),
                "zero": FixedIntegers.value(kind, 0), "bitWidth": .int(kind.bitWidth),
                "random": .function(NativeFunction(name: "random", labels: ["in"], signature: "\(kind.name).random(in: Range<\(kind.name)>) -> \(kind.name)") { args in
                    try random(in: args[0], kind, args.runtime)
                }),
            ]
            t.memberNames = Set(native.methods.keys).union(native.properties.keys)
            rt.defineType(t)
        }
    }

    /// `T(x)`, `T(truncatingIfNeeded: x)`, `T(bitPattern: x)`, `T(clamping: x)`, `T(exactly: x)`, `T("12", radix: 16)`.
    static func convert(_ args: Arguments, to kind: IntegerKind) throws -> Value {
        if args.count == 0 { return FixedIntegers.value(kind, 0) }
        let v = args[0], label = args.labels.first ?? nil
        switch label {
        case "truncatingIfNeeded", "bitPattern":
            guard let n = FixedIntegers.integer(v) else { throw needsInteger(kind, label, v) }
            return FixedIntegers.value(kind, kind.truncating(UInt64(truncatingIfNeeded: n)))
        case "clamping":
            guard let n = FixedIntegers.integer(v) else { throw needsInteger(kind, label, v) }
            return FixedIntegers.value(kind, Swift.min(Swift.max(n, kind.min), kind.max))
        case "exactly":
            if case let .double(d) = v {
                guard d.isFinite, d.rounded(.towardZero) == d, let n = Int128(exactly: d), kind.contains(n) else { return .null }
                return FixedIntegers.value(kind, n)
            }
            guard let n = FixedIntegers.integer(v) else { throw needsInteger(kind, label, v) }
            return kind.contains(n) ? FixedIntegers.value(kind, n) : .null
        default: break
        }
        switch v {
        case let .double(d):
            guard d.isFinite else { throw RuntimeError(.overflow, "\(d) cannot be converted to \(kind.name) because it is \(d.isNaN ? "NaN" : "infinite")") }
            let n = Int128(exactly: d.rounded(.towardZero))
            guard let n, kind.contains(n) else {
                throw RuntimeError(.overflow, "Double value \(d) cannot be converted to \(kind.name) because the result would be \(d < 0 ? "less than \(kind.name).min" : "greater than \(kind.name).max")")
            }
            return FixedIntegers.value(kind, n)
        case let .string(s):
            let radix = try args.labeled("radix")?.int() ?? 10
            guard (2...36).contains(radix) else { throw RuntimeError(.invalidArgument, "radix must be between 2 and 36") }
            guard let n = Int128(s.value, radix: radix), kind.contains(n) else { return .null }
            return FixedIntegers.value(kind, n)
        default:
            guard let n = FixedIntegers.integer(v) else { throw needsInteger(kind, nil, v) }
            guard kind.contains(n) else {
                throw RuntimeError(.overflow, n < 0 && !kind.isSigned ? "negative value \(n) is not representable as \(kind.name)"
                                   : "not enough bits to represent \(n) as \(kind.name)")
            }
            return FixedIntegers.value(kind, n)
        }
    }

    private static func needsInteger(_ kind: IntegerKind, _ label: String?, _ v: Value) -> RuntimeError {
        RuntimeError.typeMismatch("\(kind.name)(\(label.map { "\($0): " } ?? "")...) needs an integer, got \(v.typeName)")
    }

    /// `Int(u)` and friends for a fixed-width integer argument: `Int(u)` traps when `u` does not fit,
    /// `Int(truncatingIfNeeded:)`/`Int(bitPattern:)` keep the low 64 bits, `Int(clamping:)` clamps.
    /// Nil when the call is not one of these.
    static func intConversion(_ args: Arguments) throws -> Value? {
        guard args.count > 0, let n = FixedIntegers.integer(args[0]) else { return nil }
        switch args.labels.first ?? nil {
        case "truncatingIfNeeded", "bitPattern": return .int(Int(truncatingIfNeeded: n))
        case "clamping": return .int(Int(clamping: n))
        case "exactly": return Int(exactly: n).map { .int($0) } ?? .null
        case nil:
            guard let i = Int(exactly: n) else { throw RuntimeError(.overflow, "not enough bits to represent \(n) as Int") }
            return .int(i)
        default: return nil
        }
    }

    private static func random(in range: Value, _ kind: IntegerKind, _ rt: Runtime) throws -> Value {
        guard case let .range(r) = range, let lo = FixedIntegers.integer(r.lower), let hi = FixedIntegers.integer(r.upper),
              r.closed ? lo <= hi : lo < hi, kind.contains(lo), kind.contains(r.closed ? hi : hi - 1) else {
            throw RuntimeError(.invalidArgument, "\(kind.name).random(in:) needs a non-empty range of \(kind.name)")
        }
        let span = hi - lo + (r.closed ? 1 : 0)
        let bits = Int128(rt.randomBits())
        return FixedIntegers.value(kind, lo + (span > Int128(UInt64.max) ? bits : bits % span))
    }
}
