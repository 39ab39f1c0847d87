/// Primary expressions: literals, names, parentheses and tuples, collection literals, closures,
/// implicit members, key paths, type references.
extension Parser {
    mutating func parsePrimary() throws(SyntaxDiagnostic) -> Expr {
        try enterNesting()
        defer { leaveNesting() }
        let token = current
        let loc = token.location
        switch token.kind {
        case .integerLiteral:
            advance()
            if token.isUInt64Literal {
                // Above Int.max: `UInt64(bitPattern: <the same bits as an Int>)`.
                let bits = CallArgument(label: "bitPattern", value: Expr(.intLiteral(token.intValue), at: loc), location: loc)
                return Expr(.call(callee: Expr(.identifier("UInt64"), at: loc), arguments: [bits]), at: loc)
            }
            return Expr(.intLiteral(token.intValue), at: loc)
        case .floatLiteral:
            advance()
            return Expr(.doubleLiteral(token.doubleValue), at: loc)
        case .stringLiteral:
            advance()
            return try stringExpression(token)
        case .shorthandArgument:
            advance()
            guard !shorthandCounts.isEmpty else {
                throw failure("anonymous closure argument '\(token.text)' used outside a closure", at: token)
            }
            // Each `$n` up to the highest becomes a parameter slot: `$100000000` must not allocate them.
            guard token.intValue <= 255 else {
                throw failure("anonymous closure argument '\(token.text)' is out of range (the highest is $255)", at: token)
            }
            shorthandCounts[shorthandCounts.count - 1] = max(shorthandCounts[shorthandCounts.count - 1],
                                                             token.intValue + 1)
            return Expr(.shorthandArgument(token.intValue), at: loc)
        case .identifier:
            if token.text == "_" {
                advance()
                return Expr(.discard, at: loc)
            }
            if let typeExpr = try parseGenericTypeReference() { return typeExpr }
            advance()
            return Expr(.identifier(token.text), at: loc)
        case .keyword:
            switch token.text {
            case "true", "false":
                advance()
                return Expr(.boolLiteral(token.text == "true"), at: loc)
            case "nil":
                advance()
                return Expr(.nilLiteral, at: loc)
            case "self", "Self":
                advance()
                return Expr(.identifier(token.text), at: loc)
            case "super":
                advance()
                return Expr(.superRef, at: loc)
            case "if", "switch":
                return try parseConditionalExpression()
            default:
                throw failure("expected an expression")
            }
        case .punctuation:
            switch token.text {
            case "(":
                return try parseParenthesized()
            case "[":
                if let typeExpr = try parseCollectionTypeReference() { return typeExpr }
                return try parseCollectionLiteral()
            case "{":
                return try parseClosure()
            case ".":
                advance()
                guard current.kind == .identifier || current.kind == .keyword, !current.spaceBefore else {
                    throw failure("expected a member name after '.'")
                }
                let name = advance().text
                return Expr(.implicitMember(name), at: loc)
            case "\\":
                return try parseKeyPath()
            default:
                throw failure("expected an expression")
            }
        case .operator:
            throw failure("expected an expression")
        case .endOfFile:
            throw failure("expected an expression")
        }
    }

    /// `(e)` (no node), `()`, `(a, b)`, `(x: 1, y: 2)`.
    mutating func parseParenthesized() throws(SyntaxDiagnostic) -> Expr {
        let open = advance()
        return try withTrailingClosures(true) { (p: inout Parser) throws(SyntaxDiagnostic) -> Expr in
            var elements: [TupleElement] = []
            var sawComma = false
            while !p.isPunctuation(")") {
                var label: String?
                if p.current.kind == .identifier || p.current.kind == .keyword, p.isPunctuation(":", p.peek()) {
                    label = p.advance().text
                    p.advance()
                }
                elements.append(TupleElement(label: label, value: try p.parseExpression()))
                if p.consumePunctuation(",") { sawComma = true; continue }
                guard p.isPunctuation(")") else {
                    throw p.failure("expected ',' or ')' to close '(' opened at \(open.location)")
                }
            }
            p.advance()
            if elements.count == 1, !sawComma, elements[0].label == nil {
                return elements[0].value
            }
            return Expr(.tuple(elements), at: open.location)
        }
    }

