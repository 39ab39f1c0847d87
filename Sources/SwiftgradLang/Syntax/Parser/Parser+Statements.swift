/// Statements and control flow.
extension Parser {
    /// Where a statement list is.
    enum StatementContext {
        /// The cell itself (ends at the end of input).
        case topLevel
        /// A `{ }` block (ends at `}`; the `{` token is for messages).
        case block(Token)
        /// A type body (members; `case` declares enum cases).
        case typeBody(TypeDeclKind, Token)
        /// The statements of one `switch` case (end at `case`, `default` or `}`).
        case switchCase
    }

    /// A statement list; stops before `}` (or the end; for `switchCase` also before `case`/`default`).
    mutating func parseStatements(context: StatementContext) throws(SyntaxDiagnostic) -> [Stmt] {
        var statements: [Stmt] = []
        while true {
            while consumePunctuation(";") {}
            if current.kind == .endOfFile {
                if case let .block(open) = context {
                    throw failure("expected '}' to close the block opened at \(open.location)")
                }
                if case let .typeBody(_, open) = context {
                    throw failure("expected '}' to close the body opened at \(open.location)")
                }
                return statements
            }
            if isPunctuation("}") {
                if case .topLevel = context { throw failure("unexpected '}' without a matching '{'") }
                return statements
            }
            if case .switchCase = context,
               isKeyword("case") || isKeyword("default") || (isPunctuation("@") && isWord("unknown", peek())) {
                return statements
            }
            statements.append(try parseStatement(context: context))
            if consumePunctuation(";") { continue }
            if isPunctuation("}") || current.kind == .endOfFile || current.newlineBefore { continue }
            throw failure("consecutive statements on a line must be separated by ';'")
        }
    }

    /// `{ statements }`.
    mutating func parseBlock(_ context: String) throws(SyntaxDiagnostic) -> [Stmt] {
        let open = try expectPunctuation("{", context)
        try enterNesting()
        defer { leaveNesting() }
        let body = try withTrailingClosures(true) { (p: inout Parser) throws(SyntaxDiagnostic) -> [Stmt] in
            try p.parseStatements(context: .block(open))
        }
        try expectPunctuation("}", "to close the block opened at \(open.location)")
        return body
    }

    mutating func parseStatement(context: StatementContext) throws(SyntaxDiagnostic) -> Stmt {
        try enterNesting()
        // Chain links count per statement (a nested block's statements continue the count).
        let chainStart = chainDepth
        defer { leaveNesting(); chainDepth = chainStart }
        let start = current
        // `name: for/while/repeat/switch/do/if` — a labeled statement.
        if start.kind == .identifier, isPunctuation(":", peek()), peek(2).kind == .keyword,
           ["for", "while", "repeat", "switch", "do", "if"].contains(peek(2).text) {
            advance()
            advance()
            guard let statement = try parseControlStatement(label: start.text) else {
                throw failure("expected a loop, 'switch', 'if' or 'do' after the label")
            }
            return statement
        }
        if let declaration = try parseDeclarationIfPresent(context: context) {
            return declaration
        }
        if let control = try parseControlStatement(label: nil) {
            return control
        }
        if start.kind == .keyword {
            switch start.text {
            case "case":
                throw failure("'case' can only appear inside a 'switch' or an 'enum'")
            case "default":
                throw failure("'default' can only appear inside a 'switch'")
            case "else":
                throw failure("'else' without a matching 'if'")
            case "in", "where", "catch", "throws", "rethrows", "inout", "operator", "as", "is":
                throw failure("expected a statement")
            default:
                break
            }
        }
        let expr = try parseExpression()
        return Stmt(.expression(expr), at: start.location)
    }

