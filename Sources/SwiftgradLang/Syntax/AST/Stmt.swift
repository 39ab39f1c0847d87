/// A statement node: what it is (`kind`) and where it starts (`location`: its first token, modifiers
/// and attributes included; for declarations with a doc comment, still the first code token).
public struct Stmt {
    public var kind: StmtKind
    public var location: SourceLocation

    public init(_ kind: StmtKind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// The kinds of statement. Declarations are statements too (a cell, a function body and a type body
/// are all `[Stmt]`); the parser only produces member-only kinds (`initializer`, `enumCase`, ...)
/// inside type bodies.
public indirect enum StmtKind {
    /// An expression evaluated for effect (or, as the last statement of a cell, for its value).
    case expression(Expr)

    // MARK: Declarations
    /// `let`/`var` with one or more bindings: `let a = 1, b = 2`, `var x: Double`, stored and computed
    /// properties in types.
    case variable(VarDecl)
    /// `func name(...) -> T { ... }`, including operator functions (`static func + (lhs:rhs:)`).
    case function(FuncDecl)
    /// `init(...)` / `init?(...)` in a type body (`FuncDecl.name == "init"`).
    case initializer(FuncDecl)
    /// `deinit { ... }` in a class body.
    case deinitializer(body: [Stmt])
    /// `subscript(i: Int) -> T { get set }` in a type body (`FuncDecl.name == "subscript"`,
    /// accessors in `FuncDecl.accessors`, or `body` for the get-only short form).
    case subscriptDecl(FuncDecl)
    /// `class` / `struct` / `enum` / `protocol` / `extension`.
    case typeDecl(TypeDecl)
    /// `case a, b = 2, c(Double)` inside an enum.
    case enumCase([EnumCaseElement])
    /// `typealias Name = T`.
    case typeAlias(name: String, type: TypeRef)
    /// `infix operator ** : PowerPrecedence` (also `prefix`/`postfix operator`). Accepted; the parser
    /// knows `**` already.
    case operatorDecl(fixity: OperatorFixity, name: String, precedenceGroup: String?)
    /// `precedencegroup Name { ... }` (accepted, contents ignored beyond the name).
    case precedenceGroupDecl(name: String)
    /// `import Foundation` (module path joined by dots).
    case importDecl(String)

    // MARK: Control flow
    /// `if c1, let x = y, ... { } else if ... { } else { }`. An `else if` is an `elseBody` holding one
    /// `.ifStmt`.
    case ifStmt(conditions: [Condition], then: [Stmt], elseBody: [Stmt]?)
    /// `guard conditions else { ... }` (names bound by the conditions are visible after the guard).
    case guardStmt(conditions: [Condition], elseBody: [Stmt])
    /// `while conditions { }` (conditions may bind: `while let x = it.next()`).
    case whileStmt(conditions: [Condition], body: [Stmt], label: String?)
    /// `repeat { } while cond`.
    case repeatWhile(body: [Stmt], condition: Expr, label: String?)
    /// `for pattern in sequence where cond { }` (`for case let p in` gives the pattern as written).
    case forIn(pattern: Pattern, sequence: Expr, whereClause: Expr?, body: [Stmt], label: String?)
    /// `switch subject { case ...: ... default: ... }`.
    case switchStmt(subject: Expr, cases: [SwitchCase], label: String?)
    /// `do { }` (a scope; `catch` clauses are accepted and kept).
    case doStmt(body: [Stmt], catches: [CatchClause], label: String?)
    /// `break` / `break label`.
    case breakStmt(label: String?)
    /// `continue` / `continue label`.
    case continueStmt(label: String?)
    /// `fallthrough` (inside a switch case).
    case fallthroughStmt
    /// `return` / `return expr`.
    case returnStmt(Expr?)
    /// `throw expr`.
    case throwStmt(Expr)
    /// `defer { }` — runs when the enclosing scope exits.
    case deferStmt(body: [Stmt])
}

/// One condition in an `if`/`guard`/`while` list.
public enum Condition {
    /// A Bool expression.
    case expression(Expr)
    /// `let x = e`, `var x = e`, `let x` (shorthand for `let x = x`), `let (a, b) = e`:
    /// succeeds when `value` is not nil and binds the unwrapped value.
    case optionalBinding(pattern: Pattern, type: TypeRef?, value: Expr, isVar: Bool)
    /// `case pattern = e`: succeeds when `e` matches `pattern` (binding its names).
    case casePattern(Pattern, value: Expr)
}

/// `case p1, p2 where guard: body` or `default: body`.
public struct SwitchCase {
    /// Alternative patterns, each with its optional `where` guard (Swift attaches `where` to the last
    /// pattern; the parser stores it on that pattern). Empty for `default`.
    public var patterns: [CaseItem]
    /// True for `default:` (also `case _:` is just a wildcard pattern).
    public var isDefault: Bool
    public var body: [Stmt]
    public var location: SourceLocation

    public init(patterns: [CaseItem], isDefault: Bool, body: [Stmt], location: SourceLocation) {
        self.patterns = patterns
        self.isDefault = isDefault
        self.body = body
        self.location = location
    }
}

/// One pattern of a `case` with its optional `where` guard.
public struct CaseItem {
    public var pattern: Pattern
    public var whereClause: Expr?
    public init(pattern: Pattern, whereClause: Expr?) { self.pattern = pattern; self.whereClause = whereClause }
}

/// `catch pattern where cond { }` (pattern nil for a bare `catch`, which binds `error`).
public struct CatchClause {
    public var pattern: Pattern?
    public var whereClause: Expr?
    public var body: [Stmt]
    public var location: SourceLocation
    public init(pattern: Pattern?, whereClause: Expr?, body: [Stmt], location: SourceLocation) {
        self.pattern = pattern
        self.whereClause = whereClause
        self.body = body
        self.location = location
    }
}

/// `infix`, `prefix`, `postfix`.
public enum OperatorFixity: String {
    case infix, prefix, postfix
}
