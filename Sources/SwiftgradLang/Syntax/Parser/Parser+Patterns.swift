/// Patterns for declarations, `for` loops, `switch` cases and `if case`.
extension Parser {
    /// A pattern that introduces names (`let`/`var` declarations, `for` loops): names, `_`, tuples.
    mutating func parseBindingPattern(isVar: Bool) throws(SyntaxDiagnostic) -> Pattern {
        try enterNesting()
        defer { leaveNesting() }
        let token = current
        if token.kind == .identifier {
            advance()
            return token.text == "_" ? .wildcard : .binding(name: token.text, isVar: isVar, location: token.location)
        }
        if isPunctuation("(") {
            advance()
            var elements: [Pattern] = []
            while !isPunctuation(")") {
                if current.kind == .identifier, isPunctuation(":", peek()) {
                    advance()
                    advance()
                }
                elements.append(try parseBindingPattern(isVar: isVar))
                if consumePunctuation(",") { continue }
                guard isPunctuation(")") else {
                    throw failure("expected ',' or ')' to close the pattern opened at \(token.location)")
                }
            }
            advance()
            return elements.count == 1 ? elements[0] : .tuple(elements)
        }
        if token.kind == .keyword {
            throw failure("'\(token.text)' is a reserved word and cannot be used as a name")
        }
        throw failure("expected a name or a tuple pattern")
    }

    /// A `case` pattern. In `bindingNames` mode (after `let`/`var`) plain names bind; otherwise they are
    /// expressions (existing values to compare with).
    mutating func parseMatchingPattern(bindingNames: Bool, isVar: Bool = false) throws(SyntaxDiagnostic) -> Pattern {
        try enterNesting()
        defer { leaveNesting() }
        let token = current
        var pattern: Pattern
        if token.kind == .keyword && (token.text == "let" || token.text == "var") {
            advance()
            pattern = try parseMatchingPattern(bindingNames: true, isVar: token.text == "var")
        } else if token.kind == .identifier && token.text == "_" {
            advance()
            pattern = .wildcard
        } else if bindingNames && token.kind == .identifier && !isPunctuation(".", peek())
                    && !isPunctuation("(", peek()) {
            advance()
            pattern = .binding(name: token.text, isVar: isVar, location: token.location)
        } else if token.kind == .keyword && token.text == "is" {
            advance()
            pattern = .isType(try parseType())
        } else if isPunctuation("(") {
            advance()
            var elements: [Pattern] = []
            while !isPunctuation(")") {
                if current.kind == .identifier, isPunctuation(":", peek()) {
                    advance()
                    advance()
                }
                elements.append(try parseMatchingPattern(bindingNames: bindingNames, isVar: isVar))
                if consumePunctuation(",") { continue }
                guard isPunctuation(")") else {
                    throw failure("expected ',' or ')' to close the pattern opened at \(token.location)")
                }
            }
            advance()
            pattern = elements.count == 1 ? elements[0] : .tuple(elements)
        } else if isPunctuation("."), peek().kind == .identifier || peek().kind == .keyword,
                  !peek().spaceBefore {
            advance()
            let name = advance().text
            pattern = try parseEnumCasePattern(typeName: nil, name: name, bindingNames: bindingNames, isVar: isVar,
                                               location: token.location)
        } else if token.kind == .identifier, isPunctuation(".", peek()), peek(2).kind == .identifier,
                  isPunctuation("(", peek(3)), !peek(3).spaceBefore {
            advance()
            advance()
            let name = advance().text
            pattern = try parseEnumCasePattern(typeName: token.text, name: name, bindingNames: bindingNames,
                                               isVar: isVar, location: token.location)
        } else {
            pattern = .expression(try parseInfix(minimumLevel: OperatorPrecedence.casting.level))
        }
        // `x?` — a non-nil optional.
        if current.kind == .operator, current.text == "?", !current.spaceBefore {
            advance()
            pattern = .optionalSome(pattern)
        }
        // `let e as T` — cast, then match.
        if isKeyword("as") {
            advance()
            pattern = .cast(pattern, try parseType())
        }
        return pattern
    }

    /// `.name` / `.name(p1, label: p2)` (the name already consumed).
    mutating func parseEnumCasePattern(typeName: String?, name: String, bindingNames: Bool, isVar: Bool,
                                       location: SourceLocation) throws(SyntaxDiagnostic) -> Pattern {
        guard isPunctuation("("), !current.spaceBefore else {
            if typeName == nil {
                return .enumCase(typeName: nil, name: name, subpatterns: nil, labels: [])
            }
            return .expression(Expr(.member(base: Expr(.identifier(typeName!), at: location), name: name),
                                    at: location))
        }
        let open = advance()
        var subpatterns: [Pattern] = []
        var labels: [String?] = []
        while !isPunctuation(")") {
            var label: String?
            if current.kind == .identifier || current.kind == .keyword, isPunctuation(":", peek()) {
                label = advance().text
                advance()
            }
            labels.append(label)
            subpatterns.append(try parseMatchingPattern(bindingNames: bindingNames, isVar: isVar))
            if consumePunctuation(",") { continue }
            guard isPunctuation(")") else {
                throw failure("expected ',' or ')' to close the pattern opened at \(open.location)")
            }
        }
        advance()
        return .enumCase(typeName: typeName, name: name, subpatterns: subpatterns, labels: labels)
    }
}