    /// Control-flow statements (nil when the current token starts none).
    mutating func parseControlStatement(label: String?) throws(SyntaxDiagnostic) -> Stmt? {
        let start = current
        guard start.kind == .keyword else { return nil }
        let loc = start.location
        switch start.text {
        case "if":
            return try parseIf()
        case "guard":
            advance()
            let conditions = try parseConditions()
            try expectKeyword("else", "after the guard's conditions")
            let body = try parseBlock("after 'else'")
            return Stmt(.guardStmt(conditions: conditions, elseBody: body), at: loc)
        case "while":
            advance()
            let conditions = try parseConditions()
            let body = try parseBlock("to start the loop's body")
            return Stmt(.whileStmt(conditions: conditions, body: body, label: label), at: loc)
        case "repeat":
            advance()
            let body = try parseBlock("after 'repeat'")
            try expectKeyword("while", "after the body of 'repeat'")
            let condition = try withTrailingClosures(false) { (p: inout Parser) throws(SyntaxDiagnostic) in
                try p.parseExpression()
            }
            return Stmt(.repeatWhile(body: body, condition: condition, label: label), at: loc)
        case "for":
            return try parseForIn(label: label)
        case "switch":
            return try parseSwitch(label: label)
        case "do":
            advance()
            let body = try parseBlock("after 'do'")
            var catches: [CatchClause] = []
            while isKeyword("catch") {
                let catchToken = advance()
                var pattern: Pattern?
                var whereClause: Expr?
                if !isPunctuation("{") && !isKeyword("where") {
                    pattern = try withTrailingClosures(false) { (p: inout Parser) throws(SyntaxDiagnostic) in
                        try p.parseMatchingPattern(bindingNames: false)
                    }
                }
                if consumeKeyword("where") {
                    whereClause = try withTrailingClosures(false) { (p: inout Parser) throws(SyntaxDiagnostic) in
                        try p.parseExpression()
                    }
                }
                let catchBody = try parseBlock("after 'catch'")
                catches.append(CatchClause(pattern: pattern, whereClause: whereClause, body: catchBody,
                                           location: catchToken.location))
            }
            return Stmt(.doStmt(body: body, catches: catches, label: label), at: loc)
        case "break", "continue":
            advance()
            var target: String?
            if current.kind == .identifier && !current.newlineBefore { target = advance().text }
            return Stmt(start.text == "break" ? .breakStmt(label: target) : .continueStmt(label: target), at: loc)
        case "fallthrough":
            advance()
            return Stmt(.fallthroughStmt, at: loc)
        case "return":
            advance()
            if current.newlineBefore || isPunctuation("}") || isPunctuation(";") || current.kind == .endOfFile
                || isKeyword("case") || isKeyword("default") {
                return Stmt(.returnStmt(nil), at: loc)
            }
            return Stmt(.returnStmt(try parseExpression()), at: loc)
        case "throw":
            advance()
            return Stmt(.throwStmt(try parseExpression()), at: loc)
        case "defer":
            advance()
            return Stmt(.deferStmt(body: try parseBlock("after 'defer'")), at: loc)
        default:
            return nil
        }
    }

    /// `if conditions { } else if ... { } else { }`.
    ///
    /// An `else if` chain reads as flat code, so it is parsed in a loop: each `else if` is a chain
    /// link (`maxChainDepth`), not a nesting level. The AST still nests each `else if` in the previous
    /// `else`, as deep as the chain is long — which the chain limit keeps far from any stack's end.
    mutating func parseIf() throws(SyntaxDiagnostic) -> Stmt {
        var branches: [(conditions: [Condition], body: [Stmt], location: SourceLocation)] = []
        var finalElse: [Stmt]?
        while true {
            let start = advance()
            // A branch's operators nest in its own condition, not in the ones after it: they count
            // from the chain's links so far and are not carried to the next branch (counting all of
            // them cut a 1,000-branch chain of `x > a && x < b` conditions short).
            let links = chainDepth
            let conditions = try parseConditions()
            chainDepth = links
            let thenBody = try parseBlock("to start the body of 'if'")
            branches.append((conditions, thenBody, start.location))
            guard consumeKeyword("else") else { break }
            guard isKeyword("if") else {
                finalElse = try parseBlock("or 'if' after 'else'")
                break
            }
            try addChainLink()
        }
        var elseBody = finalElse
        var statement: Stmt?
        for branch in branches.reversed() {
            let made = Stmt(.ifStmt(conditions: branch.conditions, then: branch.body, elseBody: elseBody), at: branch.location)
            statement = made
            elseBody = [made]
        }
        return statement!
    }

    /// `c1, let x = e, case p = e, ...` (without trailing closures).
    mutating func parseConditions() throws(SyntaxDiagnostic) -> [Condition] {
        try withTrailingClosures(false) { (p: inout Parser) throws(SyntaxDiagnostic) -> [Condition] in
            var conditions: [Condition] = []
            repeat {
                conditions.append(try p.parseCondition())
            } while p.consumePunctuation(",")
            return conditions
        }
    }

