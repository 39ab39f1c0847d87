/// Parses a cell into statements: a recursive-descent parser for statements and declarations with a
/// precedence-climbing (Pratt) core for operators.
///
/// Entry point: `try Parser.parse(source: code, cellName: "<cell>")`. Syntax errors are thrown as a
/// `ScriptError` of kind `"SyntaxError"` (see `SyntaxDiagnostic.scriptError`): the message names the
/// problem, line and column; the traceback is `<cell>:line:col: error: ...`, the source line, and a
/// caret line. The parser never traps: nesting deeper than `maxNesting` is a syntax error too.
public struct Parser {
    /// Brackets, blocks and operators nest at most this deep (keeps recursion far from the end of an
    /// 8 MiB stack in a debug build; `checkCompleteness` and the interpreter parse on large-stack threads).
    public static let maxNesting = 100
    /// One statement (with the statements nested in it) has at most this many operators and postfix
    /// links (`a + b`, `x.f().g!`): a chain parses in a loop but makes a tree as deep as it is long,
    /// and the compiler, evaluator and deallocator recurse over that tree.
    public static let maxChainDepth = 5_000

    var tokens: [Token]
    var position = 0
    var depth = 0
    /// Operator and postfix links so far in the current statement (see `maxChainDepth`).
    var chainDepth = 0
    /// A `{` after an expression starts a trailing closure (false in `if`/`while`/`for`/`switch` heads).
    var allowsTrailingClosure = true
    /// Highest `$n` + 1 seen per enclosing closure (innermost last).
    var shorthandCounts: [Int] = []
    /// Parsing the tokens of a `\(...)`: its end is not the end of the cell.
    let isInterpolation: Bool
    /// Operators declared by the program (see DeclaredOperators.swift).
    var declaredOperators: Set<String> = []
    /// `typealias Matrix = [[Double]]` from this cell and earlier ones: a written `Matrix` is read as
    /// `[[Double]]` (so literals get their type from it: `let A: Matrix = [[1, 2]]` holds Doubles).
    var typeAliases: [String: TypeRef] = [:]

    init(tokens: [Token], isInterpolation: Bool = false) {
        self.tokens = tokens.isEmpty
            ? [Token(kind: .endOfFile, text: "", location: SourceLocation(line: 1, column: 1, offset: 0),
                     endOffset: 0, newlineBefore: true, spaceBefore: true, spaceAfter: true)]
            : tokens
        self.isInterpolation = isInterpolation
    }

    /// Parses a whole cell.
    /// `knownOperators`: operators declared by earlier cells.
    public static func parse(source: String, cellName: String = "<cell>", knownOperators: Set<String> = [],
                             knownTypeAliases: [String: TypeRef] = [:]) throws(ScriptError) -> [Stmt] {
        do {
            return try parseReportingDiagnostic(source, knownOperators: knownOperators, knownTypeAliases: knownTypeAliases)
        } catch {
            throw error.scriptError(source: source, cellName: cellName)
        }
    }

    /// Parses a whole cell, reporting a problem as a `SyntaxDiagnostic` (with `isAtEnd`).
    public static func parseReportingDiagnostic(_ source: String, knownOperators: Set<String> = [],
                                                knownTypeAliases: [String: TypeRef] = [:]) throws(SyntaxDiagnostic) -> [Stmt] {
        let tokens = try Lexer.tokenize(source)
        var parser = Parser(tokens: tokens)
        parser.declaredOperators = knownOperators.union(operatorDeclarations(in: tokens))
        parser.typeAliases = knownTypeAliases
        return try parser.parseCell()
    }

    mutating func parseCell() throws(SyntaxDiagnostic) -> [Stmt] {
        let statements = try parseStatements(context: .topLevel)
        if current.kind != .endOfFile {
            throw failure("unexpected '\(current.text)'")
        }
        return statements
    }

    // MARK: - Token access

    var current: Token { tokens[position] }

