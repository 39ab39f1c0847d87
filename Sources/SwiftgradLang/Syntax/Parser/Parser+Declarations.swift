/// Declarations: `let`/`var`, `func`, `init`, `deinit`, `subscript`, types, enum cases, `typealias`,
/// `import`, operator and precedence-group declarations.
extension Parser {
    static let declarationKeywords: Set<String> = [
        "let", "var", "func", "class", "struct", "enum", "protocol", "extension", "init", "deinit",
        "subscript", "typealias", "import", "operator", "precedencegroup", "case", "static",
    ]

    /// Whether the token `offset` ahead is a modifier (followed by more modifiers or a declaration
    /// keyword on the same line): `static`, `class func`, `private`, `mutating`, `final class`, ...
    func isModifier(at offset: Int) -> Bool {
        let token = peek(offset)
        guard DeclModifier(rawValue: token.text) != nil else { return false }
        if token.kind == .keyword {
            if token.text == "static" { return true }
            guard token.text == "class" else { return false }
        } else if token.kind != .identifier {
            return false
        }
        // `private(set) var`: the modifier's argument is skipped.
        var after = offset + 1
        if isPunctuation("(", peek(after)), isWord("set", peek(after + 1)), isPunctuation(")", peek(after + 2)) { after += 3 }
        let next = peek(after)
        if next.newlineBefore { return false }
        if next.kind == .keyword && Parser.declarationKeywords.contains(next.text) { return true }
        return next.kind == .identifier && isModifier(at: after)
    }

    mutating func parseDeclarationIfPresent(context: StatementContext) throws(SyntaxDiagnostic) -> Stmt? {
        let start = current
        let doc = start.doc
        // Attributes: `@discardableResult`, `@objc(name)`, `@inlinable`, ...
        var sawAttribute = false
        while isPunctuation("@"), peek().kind == .identifier, !(isWord("unknown", peek())) {
            sawAttribute = true
            advance()
            let attribute = advance().text
            // A property wrapper or result builder (declared or used) would be silently ignored.
            if attribute == "propertyWrapper" || attribute == "resultBuilder" || attribute.first?.isUppercase == true {
                throw failure("'@\(attribute)': property wrappers, result builders and custom attributes are not supported")
            }
            if isPunctuation("("), !current.spaceBefore { try skipBalanced() }
        }
        var modifiers: Set<DeclModifier> = []
        while isModifier(at: 0) {
            if let m = DeclModifier(rawValue: current.text) { modifiers.insert(m) }
            advance()
            // `private(set)`
            if isPunctuation("("), isWord("set", peek()), isPunctuation(")", peek(2)) {
                advance(); advance(); advance()
            }
        }
        let loc = start.location
        let keyword = current
        let hasPrefix = sawAttribute || !modifiers.isEmpty
        if isWord("actor", keyword), peek().kind == .identifier {
            if isPunctuation("{", peek(2)) || isPunctuation(":", peek(2)) {
                throw failure("'actor' is not supported (there is no concurrency here): use a class")
            }
        }
        if case .typeBody(.protocol, _) = context, isWord("associatedtype", keyword), peek().kind == .identifier {
            // `associatedtype Item: Equatable = Int`: generics are not enforced, so the name stands for any type.
            advance()
            let name = advance().text
            if isPunctuation(":") { advance(); _ = try parseType() }
            if consumeOperator("=") { _ = try parseType() }
            if isWord("where", current) { throw failure("'where' clauses on an associated type are not supported") }
            return Stmt(.typeAlias(name: name, type: .named(name, generics: [])), at: loc)
        }
        guard keyword.kind == .keyword else {
            if hasPrefix { throw failure("expected a declaration after the modifiers") }
            return nil
        }
        switch keyword.text {
        case "let", "var":
            return Stmt(.variable(try parseVariable(modifiers: modifiers, doc: doc, context: context)), at: loc)
        case "func":
            return Stmt(.function(try parseFunction(modifiers: modifiers, doc: doc, loc: loc)), at: loc)
        case "init":
            return Stmt(.initializer(try parseInitializer(modifiers: modifiers, doc: doc, loc: loc)), at: loc)
        case "deinit":
            advance()
            return Stmt(.deinitializer(body: try parseBlock("after 'deinit'")), at: loc)
        case "subscript":
            return Stmt(.subscriptDecl(try parseSubscript(modifiers: modifiers, doc: doc, loc: loc)), at: loc)
        case "class" where peek().kind == .identifier, "struct", "enum", "protocol", "extension":
            return Stmt(.typeDecl(try parseTypeDeclaration(modifiers: modifiers, doc: doc, loc: loc)), at: loc)
        case "case":
            guard case .typeBody(.enum, _) = context else {
                if hasPrefix { throw failure("'case' can only appear inside a 'switch' or an 'enum'") }
                return nil
            }
            return Stmt(.enumCase(try parseEnumCases()), at: loc)
        case "typealias":
            advance()
            let name = try expectIdentifier("for the type alias")
            guard consumeOperator("=") else { throw failure("expected '=' in the type alias") }
            let type = try parseType()
            typeAliases[name.text] = type
            return Stmt(.typeAlias(name: name.text, type: type), at: loc)
        case "import":
            advance()
            var path = try expectIdentifier("of the module to import").text
            while isPunctuation("."), peek().kind == .identifier {
                advance()
                path += "." + advance().text
            }
            return Stmt(.importDecl(path), at: loc)
        case "operator":
            advance()
            let fixity: OperatorFixity = modifiers.contains(.prefix) ? .prefix
                : modifiers.contains(.postfix) ? .postfix : .infix
            guard current.kind == .operator else { throw failure("expected an operator to declare") }
            let name = advance().text
            var group: String?
            if consumePunctuation(":") { group = try expectIdentifier("of the precedence group").text }
            return Stmt(.operatorDecl(fixity: fixity, name: name, precedenceGroup: group), at: loc)
        case "precedencegroup":
            advance()
            let name = try expectIdentifier("of the precedence group").text
            guard isPunctuation("{") else { throw failure("expected '{' after the precedence group's name") }
            try skipBalanced()
            return Stmt(.precedenceGroupDecl(name: name), at: loc)
        default:
            if hasPrefix { throw failure("expected a declaration after the modifiers") }
            return nil
        }
    }