    mutating func parseCondition() throws(SyntaxDiagnostic) -> Condition {
        if isKeyword("let") || isKeyword("var") {
            let isVar = advance().text == "var"
            let pattern = try parseBindingPattern(isVar: isVar)
            var type: TypeRef?
            if consumePunctuation(":") { type = try parseType() }
            if consumeOperator("=") {
                return .optionalBinding(pattern: pattern, type: type, value: try parseExpression(), isVar: isVar)
            }
            // `if let x {` is `if let x = x {`.
            guard case let .binding(name, _, location) = pattern else {
                throw failure("expected '=' and a value to unwrap")
            }
            return .optionalBinding(pattern: pattern, type: type, value: Expr(.identifier(name), at: location),
                                    isVar: isVar)
        }
        if isKeyword("case") {
            advance()
            let pattern = try parseMatchingPattern(bindingNames: false)
            guard consumeOperator("=") else { throw failure("expected '=' after the case pattern") }
            return .casePattern(pattern, value: try parseExpression())
        }
        return .expression(try parseExpression())
    }

    /// `for pattern in sequence where cond { }`.
    mutating func parseForIn(label: String?) throws(SyntaxDiagnostic) -> Stmt {
        let start = advance()
        var pattern: Pattern
        if consumeKeyword("case") {
            pattern = try parseMatchingPattern(bindingNames: false)
        } else if isKeyword("var") || isKeyword("let") {
            let isVar = advance().text == "var"
            pattern = try parseBindingPattern(isVar: isVar)
        } else {
            pattern = try parseBindingPattern(isVar: false)
        }
        if consumePunctuation(":") { pattern = .typed(pattern, try parseType()) }
        try expectKeyword("in", "after the loop variable of 'for'")
        let (sequence, whereClause) = try withTrailingClosures(false) {
            (p: inout Parser) throws(SyntaxDiagnostic) -> (Expr, Expr?) in
            let sequence = try p.parseExpression()
            let whereClause = p.consumeKeyword("where") ? try p.parseExpression() : nil
            return (sequence, whereClause)
        }
        let body = try parseBlock("to start the body of 'for'")
        return Stmt(.forIn(pattern: pattern, sequence: sequence, whereClause: whereClause, body: body, label: label),
                    at: start.location)
    }

    /// `switch subject { case p1, p2 where g: ... default: ... }`.
    mutating func parseSwitch(label: String?) throws(SyntaxDiagnostic) -> Stmt {
        let start = advance()
        let subject = try withTrailingClosures(false) { (p: inout Parser) throws(SyntaxDiagnostic) in
            try p.parseExpression()
        }
        let open = try expectPunctuation("{", "to start the cases of 'switch'")
        var cases: [SwitchCase] = []
        while !isPunctuation("}") {
            let caseToken = current
            if isPunctuation("@") && isWord("unknown", peek()) {
                advance()
                advance()
            }
            var items: [CaseItem] = []
            var isDefault = false
            if consumeKeyword("default") {
                isDefault = true
            } else if consumeKeyword("case") {
                repeat {
                    let pattern = try withTrailingClosures(false) { (p: inout Parser) throws(SyntaxDiagnostic) in
                        try p.parseMatchingPattern(bindingNames: false)
                    }
                    var whereClause: Expr?
                    if consumeKeyword("where") {
                        whereClause = try withTrailingClosures(false) { (p: inout Parser) throws(SyntaxDiagnostic) in
                            try p.parseExpression()
                        }
                    }
                    items.append(CaseItem(pattern: pattern, whereClause: whereClause))
                } while consumePunctuation(",")
            } else if current.kind == .endOfFile {
                throw failure("expected '}' to close the switch opened at \(open.location)")
            } else {
                throw failure("expected 'case' or 'default' in the switch")
            }
            try expectPunctuation(":", isDefault ? "after 'default'" : "after the case pattern")
            let body = try parseStatements(context: .switchCase)
            if body.isEmpty {
                throw SyntaxDiagnostic("a switch case needs at least one statement (use 'break' to do nothing)",
                                       at: caseToken.location, isAtEnd: current.kind == .endOfFile && !isInterpolation)
            }
            cases.append(SwitchCase(patterns: items, isDefault: isDefault, body: body, location: caseToken.location))
        }
        advance()
        return Stmt(.switchStmt(subject: subject, cases: cases, label: label), at: start.location)
    }
}
