/// A written type annotation: `Double`, `[Value]`, `[String: Int]`, `Double?`, `(Int, Int)`,
/// `() -> Void`, `Set<ObjectIdentifier>`, `Activation`. Attributes (`@escaping`), `inout` and
/// `some`/`any` are dropped by the parser (`inout` is recorded on the parameter instead).
/// `text` gives the canonical spelling (what the back end can compare with strings).
public indirect enum TypeRef: Equatable, CustomStringConvertible {
    /// `Double`, `Swift.Int` (dotted names joined), `Set<Int>` (generic arguments in order).
    case named(String, generics: [TypeRef])
    /// `T?`.
    case optional(TypeRef)
    /// `T!` (treated as an optional that unwraps on use).
    case implicitlyUnwrapped(TypeRef)
    /// `[T]`.
    case array(TypeRef)
    /// `[K: V]`.
    case dictionary(key: TypeRef, value: TypeRef)
    /// `(A, B)`, `(x: Double, y: Double)`; `()` is `Void`. A parenthesized single unlabeled type is
    /// the type itself.
    case tuple([TupleTypeElement])
    /// `(A, B) -> R`, `(A) throws -> R`.
    case function(parameters: [TypeRef], result: TypeRef, isThrowing: Bool)

    /// Canonical spelling, e.g. `"[Double]"`, `"Double?"`, `"(Double) -> Double"`, `"Set<ObjectIdentifier>"`.
    public var text: String {
        switch self {
        case let .named(name, generics):
            return generics.isEmpty ? name : name + "<" + generics.map(\.text).joined(separator: ", ") + ">"
        case let .optional(t):
            return (t.needsParenthesesBeforeSuffix ? "(\(t.text))" : t.text) + "?"
        case let .implicitlyUnwrapped(t):
            return (t.needsParenthesesBeforeSuffix ? "(\(t.text))" : t.text) + "!"
        case let .array(t):
            return "[" + t.text + "]"
        case let .dictionary(k, v):
            return "[" + k.text + ": " + v.text + "]"
        case let .tuple(elements):
            return "(" + elements.map { e in (e.label.map { $0 + ": " } ?? "") + e.type.text }
                .joined(separator: ", ") + ")"
        case let .function(parameters, result, isThrowing):
            return "(" + parameters.map(\.text).joined(separator: ", ") + ")"
                + (isThrowing ? " throws" : "") + " -> " + result.text
        }
    }

    public var description: String { text }

    /// The outermost type name for named types (`"Double"` for `Double`, `"Set"` for `Set<Int>`).
    public var name: String? {
        if case let .named(n, _) = self { return n }
        return nil
    }

    /// The wrapped type of an optional (`T?` or `T!`), else nil.
    public var optionalWrapped: TypeRef? {
        switch self {
        case let .optional(t), let .implicitlyUnwrapped(t): return t
        default: return nil
        }
    }

    private var needsParenthesesBeforeSuffix: Bool {
        if case .function = self { return true }
        return false
    }

    /// `Void`, i.e. the empty tuple.
    public static let void = TypeRef.tuple([])
}

/// One element of a tuple type.
public struct TupleTypeElement: Equatable {
    public var label: String?
    public var type: TypeRef
    public init(label: String?, type: TypeRef) { self.label = label; self.type = type }
}
