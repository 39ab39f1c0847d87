/// Type annotations.
extension Parser {
    mutating func parseType() throws(SyntaxDiagnostic) -> TypeRef {
        try enterNesting()
        defer { leaveNesting() }
        // Attributes (`@escaping`, `@Sendable`) and `some`/`any` carry no meaning here.
        while isPunctuation("@"), peek().kind == .identifier {
            advance()
            advance()
        }
        if (isWord("some") || isWord("any")) && peek().kind == .identifier && !peek().newlineBefore {
            advance()
        }
        var type: TypeRef
        let token = current
        if isPunctuation("(") {
            advance()
            var elements: [TupleTypeElement] = []
            while !isPunctuation(")") {
                var label: String?
                if current.kind == .identifier || current.kind == .keyword {
                    // `(x: Double)`, `(_ x: Double)` in function types
                    if isPunctuation(":", peek()) {
                        label = advance().text
                        advance()
                    } else if peek().kind == .identifier, isPunctuation(":", peek(2)) {
                        advance()
                        label = advance().text
                        advance()
                    }
                }
                _ = consumeKeyword("inout")
                var element = try parseType()
                if consumeOperator("...") { element = .array(element) }
                elements.append(TupleTypeElement(label: label == "_" ? nil : label, type: element))
                if consumePunctuation(",") { continue }
                guard isPunctuation(")") else {
                    throw failure("expected ',' or ')' in the type opened at \(token.location)")
                }
            }
            advance()
            var isThrowing = false
            if isKeyword("throws") || isKeyword("rethrows") { advance(); isThrowing = true }
            if isOperator("->") {
                advance()
                let result = try parseType()
                return .function(parameters: elements.map(\.type), result: result, isThrowing: isThrowing)
            }
            if elements.count == 1, elements[0].label == nil {
                type = elements[0].type
            } else {
                type = .tuple(elements)
            }
        } else if isPunctuation("[") {
            advance()
            let element = try parseType()
            if consumePunctuation(":") {
                let value = try parseType()
                try expectPunctuation("]", "to close the dictionary type opened at \(token.location)")
                type = .dictionary(key: element, value: value)
            } else {
                try expectPunctuation("]", "to close the array type opened at \(token.location)")
                type = .array(element)
            }
        } else if current.kind == .identifier || isKeyword("Self") {
            var name = advance().text
            var generics = try parseGenericArguments()
            while isPunctuation("."), peek().kind == .identifier, !current.spaceBefore {
                advance()
                name += "." + advance().text
                generics = try parseGenericArguments()
            }
            if Parser.unsupportedFloatTypes.contains(name) && typeAliases[name] == nil {
                throw SyntaxDiagnostic(Parser.unsupportedFloatMessage(name), at: token.location)
            }
            type = generics.isEmpty ? typeAliases[name] ?? .named(name, generics: generics) : .named(name, generics: generics)
        } else {
            throw failure("expected a type")
        }
        // Postfix `?` / `!` (also `??` lexed together). Each wraps the type one level deeper (and
        // what walks types recurses), so each counts as a nesting level: `Int???…` 10,000 deep was
        // seconds of work per use, now a SyntaxError past `maxNesting`.
        var wrappers = 0
        defer { for _ in 0..<wrappers { leaveNesting() } }
        while current.kind == .operator, !current.spaceBefore,
              current.text.allSatisfy({ $0 == "?" || $0 == "!" }) {
            for ch in advance().text {
                try enterNesting()
                wrappers += 1
                type = ch == "?" ? .optional(type) : .implicitlyUnwrapped(type)
            }
        }
        if isOperator("->") && !current.newlineBefore {
            throw failure("a function type's parameters must be in parentheses, like (Double) -> Double")
        }
        // A protocol composition (`Hashable & Comparable`): types are checked at run time, the first names it.
        if case .named = type, !current.newlineBefore, isOperator("&") {
            advance()
            _ = try parseType()
        }
        return type
    }

    /// 32- and 16-bit floating point: their rounding and printing are not modelled (a `Float` that
    /// computed and printed as a `Double` would show other digits than Swift), so naming one is an error.
    static let unsupportedFloatTypes: Set<String> = ["Float", "Float32", "Float16"]

    static func unsupportedFloatMessage(_ name: String) -> String {
        "'\(name)' is not supported: use Double ('\(name)' rounds to fewer bits, which this language does not model, so its results would print differently from Swift's)"
    }

    /// `<A, B>` right after a type name (none → empty). Splits `>>` as needed.
    mutating func parseGenericArguments() throws(SyntaxDiagnostic) -> [TypeRef] {
        guard current.kind == .operator, current.text.hasPrefix("<"), !current.spaceBefore else { return [] }
        let open = current
        splitOperatorToken(keepingFirst: 1)
        advance()
        var arguments: [TypeRef] = []
        while true {
            arguments.append(try parseType())
            if consumePunctuation(",") { continue }
            guard current.kind == .operator, current.text.hasPrefix(">") else {
                throw failure("expected '>' to close the generic arguments opened at \(open.location)")
            }
            splitOperatorToken(keepingFirst: 1)
            advance()
            return arguments
        }
    }

    /// Splits the current operator token after its first `count` characters (`>>` → `>`, `>`), so
    /// nested generic arguments can close one at a time.
    mutating func splitOperatorToken(keepingFirst count: Int) {
        let token = current
        guard token.kind == .operator, token.text.count > count else { return }
        var head = token
        head.text = String(token.text.prefix(count))
        head.endOffset = token.location.offset + count
        head.spaceAfter = false
        var tail = token
        tail.text = String(token.text.dropFirst(count))
        tail.location = SourceLocation(line: token.location.line, column: token.location.column + count,
                                       offset: token.location.offset + count)
        tail.spaceBefore = false
        tail.newlineBefore = false
        tail.doc = nil
        tokens[position] = head
        tokens.insert(tail, at: position + 1)
    }
}
