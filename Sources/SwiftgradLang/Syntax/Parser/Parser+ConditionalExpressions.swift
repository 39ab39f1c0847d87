/// Swift 5.9's `if` and `switch` expressions (`let size = if x > 3 { "large" } else { "small" }`): each
/// branch is one expression. Plain conditions become nested conditional expressions (`c ? a : b`), so
/// a declared type reaches the branches' literals; conditions that bind (`if let`, `switch`) become a
/// closure called at once whose branches return their expression.
extension Parser {
    mutating func parseConditionalExpression() throws(SyntaxDiagnostic) -> Expr {
        let start = current
        let stmt = start.text == "if" ? try parseIf() : try parseSwitch(label: nil)
        if let ternary = Parser.ternary([stmt]) { return ternary }
        guard let body = Parser.returning([stmt]) else {
            throw SyntaxDiagnostic("each branch of an '\(start.text)' expression must be a single expression", at: start.location)
        }
        let closure = ClosureExpr(parameters: [], returnType: nil, body: body, shorthandParameterCount: 0, location: start.location)
        return Expr(.call(callee: Expr(.closure(closure), at: start.location), arguments: []), at: start.location)
    }

    /// `if a { x } else if b { y } else { z }` as `a ? x : (b ? y : z)`; nil unless every condition is a
    /// plain Bool expression and every branch one expression.
    static func ternary(_ stmts: [Stmt]) -> Expr? {
        guard stmts.count == 1 else { return nil }
        switch stmts[0].kind {
        case let .expression(e): return e
        case let .ifStmt(conditions, then, elseBody?):
            var condition: Expr?
            for c in conditions {
                guard case let .expression(e) = c else { return nil }
                condition = condition.map { Expr(.binary(op: .and, lhs: $0, rhs: e), at: $0.location) } ?? e
            }
            guard let condition, let a = ternary(then), let b = ternary(elseBody) else { return nil }
            return Expr(.ternary(condition: condition, then: a, else: b), at: stmts[0].location)
        default: return nil
        }
    }

    /// The branches with their expression returned (`throw` stays); nil if a branch is not one expression.
    static func returning(_ stmts: [Stmt]) -> [Stmt]? {
        guard stmts.count == 1 else { return nil }
        let s = stmts[0]
        switch s.kind {
        case let .expression(e): return [Stmt(.returnStmt(e), at: s.location)]
        case .throwStmt: return stmts
        case let .ifStmt(conditions, then, elseBody?):
            guard let t = returning(then), let e = returning(elseBody) else { return nil }
            return [Stmt(.ifStmt(conditions: conditions, then: t, elseBody: e), at: s.location)]
        case let .switchStmt(subject, cases, label):
            var out: [SwitchCase] = []
            for c in cases {
                guard let body = returning(c.body) else { return nil }
                out.append(SwitchCase(patterns: c.patterns, isDefault: c.isDefault, body: body, location: c.location))
            }
            return [Stmt(.switchStmt(subject: subject, cases: out, label: label), at: s.location)]
        default: return nil
        }
    }
}
