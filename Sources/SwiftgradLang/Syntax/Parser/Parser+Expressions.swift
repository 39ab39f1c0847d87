/// Operator expressions: infix (precedence climbing), prefix, postfix chains.
extension Parser {
    /// A full expression (assignment included).
    mutating func parseExpression() throws(SyntaxDiagnostic) -> Expr {
        try parseInfix(minimumLevel: 0)
    }

    /// Whether the current operator token is used as an infix operator here.
    func isInfixUse(_ token: Token) -> Bool {
        if token.newlineBefore {
            // A line starting with `+ b` continues; a line starting with `-b` is a new statement.
            return token.spaceAfter
        }
        // `a!`/`a?` were taken by the postfix loop; anything else on the same line is infix
        // (lenient: `a -b` is `a - b`).
        return !(token.isPostfixOperator && (token.text == "!" || token.text == "?"))
    }

    mutating func parseInfix(minimumLevel: Int) throws(SyntaxDiagnostic) -> Expr {
        try enterNesting()
        defer { leaveNesting() }
        var lhs = try parsePrefixExpression()
        var lastNonAssociativeLevel: Int?
        while true {
            let token = current
            let group: OperatorPrecedence.Group
            // The operator of a `.binary` node (nil for `?`, casts and assignments).
            var infix: Operator?
            if token.kind == .operator {
                guard isInfixUse(token) else { break }
                if token.text == "?" { group = OperatorPrecedence.ternary }
                else if token.text == "->" { break }
                else if OperatorPrecedence.isAssignment(token.text) { group = OperatorPrecedence.assignment }
                else {
                    let op = Operator(token.text)
                    infix = op
                    group = OperatorPrecedence.group(of: op)
                }
            } else if token.kind == .keyword && (token.text == "is" || token.text == "as") {
                group = OperatorPrecedence.casting
            } else {
                break
            }
            if group.level < minimumLevel { break }
            if group.associativity == .none, lastNonAssociativeLevel == group.level {
                throw failure("operators of the same non-associative group cannot be chained (add parentheses)")
            }
            lastNonAssociativeLevel = group.associativity == .none ? group.level : nil
            let nextLevel = group.associativity == .right ? group.level : group.level + 1
            try addChainLink()
            advance()
            switch token.text {
            case "?":
                let thenBranch = try parseInfix(minimumLevel: OperatorPrecedence.ternary.level)
                guard isPunctuation(":") else { throw failure("expected ':' after the '?' branch of a ternary") }
                advance()
                let elseBranch = try parseInfix(minimumLevel: nextLevel)
                lhs = Expr(.ternary(condition: lhs, then: thenBranch, else: elseBranch), at: token.location)
            case "is":
                let type = try parseType()
                lhs = Expr(.cast(.isType, lhs, type), at: token.location)
            case "as":
                var kind = CastKind.coerce
                if !current.spaceBefore, current.kind == .operator, current.text == "?" || current.text == "!" {
                    kind = current.text == "?" ? .conditional : .forced
                    advance()
                }
                let type = try parseType()
                lhs = Expr(.cast(kind, lhs, type), at: token.location)
            default:
                try checkInfixOperator(token)
                let rhs = try parseInfix(minimumLevel: nextLevel)
                if let infix {
                    lhs = Expr(.binary(op: infix, lhs: lhs, rhs: rhs), at: token.location)
                } else {
                    let op = token.text == "=" ? nil : Operator(String(token.text.dropLast()))
                    lhs = Expr(.assign(compoundOp: op, target: lhs, value: rhs), at: token.location)
                }
            }
        }
        return lhs
    }

    /// Prefix operators, `try`, operator references, then a postfix chain.
    mutating func parsePrefixExpression() throws(SyntaxDiagnostic) -> Expr {
        let token = current
        if token.kind == .keyword && token.text == "try" {
            advance()
            var kind = TryKind.plain
            if !current.spaceBefore, current.kind == .operator, current.text == "?" || current.text == "!" {
                kind = current.text == "?" ? .optional : .forced
                advance()
            }
            try enterNesting()
            defer { leaveNesting() }
            let operand = try parsePrefixExpression()
            return Expr(.tryExpr(kind, operand), at: token.location)
        }
        if token.kind == .operator {
            let next = peek()
            // `reduce(0, +)`, `sorted(by: >)`: an operator standing alone is a function value.
            if next.kind == .punctuation && (next.text == ")" || next.text == "," || next.text == "]") {
                advance()
                return Expr(.operatorReference(Operator(token.text)), at: token.location)
            }
            if token.text == "&" {
                throw failure("'&' marks an inout argument and can only be used in a call's arguments")
            }
            try checkPrefixOperator(token)
            advance()
            try enterNesting()
            defer { leaveNesting() }
            let operand = try parsePrefixExpression()
            let op = Operator(token.text)
            if op == .halfOpenRange || op == .closedRange {
                return Expr(.oneSidedRange(op: op, bound: operand, isPrefix: true), at: token.location)
            }
            return Expr(.prefix(op: op, operand: operand), at: token.location)
        }
        let primary = try parsePrimary()
        return try parsePostfixChain(primary)
    }