    func peek(_ ahead: Int = 1) -> Token {
        tokens[min(position + ahead, tokens.count - 1)]
    }

    var previous: Token { tokens[max(position - 1, 0)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    func isPunctuation(_ text: String, _ token: Token? = nil) -> Bool {
        let t = token ?? current
        return t.kind == .punctuation && t.text == text
    }

    func isOperator(_ text: String, _ token: Token? = nil) -> Bool {
        let t = token ?? current
        return t.kind == .operator && t.text == text
    }

    func isKeyword(_ text: String, _ token: Token? = nil) -> Bool {
        let t = token ?? current
        return t.kind == .keyword && t.text == text
    }

    /// A contextual word (`get`, `mutating`, `final`, ...): an identifier with this text.
    func isWord(_ text: String, _ token: Token? = nil) -> Bool {
        let t = token ?? current
        return t.kind == .identifier && t.text == text
    }

    mutating func consumePunctuation(_ text: String) -> Bool {
        if isPunctuation(text) { advance(); return true }
        return false
    }

    mutating func consumeKeyword(_ text: String) -> Bool {
        if isKeyword(text) { advance(); return true }
        return false
    }

    mutating func consumeOperator(_ text: String) -> Bool {
        if isOperator(text) { advance(); return true }
        return false
    }

    @discardableResult
    mutating func expectPunctuation(_ text: String, _ context: String) throws(SyntaxDiagnostic) -> Token {
        guard isPunctuation(text) else { throw failure("expected '\(text)' \(context)") }
        return advance()
    }

    mutating func expectKeyword(_ text: String, _ context: String) throws(SyntaxDiagnostic) {
        guard isKeyword(text) else { throw failure("expected '\(text)' \(context)") }
        advance()
    }

    /// A name: an identifier (not a reserved word).
    mutating func expectIdentifier(_ context: String) throws(SyntaxDiagnostic) -> Token {
        guard current.kind == .identifier else {
            if current.kind == .keyword {
                throw failure("'\(current.text)' is a reserved word and cannot be used \(context)")
            }
            throw failure("expected a name \(context)")
        }
        return advance()
    }

    // MARK: - Errors and nesting

    /// A diagnostic at the current token (or `token`), described by what was found there.
    func failure(_ message: String, at token: Token? = nil) -> SyntaxDiagnostic {
        let t = token ?? current
        let atEnd = t.kind == .endOfFile
        var text = message
        if atEnd {
            text += isInterpolation ? " before the end of the interpolation" : " before the end of the cell"
        } else if t.kind == .stringLiteral {
            text += ", found a string"
        } else {
            text += ", found '\(t.text)'"
        }
        return SyntaxDiagnostic(text, at: t.location, isAtEnd: atEnd && !isInterpolation)
    }

    /// Enters one nesting level; too deep is a syntax error, never a stack overflow.
    mutating func enterNesting() throws(SyntaxDiagnostic) {
        depth += 1
        if depth > Parser.maxNesting {
            throw SyntaxDiagnostic("code is nested too deeply (more than \(Parser.maxNesting) levels)",
                                   at: current.location)
        }
    }

    mutating func leaveNesting() { depth -= 1 }

    /// Counts one more operator or postfix link (`parseStatement` restores the count).
    mutating func addChainLink() throws(SyntaxDiagnostic) {
        chainDepth += 1
        if chainDepth > Parser.maxChainDepth {
            throw SyntaxDiagnostic("expression is too long (more than \(Parser.maxChainDepth) chained operators, calls or members)",
                                   at: current.location)
        }
    }

    /// Runs `body` with trailing closures allowed or not, restoring the previous setting.
    mutating func withTrailingClosures<T>(_ allowed: Bool,
                                          _ body: (inout Parser) throws(SyntaxDiagnostic) -> T) throws(SyntaxDiagnostic) -> T {
        let saved = allowsTrailingClosure
        allowsTrailingClosure = allowed
        defer { allowsTrailingClosure = saved }
        return try body(&self)
    }
}