    /// Skips a balanced `( ... )` / `{ ... }` / `[ ... ]` group starting at the current token.
    mutating func skipBalanced() throws(SyntaxDiagnostic) {
        let open = current
        var level = 0
        repeat {
            if current.kind == .endOfFile {
                throw failure("expected a closing bracket for '\(open.text)' at \(open.location)")
            }
            if current.kind == .punctuation {
                switch current.text {
                case "(", "[", "{": level += 1
                case ")", "]", "}": level -= 1
                default: break
                }
            }
            advance()
        } while level > 0
    }

    // MARK: - Variables

    mutating func parseVariable(modifiers: Set<DeclModifier>, doc: String?,
                                context: StatementContext) throws(SyntaxDiagnostic) -> VarDecl {
        let isLet = advance().text == "let"
        var bindings: [VarBinding] = []
        var untyped: [Int] = []
        repeat {
            let start = current
            let pattern = try parseBindingPattern(isVar: !isLet)
            var type: TypeRef?
            var initializer: Expr?
            var accessors: PropertyAccessors?
            if consumePunctuation(":") { type = try parseType() }
            if consumeOperator("=") { initializer = try parseExpression() }
            if isPunctuation("{") && (type != nil || initializer != nil) {
                if case .binding = pattern {} else {
                    throw failure("a computed or observed property needs a single name")
                }
                accessors = try parseAccessorBlock(isProtocol: isProtocolBody(context))
                if isLet && accessors?.isComputed == true {
                    throw SyntaxDiagnostic("a computed property must be declared with 'var', not 'let'",
                                           at: start.location)
                }
            }
            if type == nil && initializer == nil {
                // `var x, y: Double`: the names before the annotation share it.
                if isPunctuation(","), case .binding = pattern {
                    untyped.append(bindings.count)
                } else {
                    throw failure("'\(isLet ? "let" : "var")' needs a type annotation or an initial value",
                                  at: current)
                }
            }
            if let type {
                for i in untyped { bindings[i].type = type }
                untyped = []
            }
            bindings.append(VarBinding(pattern: pattern, type: type, initializer: initializer, accessors: accessors,
                                       location: start.location))
        } while consumePunctuation(",")
        if !untyped.isEmpty {
            throw failure("'\(isLet ? "let" : "var")' needs a type annotation or an initial value", at: current)
        }
        return VarDecl(isLet: isLet, modifiers: modifiers, bindings: bindings, doc: doc)
    }

