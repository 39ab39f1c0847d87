/// A pattern: in `let`/`var` declarations (`let (a, b) = t`), `for` loops (`for (i, x) in ...`),
/// `switch` cases, and `if case`.
public indirect enum Pattern {
    /// `_`.
    case wildcard
    /// A new name. `isVar` is true for `var` bindings (mutable), false for `let`.
    case binding(name: String, isVar: Bool, location: SourceLocation)
    /// `(p1, p2, ...)` (labels, if written, are dropped).
    case tuple([Pattern])
    /// `p: T` — a type annotation (only in declarations and `for x: Double in`).
    case typed(Pattern, TypeRef)
    /// An expression matched with `~=` semantics: equality for values, containment for ranges
    /// (`case 1...5`, `case "a"`, `case x` where `x` is an existing name, `case Color.red`).
    case expression(Expr)
    /// `.name` or `.name(sub, ...)` (`typeName` set for `Kind.name(...)` when written with
    /// sub-patterns). Matches an enum case; when the subject is not an enum value, the back end may
    /// treat `.name` like the implicit member expression `.name` compared with `==`.
    /// `labels` parallel `subpatterns` (nil where no label was written).
    case enumCase(typeName: String?, name: String, subpatterns: [Pattern]?, labels: [String?])
    /// `x?` — matches a non-nil optional and binds the inner pattern.
    case optionalSome(Pattern)
    /// `is T` — matches when the subject has type T.
    case isType(TypeRef)
    /// `p as T` — cast then match (rare).
    case cast(Pattern, TypeRef)

    /// All names this pattern binds, in order.
    public var boundNames: [String] {
        switch self {
        case .wildcard, .expression, .isType: return []
        case let .binding(name, _, _): return [name]
        case let .tuple(ps): return ps.flatMap(\.boundNames)
        case let .typed(p, _), let .optionalSome(p), let .cast(p, _): return p.boundNames
        case let .enumCase(_, _, subs, _): return (subs ?? []).flatMap(\.boundNames)
        }
    }
}
