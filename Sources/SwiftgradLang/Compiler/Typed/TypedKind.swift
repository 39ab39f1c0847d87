/// The typed tier (issue 14): functions whose parameters, result and locals are all `Int`, `Double`
/// or `Bool` run as closures over a frame of raw 64-bit slots instead of `Value`s. Why: a call of
/// `fib(_ n: Int) -> Int` through the general path cost ~470 instructions (callgrind, fib(20)), most
/// of it boxing, the value stack and the layers of the closure tree; the target (fib(27) 1.5x
/// CPython) needs ~100.
///
/// One slot holds an `Int`, a `Double`'s bit pattern or a `Bool` as 0/1; the compiler knows each
/// slot's kind, so no slot carries a tag.
typealias TypedFrame = UnsafeMutablePointer<Int>

/// The kinds of value the typed tier handles.
enum TypedKind: Int {
    case int = 0, double = 1, bool = 2

    /// The kind a written type names, if the typed tier handles it.
    init?(_ type: TypeRef?) {
        guard let type, case let .named(name, generics) = type, generics.isEmpty else { return nil }
        switch name {
        case "Int": self = .int
        case "Double": self = .double
        case "Bool": self = .bool
        default: return nil
        }
    }

    var name: String {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .bool: return "Bool"
        }
    }

    /// A slot's bits as a script value.
    @inline(__always) func box(_ raw: Int) -> Value {
        switch self {
        case .int: return .int(raw)
        case .double: return .double(typedDouble(raw))
        case .bool: return .bool(raw != 0)
        }
    }

    /// A script value's bits, if it has this kind (the general path converted arguments already).
    @inline(__always) func raw(_ v: Value) -> Int? {
        switch (self, v) {
        case let (.int, .int(x)): return x
        case let (.double, .double(x)): return Int(bitPattern: UInt(x.bitPattern))
        case let (.bool, .bool(x)): return x ? 1 : 0
        default: return nil
        }
    }
}

@inline(__always) func typedBits(_ d: Double) -> Int { Int(bitPattern: UInt(d.bitPattern)) }
@inline(__always) func typedDouble(_ raw: Int) -> Double { Double(bitPattern: UInt64(UInt(bitPattern: raw))) }

/// A compiled typed expression: a closure answering a Swift value of its kind.
enum TypedExpr {
    case int((TypedFrame) throws -> Int)
    case double((TypedFrame) throws -> Double)
    case bool((TypedFrame) throws -> Bool)

    var kind: TypedKind {
        switch self {
        case .int: return .int
        case .double: return .double
        case .bool: return .bool
        }
    }

    /// The expression answering its slot bits (what frames, arguments and results hold).
    var raw: (TypedFrame) throws -> Int {
        switch self {
        case let .int(e): return e
        case let .double(e): return { f in typedBits(try e(f)) }
        case let .bool(e): return { f in try e(f) ? 1 : 0 }
        }
    }
}

/// A compiled typed statement (control leaves it as in the general path; a `return` leaves its
/// value's bits in slot 0).
typealias TypedStmt = (TypedFrame) throws -> Flow

/// What a typed function takes and answers: its call sites check this at run time (`key`), so a
/// global redefined in a later cell with another signature takes the general path.
struct TypedSignature {
    var labels: [String?]
    var params: [TypedKind]
    var result: TypedKind
    /// The interned labels and the kinds in one Int (nil: too many parameters to encode).
    func key(_ rt: Runtime) -> Int? {
        guard params.count <= 12 else { return nil }
        var k = result.rawValue | params.count << 2
        for (i, p) in params.enumerated() { k |= p.rawValue << (6 + 2 * i) }
        return rt.labelSignatures.id(labels) << 30 | k
    }
}