    /// `.member`, `.0`, `(args)`, `[args]`, `!`, `?`, trailing closures, postfix ranges.
    mutating func parsePostfixChain(_ base: Expr) throws(SyntaxDiagnostic) -> Expr {
        var expr = base
        var hasOptionalChain = false
        while true {
            let token = current
            if token.kind == .punctuation {
                switch token.text {
                case ".":
                    advance()
                    try addChainLink()
                    expr = try parseMemberSuffix(of: expr, dot: token)
                    continue
                case "(" where !token.newlineBefore:
                    advance()
                    try addChainLink()
                    var arguments = try parseArguments(closing: ")")
                    arguments += try parseTrailingClosures()
                    expr = Expr(.call(callee: expr, arguments: arguments), at: token.location)
                    continue
                case "[" where !token.newlineBefore:
                    advance()
                    try addChainLink()
                    let arguments = try parseArguments(closing: "]")
                    expr = Expr(.subscriptAccess(base: expr, arguments: arguments), at: token.location)
                    continue
                case "{" where !token.newlineBefore && allowsTrailingClosure && !startsObserverBlock():
                    try addChainLink()
                    let arguments = try parseTrailingClosures()
                    expr = Expr(.call(callee: expr, arguments: arguments), at: token.location)
                    continue
                default:
                    break
                }
            } else if token.kind == .operator && !token.spaceBefore && !token.newlineBefore {
                if token.text == "!" {
                    advance()
                    try addChainLink()
                    expr = Expr(.forceUnwrap(expr), at: token.location)
                    continue
                }
                if token.text == "?" {
                    advance()
                    try addChainLink()
                    hasOptionalChain = true
                    expr = Expr(.bindOptional(expr), at: token.location)
                    continue
                }
                if (token.text == "..." || token.text == "..<") && token.spaceAfter {
                    advance()
                    try addChainLink()
                    expr = Expr(.oneSidedRange(op: Operator(token.text), bound: expr, isPrefix: false), at: token.location)
                    continue
                }
            }
            break
        }
        return hasOptionalChain ? Expr(.optionalChain(expr), at: expr.location) : expr
    }

    /// After a `.`: a member name, a tuple index, `init`, `self`.
    mutating func parseMemberSuffix(of base: Expr, dot: Token) throws(SyntaxDiagnostic) -> Expr {
        let token = current
        switch token.kind {
        case .identifier, .keyword:
            advance()
            return Expr(.member(base: base, name: token.text), at: dot.location)
        case .integerLiteral:
            advance()
            return Expr(.tupleElement(base: base, index: token.intValue), at: dot.location)
        case .floatLiteral:
            // `t.0.1` lexes `0.1` as a number: two tuple indexes.
            let parts = token.text.split(separator: ".")
            if parts.count == 2, let first = Int(parts[0]), let second = Int(parts[1]),
               parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) {
                advance()
                let inner = Expr(.tupleElement(base: base, index: first), at: dot.location)
                return Expr(.tupleElement(base: inner, index: second), at: token.location)
            }
            throw failure("expected a member name after '.'")
        default:
            throw failure("expected a member name after '.'")
        }
    }

    /// Arguments up to `closing` (the opening bracket is consumed already).
    mutating func parseArguments(closing: String) throws(SyntaxDiagnostic) -> [CallArgument] {
        try withTrailingClosures(true) { (p: inout Parser) throws(SyntaxDiagnostic) -> [CallArgument] in
            var arguments: [CallArgument] = []
            while !p.isPunctuation(closing) {
                arguments.append(try p.parseArgument())
                if p.consumePunctuation(",") { continue }
                guard p.isPunctuation(closing) else {
                    throw p.failure("expected ',' or '\(closing)' in the argument list")
                }
            }
            p.advance()
            return arguments
        }
    }

    mutating func parseArgument() throws(SyntaxDiagnostic) -> CallArgument {
        let start = current
        var label: String?
        if (start.kind == .identifier || start.kind == .keyword), isPunctuation(":", peek()) {
            label = start.text
            advance()
            advance()
        }
        var isInout = false
        if current.kind == .operator && current.text == "&" {
            isInout = true
            advance()
        }
        let value = try parseExpression()
        return CallArgument(label: label, value: value, isInout: isInout, location: start.location)
    }

    /// Whether the `{` here opens property observers (`var x = 0 { didSet { ... } }`), not a closure.
    func startsObserverBlock() -> Bool {
        let word = peek(1)
        return word.kind == .identifier && (word.text == "willSet" || word.text == "didSet")
            && (isPunctuation("{", peek(2)) || isPunctuation("(", peek(2)))
    }

    /// `{ ... }` and further `label: { ... }` closures after a call (same line as the call).
    mutating func parseTrailingClosures() throws(SyntaxDiagnostic) -> [CallArgument] {
        guard allowsTrailingClosure, isPunctuation("{"), !current.newlineBefore else { return [] }
        var arguments: [CallArgument] = []
        let first = current
        arguments.append(CallArgument(label: nil, value: try parseClosure(), isTrailingClosure: true,
                                      location: first.location))
        while current.kind == .identifier || current.kind == .keyword, isPunctuation(":", peek()),
              isPunctuation("{", peek(2)), !peek(2).newlineBefore {
            let labelToken = advance()
            advance()
            arguments.append(CallArgument(label: labelToken.text, value: try parseClosure(),
                                          isTrailingClosure: true, location: labelToken.location))
        }
        return arguments
    }
}