    func isProtocolBody(_ context: StatementContext) -> Bool {
        if case .typeBody(.protocol, _) = context { return true }
        return false
    }

    /// `{ get set }`, `{ get { } set(v) { } }`, `{ willSet { } didSet { } }`, or `{ statements }`.
    mutating func parseAccessorBlock(isProtocol: Bool) throws(SyntaxDiagnostic) -> PropertyAccessors {
        let open = advance()
        try enterNesting()
        defer { leaveNesting() }
        let accessorNames: Set<String> = ["get", "set", "willSet", "didSet"]
        // Accessor form when the block starts with an accessor name (optionally after `mutating` etc.).
        var k = 0
        while peek(k).kind == .identifier, ["mutating", "nonmutating"].contains(peek(k).text) { k += 1 }
        let startsWithAccessor = peek(k).kind == .identifier && accessorNames.contains(peek(k).text)
            && (isPunctuation("{", peek(k + 1)) || isPunctuation("(", peek(k + 1)) || isPunctuation("}", peek(k + 1))
                || (peek(k + 1).kind == .identifier && accessorNames.contains(peek(k + 1).text))
                || peek(k + 1).newlineBefore)
        guard startsWithAccessor else {
            let body = try withTrailingClosures(true) { (p: inout Parser) throws(SyntaxDiagnostic) -> [Stmt] in
                try p.parseStatements(context: .block(open))
            }
            try expectPunctuation("}", "to close the getter opened at \(open.location)")
            return PropertyAccessors(getter: body)
        }
        var accessors = PropertyAccessors()
        while !isPunctuation("}") {
            while isWord("mutating") || isWord("nonmutating") { advance() }
            guard current.kind == .identifier, accessorNames.contains(current.text) else {
                throw failure("expected 'get', 'set', 'willSet' or 'didSet' in the accessor block opened at \(open.location)")
            }
            let which = advance().text
            var parameter: String?
            if isPunctuation("(") {
                advance()
                parameter = try expectIdentifier("for the accessor's parameter").text
                try expectPunctuation(")", "after the accessor's parameter")
            }
            var body: [Stmt] = []
            if isPunctuation("{") {
                body = try parseBlock("to start the accessor")
            } else {
                accessors.isRequirement = true
            }
            switch which {
            case "get": accessors.getter = body
            case "set": accessors.setter = Accessor(parameterName: parameter ?? "newValue", body: body)
            case "willSet": accessors.willSet = Accessor(parameterName: parameter ?? "newValue", body: body)
            default: accessors.didSet = Accessor(parameterName: parameter ?? "oldValue", body: body)
            }
        }
        if accessors.isRequirement && !isProtocol {
            throw failure("accessors need bodies outside a protocol, like get { ... }")
        }
        advance()
        if accessors.setter != nil && accessors.getter == nil {
            throw SyntaxDiagnostic("a property with a setter needs a getter", at: open.location)
        }
        return accessors
    }

    // MARK: - Functions

    mutating func parseFunction(modifiers: Set<DeclModifier>, doc: String?,
                                loc: SourceLocation) throws(SyntaxDiagnostic) -> FuncDecl {
        let funcToken = advance()
        let name: String
        let isOperatorFunction = current.kind == .operator
        if current.kind == .identifier {
            name = advance().text
        } else if isOperatorFunction {
            // `func ==(lhs:rhs:)` may lex `==(`... fine; `static func **` too.
            name = advance().text
        } else if current.kind == .keyword {
            throw failure("'\(current.text)' is a reserved word and cannot name a function")
        } else {
            throw failure("expected a function name after 'func'")
        }
        let generics = try parseGenericParameters()
        var parameters = try parseParameterList(isSubscript: false)
        // Operator functions take their operands unlabeled (`a + b`, `reduce(0, +)`), as in Swift.
        if isOperatorFunction {
            for i in parameters.indices { parameters[i].label = nil }
        }
        try rejectUnsupportedEffects()
        var isThrowing = false
        if consumeKeyword("throws") || consumeKeyword("rethrows") { isThrowing = true }
        try rejectUnsupportedEffects()
        var returnType: TypeRef?
        if consumeOperator("->") { returnType = try parseType() }
        try skipWhereClause()
        var body: [Stmt]?
        var end: SourceLocation?
        if isPunctuation("{") {
            body = try parseBlock("to start the function's body")
            end = previous.location
        }
        return FuncDecl(name: name, modifiers: modifiers, genericParameters: generics, parameters: parameters,
                        returnType: returnType, isThrowing: isThrowing, body: body, doc: doc,
                        location: funcToken.location, endLocation: end)
    }