    /// `[a, b]`, `[]`, `[k: v]`, `[:]`.
    mutating func parseCollectionLiteral() throws(SyntaxDiagnostic) -> Expr {
        let open = advance()
        return try withTrailingClosures(true) { (p: inout Parser) throws(SyntaxDiagnostic) -> Expr in
            if p.isPunctuation(":") && p.isPunctuation("]", p.peek()) {
                p.advance()
                p.advance()
                return Expr(.dictionaryLiteral([]), at: open.location)
            }
            var items: [Expr] = []
            var entries: [DictionaryEntry] = []
            var isDictionary: Bool?
            while !p.isPunctuation("]") {
                let item = try p.parseExpression()
                if p.isPunctuation(":") {
                    guard isDictionary != false else {
                        throw p.failure("expected ',' or ']' in the array literal")
                    }
                    isDictionary = true
                    p.advance()
                    entries.append(DictionaryEntry(key: item, value: try p.parseExpression()))
                } else {
                    guard isDictionary != true else {
                        throw p.failure("expected ':' after a dictionary key")
                    }
                    isDictionary = false
                    items.append(item)
                }
                if p.consumePunctuation(",") { continue }
                guard p.isPunctuation("]") else {
                    throw p.failure("expected ',' or ']' to close '[' opened at \(open.location)")
                }
            }
            p.advance()
            return isDictionary == true ? Expr(.dictionaryLiteral(entries), at: open.location)
                : Expr(.arrayLiteral(items), at: open.location)
        }
    }

    /// `[Double]()`, `[String: Int](...)`: a collection type immediately called. Nil (nothing consumed)
    /// when the brackets are a literal.
    mutating func parseCollectionTypeReference() throws(SyntaxDiagnostic) -> Expr? {
        let saved = position
        let savedDepth = depth
        let savedTokens = tokens
        let loc = current.location
        guard let type = try? parseType(), isPunctuation("("), !current.spaceBefore else {
            position = saved
            depth = savedDepth
            tokens = savedTokens
            return nil
        }
        return Expr(.typeReference(type), at: loc)
    }

    /// `Set<Int>`, `Array<Double>` followed by `(` or `.`: a generic type used as a value. Nil (nothing
    /// consumed) otherwise.
    mutating func parseGenericTypeReference() throws(SyntaxDiagnostic) -> Expr? {
        let name = current
        guard let first = name.text.unicodeScalars.first, first.properties.isUppercase,
              isOperator("<", peek()) || (peek().kind == .operator && peek().text.hasPrefix("<")),
              !peek().spaceBefore else { return nil }
        let saved = position
        let savedDepth = depth
        let savedTokens = tokens
        if let type = try? parseType(), !current.spaceBefore,
           isPunctuation("(") || isPunctuation(".") {
            if case .named(_, let generics) = type, !generics.isEmpty {
                return Expr(.typeReference(type), at: name.location)
            }
        }
        position = saved
        depth = savedDepth
        tokens = savedTokens
        return nil
    }

    /// `\.a.b` or `\Type.a.b`.
    mutating func parseKeyPath() throws(SyntaxDiagnostic) -> Expr {
        let slash = advance()
        var root: String?
        if current.kind == .identifier && !current.spaceBefore {
            root = advance().text
        }
        var components: [String] = []
        while isPunctuation("."), !current.spaceBefore || components.isEmpty {
            advance()
            guard current.kind == .identifier || current.kind == .keyword else {
                throw failure("expected a property name in the key path")
            }
            components.append(advance().text)
        }
        guard !components.isEmpty else { throw failure("expected '.' and a property name after '\\'") }
        return Expr(.keyPath(root: root, components: components), at: slash.location)
    }

    /// A string literal token as an expression (parsing its interpolations).
    mutating func stringExpression(_ token: Token) throws(SyntaxDiagnostic) -> Expr {
        var segments: [StringSegment] = []
        var plain = ""
        var hasInterpolation = false
        for piece in token.stringPieces {
            switch piece {
            case let .text(text):
                plain += text
                segments.append(.text(text))
            case let .interpolation(tokens, location):
                hasInterpolation = true
                var sub = Parser(tokens: tokens, isInterpolation: true)
                sub.declaredOperators = declaredOperators
                sub.typeAliases = typeAliases
                sub.depth = depth
                sub.chainDepth = chainDepth
                sub.shorthandCounts = shorthandCounts
                guard sub.current.kind != .endOfFile else {
                    throw SyntaxDiagnostic("expected an expression inside '\\(...)'", at: location)
                }
                let expr = try sub.parseExpression()
                guard sub.current.kind == .endOfFile else {
                    throw sub.failure("expected ')' to end the interpolation")
                }
                shorthandCounts = sub.shorthandCounts
                chainDepth = sub.chainDepth
                segments.append(.interpolation(expr))
            }
        }
        return hasInterpolation ? Expr(.interpolatedString(segments), at: token.location)
            : Expr(.stringLiteral(plain), at: token.location)
    }
}
