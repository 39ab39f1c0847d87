/// A script value. The common cases (`Int`, `Double`, `Bool`, `nil`, `Void`) carry no reference, so
/// copying them costs no reference counting; everything else is a reference to a heap object.
///
/// Optionals are flattened: `nil` is `.null` and a present optional is the wrapped value itself.
/// Value semantics of arrays, dictionaries, sets and structs are copy-on-write: a holder that
/// mutates checks that it is the only holder of the box (see `Library/Mutation.swift`).
public enum Value {
    case void
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(StringRef)
    case array(ArrayRef)
    case dict(DictRef)
    case set(SetRef)
    case tuple(TupleRef)
    case range(RangeRef)
    case instance(Instance)
    case enumCase(EnumCaseValue)
    case function(Function)
    case type(TypeValue)
    case native(NativeObject)
    case objectID(ObjectIdentifier)
    /// A captured variable's storage (internal: lives only in frame slots).
    case box(Box)

    /// A string value.
    @inline(__always) public static func str(_ s: String) -> Value { .string(StringRef(s)) }

    /// Whether this is the very value `other` is: the same number, or the same box (not merely an
    /// equal one). A value stored in a typed variable was converted then, so its identical copy needs
    /// no converting again.
    @inline(__always) func isSameStoredValue(as other: Value) -> Bool {
        switch (self, other) {
        case let (.double(x), .double(y)): return x.bitPattern == y.bitPattern
        case let (.int(x), .int(y)): return x == y
        case let (.bool(x), .bool(y)): return x == y
        case let (.array(x), .array(y)): return x === y
        case let (.string(x), .string(y)): return x === y
        case let (.dict(x), .dict(y)): return x === y
        case let (.set(x), .set(y)): return x === y
        case let (.tuple(x), .tuple(y)): return x === y
        case let (.instance(x), .instance(y)): return x === y
        default: return false
        }
    }

    /// An array value.
    @inline(__always) public static func arr(_ items: [Value]) -> Value { .array(ArrayRef(items)) }

    /// The instance this value holds, not retained: for code that runs no script code while it uses
    /// it (the value's holder keeps it alive).
    @inline(__always) var unmanagedInstance: Unmanaged<Instance>? {
        if case let .instance(i) = self { return Unmanaged.passUnretained(i) } else { return nil }
    }

    /// The script function this value holds, not retained (nil for anything else). The caller keeps
    /// the value alive for as long as it uses the function (`withExtendedLifetime`): a call then
    /// costs one retain and release of its callee instead of two (each an atomic operation; with
    /// the releases they were 45% of the cycles of `fib`, perf).
    @inline(__always) var unmanagedScriptFunction: Unmanaged<ScriptFunction>? {
        if case let .function(f) = self, f.kind == .script {
            return Unmanaged.passUnretained(unsafeDowncast(f, to: ScriptFunction.self))
        }
        return nil
    }

    /// The native function with a one-argument entry (`NativeFunction.unary`) this value holds, not
    /// retained (nil for anything else): the caller keeps the value alive while it calls it.
    @inline(__always) var unmanagedUnaryNative: Unmanaged<NativeFunction>? {
        if case .function = self {
            let raw = withUnsafePointer(to: self) { UnsafeRawPointer($0).load(as: UnsafeRawPointer.self) }
            let f = Unmanaged<Function>.fromOpaque(raw)
            guard f._withUnsafeGuaranteedRef({ $0.kind == .native }) else { return nil }
            let n = Unmanaged<NativeFunction>.fromOpaque(raw)
            return n._withUnsafeGuaranteedRef { $0.unary != nil } ? n : nil
        }
        return nil
    }

    /// True for `nil`.
    @inline(__always) public var isNil: Bool { if case .null = self { return true } else { return false } }

    /// The number as a Double (Int promotes), or nil.
    @inline(__always) public var asDouble: Double? {
        switch self {
        case let .double(d): return d
        case let .int(i): return Double(i)
        default: return nil
        }
    }

    @inline(__always) public var asInt: Int? { if case let .int(i) = self { return i } else { return nil } }
    @inline(__always) public var asBool: Bool? { if case let .bool(b) = self { return b } else { return nil } }
    @inline(__always) public var asString: String? { if case let .string(s) = self { return s.value } else { return nil } }
    public var asArray: [Value]? { if case let .array(a) = self { return a.items } else { return nil } }
}

extension Value {
    /// An unlabeled tuple given the labels of `model`'s tuple type (a closure returning `(a, b)` where a
    /// `(min: Double, max: Double)` is expected, as the accumulator of `reduce`).
    func labeledLike(_ model: Value) -> Value {
        guard case let .tuple(t) = self, case let .tuple(m) = model, t.items.count == m.items.count,
              t.labels != m.labels, t.labels.allSatisfy({ $0 == nil }) else { return self }
        return .tuple(TupleRef(t.items, labels: m.labels))
    }
}

/// A string box. Strings are values: a box is changed in place only while one holder has it
/// (`Value.appendString`, so a loop of `s += "x"` is linear), otherwise "mutation" builds a new box.
public final class StringRef {
    public internal(set) var value: String
    @inline(__always) public init(_ value: String) { self.value = value }
}

/// A half-open or closed integer (or Double) range.
public final class RangeRef {
    public let lower: Value
    public let upper: Value
    public let closed: Bool
    /// A one-sided range (`..<5`, `3...`): the missing bound is unbounded when matching
    /// (`case ..<0`, `~=`, `contains`); `lower`/`upper` hold 0 / Int.max for slicing (`xs[..<3]`).
    public let lowerUnbounded: Bool
    public let upperUnbounded: Bool
    public init(_ lower: Value, _ upper: Value, closed: Bool, lowerUnbounded: Bool = false, upperUnbounded: Bool = false) {
        self.lower = lower; self.upper = upper; self.closed = closed
        self.lowerUnbounded = lowerUnbounded; self.upperUnbounded = upperUnbounded
    }

    /// `range.contains(v)` / `range ~= v`.
    func contains(_ v: Value, _ rt: Runtime) throws -> Bool {
        let aboveLower = try lowerUnbounded || Operators.lessEqual(lower, v, rt)
        let belowUpper = try upperUnbounded || (closed ? Operators.lessEqual(v, upper, rt) : Operators.less(v, upper, rt))
        return aboveLower && belowUpper
    }
    /// Integer bounds as a half-open Swift range, if both bounds are Ints, the range is valid and its
    /// count fits in an Int (`Int.min..<Int.max` has none: its `count` would trap).
    var intRange: Range<Int>? {
        guard case let .int(lo) = lower, case let .int(hi) = upper else { return nil }
        guard !closed || hi < Int.max else { return nil }
        let end = closed ? hi + 1 : hi
        guard end >= lo, !end.subtractingReportingOverflow(lo).overflow else { return nil }
        return lo..<end
    }
}