    mutating func parseInitializer(modifiers: Set<DeclModifier>, doc: String?,
                                   loc: SourceLocation) throws(SyntaxDiagnostic) -> FuncDecl {
        let initToken = advance()
        var isFailable = false
        if current.kind == .operator, current.text == "?" || current.text == "!", !current.spaceBefore {
            isFailable = current.text == "?"
            advance()
        }
        let generics = try parseGenericParameters()
        let parameters = try parseParameterList(isSubscript: false)
        try rejectUnsupportedEffects()
        var isThrowing = false
        if consumeKeyword("throws") || consumeKeyword("rethrows") { isThrowing = true }
        try rejectUnsupportedEffects()
        try skipWhereClause()
        var body: [Stmt]?
        var end: SourceLocation?
        if isPunctuation("{") {
            body = try parseBlock("to start the initializer's body")
            end = previous.location
        }
        return FuncDecl(name: "init", modifiers: modifiers, genericParameters: generics, parameters: parameters,
                        returnType: nil, isThrowing: isThrowing, isFailable: isFailable, body: body, doc: doc,
                        location: initToken.location, endLocation: end)
    }

    mutating func parseSubscript(modifiers: Set<DeclModifier>, doc: String?,
                                 loc: SourceLocation) throws(SyntaxDiagnostic) -> FuncDecl {
        let token = advance()
        let generics = try parseGenericParameters()
        let parameters = try parseParameterList(isSubscript: true)
        guard consumeOperator("->") else { throw failure("expected '->' and the subscript's result type") }
        let returnType = try parseType()
        var accessors: PropertyAccessors?
        var body: [Stmt]?
        if isPunctuation("{") {
            let parsed = try parseAccessorBlock(isProtocol: true)
            if parsed.setter == nil && parsed.willSet == nil && parsed.didSet == nil && !parsed.isRequirement {
                body = parsed.getter
            } else {
                accessors = parsed
            }
        }
        return FuncDecl(name: "subscript", modifiers: modifiers, genericParameters: generics, parameters: parameters,
                        returnType: returnType, body: body, accessors: accessors, doc: doc, location: token.location)
    }

    /// `<T, U: Numeric>` → names.
    mutating func parseGenericParameters() throws(SyntaxDiagnostic) -> [String] {
        guard current.kind == .operator, current.text.hasPrefix("<") else { return [] }
        let open = current
        splitOperatorToken(keepingFirst: 1)
        advance()
        var names: [String] = []
        while true {
            names.append(try expectIdentifier("for a generic parameter").text)
            if consumePunctuation(":") { _ = try parseType() }
            if consumePunctuation(",") { continue }
            guard current.kind == .operator, current.text.hasPrefix(">") else {
                throw failure("expected '>' to close the generic parameters opened at \(open.location)")
            }
            splitOperatorToken(keepingFirst: 1)
            advance()
            return names
        }
    }

    /// `where T: Numeric, U == V` before a body (ignored).
    mutating func skipWhereClause() throws(SyntaxDiagnostic) {
        guard consumeKeyword("where") else { return }
        repeat {
            _ = try parseType()
            if consumePunctuation(":") || consumeOperator("==") { _ = try parseType() }
        } while consumePunctuation(",")
    }

