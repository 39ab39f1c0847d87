/// An expression node: what it is (`kind`) and where it is (`location`).
///
/// `location` points at the token that names the operation: the operator of a binary/assignment/
/// ternary (`?`), the `.` of a member access, the `(` of a call, the `[` of a subscript, and the first
/// token of everything else (literals, identifiers, closures, prefix operators...).
public struct Expr {
    public var kind: ExprKind
    public var location: SourceLocation

    public init(_ kind: ExprKind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// The kinds of expression. Parentheses around a single unlabeled expression leave no node.
public indirect enum ExprKind {
    // MARK: Literals
    /// `42`, `0x2A`, `1_000` (always fits in Int: a bigger literal is a syntax error).
    case intLiteral(Int)
    /// `3.5`, `1e-3`.
    case doubleLiteral(Double)
    /// `true` / `false`.
    case boolLiteral(Bool)
    /// A string without interpolation (escapes already decoded; `"""` blocks already de-indented).
    case stringLiteral(String)
    /// A string with at least one `\(...)` segment, segments in source order.
    case interpolatedString([StringSegment])
    /// `nil`.
    case nilLiteral
    /// `[a, b, c]` (`[]` is an empty array).
    case arrayLiteral([Expr])
    /// `[k: v, ...]` (`[:]` is an empty dictionary).
    case dictionaryLiteral([DictionaryEntry])

    // MARK: Names
    /// A plain name: variables, functions, types (`Double`, `Value`), and `self` / `Self`.
    /// Resolution (local slot, capture, global, builtin) is left entirely to the back end.
    case identifier(String)
    /// `super` (only meaningful as the base of `.member` / `.init`).
    case superRef
    /// `$0`, `$1`, ... inside a closure without a signature.
    case shorthandArgument(Int)
    /// `.relu` — an implicit member resolved against the contextual type (the call `.foo(x)` is a
    /// `.call` whose callee is an `.implicitMember`).
    case implicitMember(String)
    /// A type used as a value where a plain identifier cannot express it: `[Double]()`, `[String: Int]()`,
    /// `Set<ObjectIdentifier>()`, `Array<Int>(repeating: 0, count: 3)`, `Double?.none`.
    /// (Plain `Double(x)` / `Int.max` use `.identifier`.)
    case typeReference(TypeRef)
    /// An operator used as a function value: `reduce(0, +)`, `sorted(by: <)`.
    case operatorReference(Operator)
    /// `\.data`, `\Value.grad.magnitude` — a key path (root type name if written, then member names).
    case keyPath(root: String?, components: [String])
    /// `_` — only valid as an assignment target (`_ = f()`), or inside a tuple target `(a, _) = t`.
    case discard

    // MARK: Operators
    /// A prefix operator: `-x`, `!flag`, `+x`, `~bits`, and user operators.
    case prefix(op: Operator, operand: Expr)
    /// A postfix operator other than `!` / `?` (only user-declared ones; rare).
    case postfix(op: Operator, operand: Expr)
    /// Every infix operator except assignment, ternary and casts: arithmetic (`+ - * / %`, `**` power),
    /// comparisons, `&&` `||` (short-circuit), `??` (short-circuit), ranges `..<` `...`, bitwise, and
    /// user-declared operators. Precedence and associativity are already applied by the parser.
    case binary(op: Operator, lhs: Expr, rhs: Expr)
    /// `a ..< ` / `...b` style one-sided ranges: `xs[2...]`, `xs[..<3]`.
    case oneSidedRange(op: Operator, bound: Expr, isPrefix: Bool)
    /// `target = value` (`compoundOp == nil`) or `target op= value` (`compoundOp` is `.plus`, `.minus`,
    /// `.multiply`, `.divide`, `.remainder`, `.power`, ...). Targets: identifiers, members, subscripts, tuples of targets,
    /// `.discard`, and `self`. Assignment is an expression of type Void, as in Swift.
    case assign(compoundOp: Operator?, target: Expr, value: Expr)
    /// `cond ? a : b`.
    case ternary(condition: Expr, then: Expr, else: Expr)
    /// `x is T`, `x as T`, `x as? T`, `x as! T`.
    case cast(CastKind, Expr, TypeRef)
    /// `x!`.
    case forceUnwrap(Expr)
    /// `x?` inside an optional chain: if `x` is nil, the innermost enclosing `.optionalChain` yields
    /// nil without evaluating the rest; otherwise the unwrapped value.
    case bindOptional(Expr)
    /// The extent of an optional chain: `a?.b.c()` is `optionalChain(call(member(member(bindOptional(a),
    /// "b"), "c")))`. Evaluates its operand; a `bindOptional` inside that hits nil makes the result nil.
    case optionalChain(Expr)
    /// `try x`, `try? x`, `try! x` (`try` is accepted and mostly ignored: errors propagate anyway).
    case tryExpr(TryKind, Expr)
    /// `await x` is not supported; `&x` only appears inside `CallArgument.isInout`.

    // MARK: Postfix
    /// `base.name` (also `base.init` for `super.init` / `Self.init`, and `.self`).
    case member(base: Expr, name: String)
    /// `base.0` — tuple element by position.
    case tupleElement(base: Expr, index: Int)
    /// `callee(args...) { trailing closure }` — trailing closures are appended to `arguments`
    /// with `isTrailingClosure == true` (the first without a label, later ones with theirs).
    case call(callee: Expr, arguments: [CallArgument])
    /// `base[args...]` (labels allowed: `a[keyPath:]` is not supported, but `m[i, j]` is).
    case subscriptAccess(base: Expr, arguments: [CallArgument])

    // MARK: Compound
    /// `(a, b)`, `(x: 1, y: 2)`; `()` is the empty tuple (Void). A single unlabeled element is a plain
    /// parenthesized expression and produces no tuple.
    case tuple([TupleElement])
    /// `{ (x: Double) -> Double in ... }`, `{ x in x * 2 }`, `{ $0 * 2 }`.
    case closure(ClosureExpr)
}

/// A piece of an interpolated string.
public enum StringSegment {
    /// Literal text (escapes decoded).
    case text(String)
    /// `\(expr)`.
    case interpolation(Expr)
}

/// `key: value` in a dictionary literal.
public struct DictionaryEntry {
    public var key: Expr
    public var value: Expr
    public init(key: Expr, value: Expr) { self.key = key; self.value = value }
}

/// One element of a tuple expression.
public struct TupleElement {
    public var label: String?
    public var value: Expr
    public init(label: String?, value: Expr) { self.label = label; self.value = value }
}

/// One argument of a call or subscript.
public struct CallArgument {
    /// The argument label (`by` in `sorted(by: <)`), nil when unlabeled.
    public var label: String?
    /// The argument (for `&x`, the `x`).
    public var value: Expr
    /// Written as `&x` (passed to an `inout` parameter).
    public var isInout: Bool
    /// Written as a trailing closure after the `)` (or instead of `()`).
    public var isTrailingClosure: Bool
    /// Where the argument starts (its label, `&`, or the expression).
    public var location: SourceLocation

    public init(label: String?, value: Expr, isInout: Bool = false, isTrailingClosure: Bool = false,
                location: SourceLocation) {
        self.label = label
        self.value = value
        self.isInout = isInout
        self.isTrailingClosure = isTrailingClosure
        self.location = location
    }
}

/// `is`, `as`, `as?`, `as!`.
public enum CastKind: String {
    case isType = "is"
    case coerce = "as"
    case conditional = "as?"
    case forced = "as!"
}

/// `try`, `try?`, `try!`.
public enum TryKind: String {
    case plain = "try"
    case optional = "try?"
    case forced = "try!"
}

/// A closure expression. A class so the back end can key caches by identity and annotate it.
public final class ClosureExpr {
    /// The declared parameters (`{ (x: Double, y) -> Double in`), or nil when the closure has no
    /// signature (then it takes `shorthandParameterCount` anonymous parameters `$0`, `$1`, ...).
    /// Closure parameters never have external labels (`FuncParam.label == nil`).
    public var parameters: [FuncParam]?
    /// `-> T` if written.
    public var returnType: TypeRef?
    /// `throws` written in the signature (accepted, no effect).
    public var isThrowing: Bool
    /// `[weak self, x, y = z]` capture list names: each is a constant holding its value when the
    /// closure is made (`captureValues`: the `= z` expressions, nil for plain names).
    public var captureList: [String]
    public var captureValues: [Expr?] = []
    /// The statements. A body that is exactly one expression statement returns that expression's
    /// value (implicit return), as in Swift.
    public var body: [Stmt]
    /// 1 + the highest `$n` used directly in this closure (not in nested closures); 0 when none.
    public var shorthandParameterCount: Int
    /// Where the `{` is.
    public var location: SourceLocation

    public init(parameters: [FuncParam]?, returnType: TypeRef?, isThrowing: Bool = false,
                captureList: [String] = [], body: [Stmt], shorthandParameterCount: Int,
                location: SourceLocation) {
        self.parameters = parameters
        self.returnType = returnType
        self.isThrowing = isThrowing
        self.captureList = captureList
        self.body = body
        self.shorthandParameterCount = shorthandParameterCount
        self.location = location
    }

    /// The body is exactly one expression statement (its value is the closure's result).
    public var isSingleExpression: Bool {
        if body.count == 1, case .expression = body[0].kind { return true }
        return false
    }
}
