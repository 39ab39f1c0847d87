/// Closure expressions: `{ (x: Double) -> Double in ... }`, `{ x, y in ... }`, `{ $0 * 2 }`,
/// `{ [weak self] in ... }`.
extension Parser {
    mutating func parseClosure() throws(SyntaxDiagnostic) -> Expr {
        let open = try expectPunctuation("{", "to start a closure")
        try enterNesting()
        defer { leaveNesting() }
        var parameters: [FuncParam]?
        var returnType: TypeRef?
        var isThrowing = false
        var captures: (names: [String], values: [Expr?]) = ([], [])
        if closureHasSignature() {
            if isPunctuation("[") { captures = try parseCaptureList() }
            if isPunctuation("(") {
                parameters = try parseClosureParameterList()
            } else if current.kind == .identifier {
                var names: [FuncParam] = []
                repeat {
                    let name = try expectIdentifier("as a closure parameter")
                    names.append(FuncParam(label: nil, name: name.text, type: nil, location: name.location))
                } while consumePunctuation(",")
                parameters = names
            }
            if consumeKeyword("throws") || consumeKeyword("rethrows") { isThrowing = true }
            if consumeOperator("->") { returnType = try parseType() }
            try expectKeyword("in", "after the closure's parameters")
            if parameters == nil { parameters = [] }
        }
        shorthandCounts.append(0)
        let body = try withTrailingClosures(true) { (p: inout Parser) throws(SyntaxDiagnostic) -> [Stmt] in
            try p.parseStatements(context: .block(open))
        }
        let shorthand = shorthandCounts.removeLast()
        if parameters != nil && shorthand > 0 {
            throw SyntaxDiagnostic("anonymous closure arguments like $0 cannot be used in a closure that declares parameters",
                                   at: open.location)
        }
        try expectPunctuation("}", "to close the closure opened at \(open.location)")
        let closure = ClosureExpr(parameters: parameters, returnType: returnType, isThrowing: isThrowing,
                                  captureList: captures.names, body: body, shorthandParameterCount: shorthand,
                                  location: open.location)
        closure.captureValues = captures.values
        return Expr(.closure(closure), at: open.location)
    }

    /// Looks ahead (without consuming) for `... in` at the start of a closure body.
    func closureHasSignature() -> Bool {
        var i = position
        var nesting = 0
        var first = true
        while i < tokens.count {
            let t = tokens[i]
            defer { i += 1; first = false }
            if t.newlineBefore && nesting == 0 && !first { return false }
            switch t.kind {
            case .identifier:
                continue
            case .keyword:
                switch t.text {
                case "in": if nesting == 0 { return !first } else { return false }
                case "self", "Self", "inout", "throws", "rethrows": continue
                default: return false
                }
            case .punctuation:
                switch t.text {
                case "(", "[": nesting += 1
                case ")", "]": nesting -= 1; if nesting < 0 { return false }
                case ",", ":", ".", "@": continue
                default: return false
                }
            case .operator:
                switch t.text {
                case "->", "?", "!", "<", ">", ">>", "=", "...": continue
                default: return false
                }
            default:
                return false
            }
        }
        return false
    }

    /// `[weak self, x, y = z]`: the names and their `= z` values.
    mutating func parseCaptureList() throws(SyntaxDiagnostic) -> (names: [String], values: [Expr?]) {
        let open = advance()
        var names: [String] = []
        var values: [Expr?] = []
        while !isPunctuation("]") {
            if (isWord("weak") || isWord("unowned")) && (peek().kind == .identifier || peek().kind == .keyword) {
                advance()
            }
            guard current.kind == .identifier || isKeyword("self") else {
                throw failure("expected a name in the capture list")
            }
            names.append(advance().text)
            values.append(consumeOperator("=") ? try parseExpression() : nil)
            if consumePunctuation(",") { continue }
            guard isPunctuation("]") else {
                throw failure("expected ',' or ']' to close the capture list opened at \(open.location)")
            }
        }
        advance()
        return (names, values)
    }

    /// `(x, y)` or `(x: Double, _: Int)`.
    mutating func parseClosureParameterList() throws(SyntaxDiagnostic) -> [FuncParam] {
        let open = advance()
        var parameters: [FuncParam] = []
        while !isPunctuation(")") {
            let start = current
            guard current.kind == .identifier else {
                throw failure("expected a parameter name")
            }
            var name = advance().text
            if current.kind == .identifier { name = advance().text }  // `_ x: Int`
            var type: TypeRef?
            var isInout = false
            var isVariadic = false
            if consumePunctuation(":") {
                if consumeKeyword("inout") { isInout = true }
                type = try parseType()
                if consumeOperator("...") { isVariadic = true }
            }
            parameters.append(FuncParam(label: nil, name: name, type: type, isVariadic: isVariadic,
                                        isInout: isInout, location: start.location))
            if consumePunctuation(",") { continue }
            guard isPunctuation(")") else {
                throw failure("expected ',' or ')' to close the parameters opened at \(open.location)")
            }
        }
        advance()
        return parameters
    }
}