    /// `(label name: Type = default, _ x: Int..., y: inout Double)`.
    mutating func parseParameterList(isSubscript: Bool) throws(SyntaxDiagnostic) -> [FuncParam] {
        let open = try expectPunctuation("(", "to start the parameter list")
        var parameters: [FuncParam] = []
        while !isPunctuation(")") {
            let start = current
            guard start.kind == .identifier || start.kind == .keyword else {
                throw failure("expected a parameter name")
            }
            let first = advance().text
            var label: String? = first
            var name = first
            if current.kind == .identifier || current.kind == .keyword {
                name = advance().text
            } else if isSubscript {
                label = nil
            }
            if reservedWords.contains(name) && name != "_" {
                throw SyntaxDiagnostic("'\(name)' is a reserved word and cannot name a parameter (write `\(name)` with backticks or pick another name)",
                                       at: start.location)
            }
            if label == "_" { label = nil }
            try expectPunctuation(":", "and a type after the parameter name '\(name)'")
            var isInout = false
            if consumeKeyword("inout") { isInout = true }
            let isAutoclosure = isPunctuation("@") && peek().text == "autoclosure"
            let type = try parseType()
            var isVariadic = false
            if consumeOperator("...") { isVariadic = true }
            var defaultValue: Expr?
            if consumeOperator("=") { defaultValue = try parseExpression() }
            var parameter = FuncParam(label: label, name: name, type: type, defaultValue: defaultValue,
                                      isVariadic: isVariadic, isInout: isInout, location: start.location)
            parameter.isAutoclosure = isAutoclosure
            parameters.append(parameter)
            if consumePunctuation(",") { continue }
            guard isPunctuation(")") else {
                throw failure("expected ',' or ')' to close the parameter list opened at \(open.location)")
            }
        }
        advance()
        return parameters
    }

    // MARK: - Types

    mutating func parseTypeDeclaration(modifiers: Set<DeclModifier>, doc: String?,
                                       loc: SourceLocation) throws(SyntaxDiagnostic) -> TypeDecl {
        let keyword = advance()
        guard let kind = TypeDeclKind(rawValue: keyword.text) else {
            throw failure("expected a type declaration", at: keyword)
        }
        var name = try expectIdentifier("for the \(keyword.text)").text
        if kind == .extension {
            while isPunctuation("."), peek().kind == .identifier {
                advance()
                name += "." + advance().text
            }
        }
        let generics = kind == .extension ? [] : try parseGenericParameters()
        var inherited: [TypeRef] = []
        if consumePunctuation(":") {
            repeat {
                inherited.append(try parseType())
            } while consumePunctuation(",")
        }
        try skipWhereClause()
        let open = try expectPunctuation("{", "to start the body of \(keyword.text) '\(name)'")
        try enterNesting()
        defer { leaveNesting() }
        let members = try withTrailingClosures(true) { (p: inout Parser) throws(SyntaxDiagnostic) -> [Stmt] in
            try p.parseStatements(context: .typeBody(kind, open))
        }
        try expectPunctuation("}", "to close the body of '\(name)' opened at \(open.location)")
        return TypeDecl(kind: kind, name: name, modifiers: modifiers, genericParameters: generics,
                        inherited: inherited, members: members, doc: doc, location: keyword.location)
    }

    /// `case a, b = 2, c(Double, x: Int)`.
    mutating func parseEnumCases() throws(SyntaxDiagnostic) -> [EnumCaseElement] {
        advance()
        var elements: [EnumCaseElement] = []
        repeat {
            let name = try expectIdentifier("for the enum case")
            var associated: [TupleTypeElement]?
            if isPunctuation("(") {
                let open = advance()
                var values: [TupleTypeElement] = []
                while !isPunctuation(")") {
                    var label: String?
                    if current.kind == .identifier, isPunctuation(":", peek()) {
                        label = advance().text
                        advance()
                    }
                    let type = try parseType()
                    if consumeOperator("=") { _ = try parseExpression() }
                    values.append(TupleTypeElement(label: label, type: type))
                    if consumePunctuation(",") { continue }
                    guard isPunctuation(")") else {
                        throw failure("expected ',' or ')' to close the associated values opened at \(open.location)")
                    }
                }
                advance()
                associated = values
            }
            var raw: Expr?
            if consumeOperator("=") { raw = try parsePrefixExpression() }
            elements.append(EnumCaseElement(name: name.text, rawValue: raw, associatedValues: associated,
                                            location: name.location))
        } while consumePunctuation(",")
        return elements
    }

    /// `async` and typed `throws(E)` after a parameter list: compile-time errors that name them.
    mutating func rejectUnsupportedEffects() throws(SyntaxDiagnostic) {
        if isWord("async") || isWord("reasync") { throw failure("'\(current.text)' functions are not supported (there is no concurrency here)") }
        if isPunctuation("("), tokens.indices.contains(position - 1), tokens[position - 1].text == "throws", !current.spaceBefore {
            throw failure("typed 'throws(...)' is not supported: write 'throws'")
        }
    }
}
