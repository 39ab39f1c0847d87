/// # The Swiftgrad syntax tree
///
/// `Parser.parse(source:cellName:)` turns a cell into `[Stmt]`. The tree is plain data: value types
/// (`Expr`, `Stmt`, `Pattern`, `TypeRef`, ...) with indirect enums for the node kinds, and final classes
/// for the nodes a compiler likes to key by identity (`FuncDecl`, `ClosureExpr`, `TypeDecl`). Every
/// expression and statement carries a `SourceLocation` (line, column in characters, scalar offset).
/// Name resolution (locals → slots, captures, globals, builtins) is left entirely to the back end: the
/// parser does not resolve anything, it only records names as written.
///
/// ## Files
/// - `Expr.swift` — `Expr` { kind, location } and `ExprKind`:
///   literals (`intLiteral`, `doubleLiteral`, `boolLiteral`, `stringLiteral`, `interpolatedString`
///   with `StringSegment`s, `nilLiteral`, `arrayLiteral`, `dictionaryLiteral`), names (`identifier`
///   — also `self`/`Self` and type names —, `superRef`, `shorthandArgument` `$0`, `implicitMember`
///   `.relu`, `typeReference` `[Double]()`/`Set<Int>()`, `operatorReference` `+` in `reduce(0, +)`,
///   `keyPath` `\.data`, `discard` `_`), operators (`prefix`, `postfix`, `binary` — all infix ops incl.
///   `**`, `??`, `..<`, `...`, `&&`, `||` —, `oneSidedRange`, `assign` with `compoundOp`, `ternary`,
///   `cast` is/as/as?/as!, `forceUnwrap` `x!`, `bindOptional` + `optionalChain` for `a?.b`, `tryExpr`),
///   postfix forms (`member`, `tupleElement` `.0`, `call` with `CallArgument`s incl. `&x` inout and
///   trailing closures, `subscriptAccess`), compound forms (`tuple`, `closure` with `ClosureExpr`).
/// - `Operator.swift` — `Operator`: the operator of a `prefix`/`postfix`/`binary`/`oneSidedRange`/
///   `assign`/`operatorReference` node, one case per standard operator (`.plus`, `.less`, `.and`,
///   `.halfOpenRange`, ...) and `.custom("+*")` for a declared one; `.text` is its spelling.
/// - `Stmt.swift` — `Stmt` { kind, location } and `StmtKind`: `expression`, declarations (`variable`,
///   `function`, `initializer`, `deinitializer`, `subscriptDecl`, `typeDecl`, `enumCase`, `typeAlias`,
///   `operatorDecl`, `precedenceGroupDecl`, `importDecl`), control flow (`ifStmt`, `guardStmt`,
///   `whileStmt`, `repeatWhile`, `forIn`, `switchStmt` with `SwitchCase`/`CaseItem`, `doStmt`,
///   `breakStmt`, `continueStmt`, `fallthroughStmt`, `returnStmt`, `throwStmt`, `deferStmt`), and
///   `Condition` (bool expr, `let x = e` optional binding, `case p = e`).
/// - `Decl.swift` — `VarDecl`/`VarBinding` (patterns, annotation, initializer, `PropertyAccessors`
///   get/set/willSet/didSet), `FuncDecl`/`FuncParam` (labels, `_`, defaults, variadics, inout,
///   modifiers like static/mutating/override, operator names, doc comments), `TypeDecl`
///   (class/struct/enum/protocol/extension with members), `EnumCaseElement` (raw values, associated
///   values), `DeclModifier`.
/// - `Pattern.swift` — `Pattern`: wildcard, binding, tuple, typed, expression (`~=`), enumCase
///   `.foo(let x)`, optionalSome `x?`, isType, cast.
/// - `TypeRef.swift` — `TypeRef`: named (with generics), optional, array, dictionary, tuple, function;
///   `.text` is the canonical spelling (`"[Double]"`, `"Double?"`, `"() -> Void"`).
///
/// ## Conventions the back end can rely on
/// - Operator precedence (Swift's, with `**` above `*` and right-associative) is already applied.
/// - Parentheses leave no node; `(a, b)` is a `.tuple`; `()` is the empty tuple.
/// - Implicit returns: a function/closure/getter body that is exactly one `.expression` statement
///   yields that value (`ClosureExpr.isSingleExpression`).
/// - `x += 1` is `.assign(compoundOp: .plus, target: x, value: 1)`; `_ = f()` is `.assign(nil, .discard, ...)`.
/// - `if let x {` is `.optionalBinding(.binding("x"), value: .identifier("x"))`.
/// - Trailing closures are ordinary `CallArgument`s with `isTrailingClosure == true`;
///   `f { }` (no parentheses) is a `.call` with just that argument.
/// - Doc comments (`///`) directly above a `func`/`class`/`struct`/`enum`/`let`/`var` are in `doc`.
public enum SyntaxTree {
    /// The version of this tree's shape; bumped when a change may break the back end.
    public static let version = 2
}
