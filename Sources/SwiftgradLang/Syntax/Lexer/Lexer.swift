/// Turns a cell's source into tokens.
///
/// Works on unicode scalars; columns are counted in characters (grapheme clusters) for diagnostics and
/// offsets in scalars. Handles `//` and nested `/* */` comments, `///` doc comments (attached to the
/// next token), numbers (`1_000`, `0xFF`, `0b1`, `0o7`, `1.5e-3`), strings (`"..."` with escapes and
/// `\(...)` interpolation, multi-line `"""` with indentation stripping, raw `#"..."#`), `$0`, backticked
/// names, operators with Swift's whitespace rules for prefix/postfix/binary use.
public struct Lexer {
    let scalars: [Unicode.Scalar]
    var index = 0
    var line = 1
    var lineStart = 0
    /// First non-ASCII scalar on the current line (columns before it are just scalar distances).
    var lineFirstNonASCII: Int?
    /// `\(...)` interpolations open around the current position: each one recurses into
    /// `lexTokens`, so their nesting is bounded like the parser's (`Parser.maxNesting`), whatever
    /// request (execute, is_complete, complete, inspect) brings the text.
    var interpolationDepth = 0

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    /// The most source one cell may have (UTF-8 bytes). Lexing runs at tens of MB/s, but the tokens
    /// take ~25 times the source's size, and a generated megabytes-long expression only ends in a
    /// "nested too deeply" error anyway: over the cap it is a SyntaxError at once.
    public static let maxSourceBytes = 4_000_000

    /// All tokens of `source`, ending with an `endOfFile` token.
    public static func tokenize(_ source: String) throws(SyntaxDiagnostic) -> [Token] {
        let (tokens, problem) = tokenizePartially(source)
        if let problem { throw problem }
        return tokens
    }

    /// The tokens up to the first lexical problem (and that problem), for tools that work on
    /// unfinished code (completeness, completion). Without a problem the tokens end with `endOfFile`.
    public static func tokenizePartially(_ source: String) -> (tokens: [Token], problem: SyntaxDiagnostic?) {
        if source.utf8.count > maxSourceBytes {
            let megabytes = (Double(source.utf8.count) / 100_000).rounded() / 10
            return ([], SyntaxDiagnostic("the cell is \(megabytes) MB of source; a cell can be at most \(maxSourceBytes / 1_000_000) MB",
                                         at: SourceLocation(line: 1, column: 1, offset: 0)))
        }
        var lexer = Lexer(source)
        var tokens: [Token] = []
        tokens.reserveCapacity(source.utf8.count / 4)
        do {
            try lexer.lexTokens(into: &tokens, insideInterpolation: false)
            return (tokens, nil)
        } catch {
            return (tokens, error)
        }
    }

    // MARK: - Positions

    var atEnd: Bool { index >= scalars.count }

    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let j = index + ahead
        return j < scalars.count ? scalars[j] : nil
    }

    /// The location of scalar offset `offset` (which must be on the current line).
    func location(at offset: Int) -> SourceLocation {
        var column = offset - lineStart + 1
        if let firstWide = lineFirstNonASCII, firstWide < offset {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[lineStart..<offset])
            column = String(view).count + 1
        }
        return SourceLocation(line: line, column: column, offset: offset)
    }

    var currentLocation: SourceLocation { location(at: index) }

    /// Consumes one scalar, keeping line bookkeeping.
    mutating func advance() {
        guard index < scalars.count else { return }
        let c = scalars[index]
        index += 1
        if c == "\n" || (c == "\r" && peek() != "\n") {
            line += 1
            lineStart = index
            lineFirstNonASCII = nil
        } else if c.value >= 0x80 && lineFirstNonASCII == nil {
            lineFirstNonASCII = index - 1
        }
    }

    mutating func advance(_ n: Int) {
        for _ in 0..<n { advance() }
    }

    /// The source between two scalar offsets. Encodes the UTF-8 directly: appending scalars to a
    /// `String.UnicodeScalarView` took a quarter of all lexing time.
    func text(from start: Int, to end: Int) -> String {
        scalars.withUnsafeBufferPointer { all in
            let range = all[start..<end]
            var bytes = 0
            for c in range { bytes += UTF8.width(c) }
            return String(unsafeUninitializedCapacity: bytes) { out in
                var i = 0
                for c in range {
                    if c.isASCII {
                        out[i] = UInt8(truncatingIfNeeded: c.value)
                        i += 1
                    } else {
                        for unit in UTF8.encode(c)! {
                            out[i] = unit
                            i += 1
                        }
                    }
                }
                return i
            }
        }
    }

    // MARK: - Tokens

    /// Lexes tokens up to the end (or, inside `\(...)`, up to the matching `)`, which is consumed and
    /// replaced by an `endOfFile` token at its position).
    mutating func lexTokens(into tokens: inout [Token], insideInterpolation: Bool) throws(SyntaxDiagnostic) {
        var parenDepth = 0
        var bracketDepth = 0
        var first = true
        while true {
            let trivia = try skipTrivia()
            let newlineBefore = trivia.newline || (first && !insideInterpolation)
            first = false
            let start = index
            let spaceBefore = trivia.any || start == 0 || insideInterpolation && tokens.isEmpty
                || Lexer.opensGroup(start > 0 ? scalars[start - 1] : nil)
            guard let c = peek() else {
                if insideInterpolation {
                    throw SyntaxDiagnostic("unterminated string interpolation", at: currentLocation,
                                           isAtEnd: true)
                }
                tokens.append(Token(kind: .endOfFile, text: "", location: currentLocation, endOffset: index,
                                    newlineBefore: true, spaceBefore: true, spaceAfter: true))
                return
            }
            if insideInterpolation && c == ")" && parenDepth == 0 {
                tokens.append(Token(kind: .endOfFile, text: "", location: currentLocation, endOffset: index,
                                    newlineBefore: false, spaceBefore: spaceBefore, spaceAfter: true))
                advance()
                return
            }
            if c == "(" { parenDepth += 1 }
            if c == ")" { parenDepth -= 1 }
            if c == "(" || c == "[" || c == "{" {
                // Every bracket is at least one of the parser's nesting levels: deeper than its
                // bound is its error now, before megabytes of tokens are made (a 1M-deep `-(-(…`
                // took 4.7 s and hundreds of MB to reach the parser's error).
                bracketDepth += 1
                if bracketDepth > Parser.maxNesting {
                    throw SyntaxDiagnostic("code is nested too deeply (more than \(Parser.maxNesting) levels)", at: currentLocation)
                }
            } else if c == ")" || c == "]" || c == "}" {
                bracketDepth = max(0, bracketDepth - 1)
            }
            var token = try lexToken(startingWith: c, spaceBefore: spaceBefore)
            token.newlineBefore = newlineBefore
            token.doc = trivia.doc
            token.spaceAfter = token.spaceAfter || spaceFollows()
            tokens.append(token)
        }
    }

    static func opensGroup(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return true }
        return c == "(" || c == "[" || c == "{" || c == "," || c == ";" || c == ":"
    }

    /// Whether what follows the current position counts as whitespace for operator binding.
    func spaceFollows() -> Bool {
        guard let c = peek() else { return true }
        switch c {
        case " ", "\t", "\n", "\r", ")", "]", "}", ",", ";", ":", "\u{0B}", "\u{0C}": return true
        case "/": return peek(1) == "/" || peek(1) == "*"
        default: return false
        }
    }

    mutating func lexToken(startingWith c: Unicode.Scalar, spaceBefore: Bool) throws(SyntaxDiagnostic) -> Token {
        let start = index
        let loc = currentLocation
        func make(_ kind: TokenKind, _ text: String) -> Token {
            Token(kind: kind, text: text, location: loc, endOffset: index, newlineBefore: false,
                  spaceBefore: spaceBefore)
        }
        if Lexer.isIdentifierStart(c) {
            while let d = peek(), Lexer.isIdentifierContinue(d) { advance() }
            let word = text(from: start, to: index)
            return make(reservedWords.contains(word) ? .keyword : .identifier, word)
        }
        if c >= "0" && c <= "9" {
            return try lexNumber(spaceBefore: spaceBefore)
        }
        switch c {
        case "\"":
            return try lexString(hashes: 0, spaceBefore: spaceBefore)
        case "#":
            var hashes = 0
            while peek(hashes) == "#" { hashes += 1 }
            if peek(hashes) == "\"" {
                return try lexString(hashes: hashes, spaceBefore: spaceBefore)
            }
            advance()
            return make(.punctuation, "#")
        case "`":
            advance()
            let nameStart = index
            while let d = peek(), d != "`", d != "\n" { advance() }
            guard peek() == "`", index > nameStart else {
                throw SyntaxDiagnostic("expected '`' to close the escaped name", at: currentLocation)
            }
            let name = text(from: nameStart, to: index)
            advance()
            return make(.identifier, name)
        case "$":
            advance()
            let digitsStart = index
            while let d = peek(), d >= "0" && d <= "9" { advance() }
            guard index > digitsStart, let n = Int(text(from: digitsStart, to: index)) else {
                throw SyntaxDiagnostic("expected a number after '$' (like $0)", at: loc)
            }
            var token = make(.shorthandArgument, text(from: start, to: index))
            token.intValue = n
            return token
        case "(", ")", "{", "}", "[", "]", ",", ":", ";", "@", "\\":
            advance()
            return make(.punctuation, String(Character(c)))
        case ".":
            if let next = peek(1), next == "." || (Lexer.isOperatorCharacter(next) && next != "?"
                                                   && next != "!") {
                return lexOperator(spaceBefore: spaceBefore)
            }
            advance()
            return make(.punctuation, ".")
        default:
            if Lexer.isOperatorCharacter(c) {
                return lexOperator(spaceBefore: spaceBefore)
            }
            let shown = c.properties.generalCategory == .control ? "U+" + String(c.value, radix: 16, uppercase: true)
                : String(Character(c))
            throw SyntaxDiagnostic("unexpected character '\(shown)'", at: loc)
        }
    }

    mutating func lexOperator(spaceBefore: Bool) -> Token {
        let start = index
        let loc = currentLocation
        let first = scalars[index]
        advance()
        if (first == "?" || first == "!") && !spaceBefore && !(first == "!" && peek() == "=") {
            // Postfix `?` / `!` (optional chaining, force unwrap) are single-character tokens.
        } else if first == "." {
            while let d = peek(), d == "." || Lexer.isOperatorCharacter(d) { advance() }
        } else {
            while let d = peek(), Lexer.isOperatorCharacter(d) {
                if d == "/", peek(1) == "/" || peek(1) == "*" { break }
                advance()
            }
        }
        var token = Token(kind: .operator, text: text(from: start, to: index), location: loc, endOffset: index,
                          newlineBefore: false, spaceBefore: spaceBefore)
        // "An operator with no whitespace on the left followed by a dot is postfix" (Swift).
        if !spaceBefore, peek() == "." { token.spaceAfter = true }
        return token
    }

    // MARK: - Trivia

    /// Skips whitespace, line breaks and comments; reports what was skipped.
    mutating func skipTrivia() throws(SyntaxDiagnostic) -> (newline: Bool, any: Bool, doc: String?) {
        var newline = false
        var any = false
        var docLines: [String] = []
        while let c = peek() {
            switch c {
            case " ", "\t", "\u{0B}", "\u{0C}", "\u{FEFF}":
                advance()
                any = true
            case "\n", "\r":
                advance()
                any = true
                newline = true
            case "/" where peek(1) == "/":
                any = true
                let isDoc = peek(2) == "/" && peek(3) != "/"
                let textStart = index + (isDoc ? 3 : 2)
                while let d = peek(), d != "\n", d != "\r" { advance() }
                if isDoc {
                    var docText = text(from: textStart, to: index)
                    if docText.hasPrefix(" ") { docText.removeFirst() }
                    docLines.append(docText)
                } else {
                    docLines.removeAll()
                }
            case "/" where peek(1) == "*":
                any = true
                let open = currentLocation
                advance(2)
                var depth = 1
                while depth > 0 {
                    guard let d = peek() else {
                        throw SyntaxDiagnostic("unterminated '/*' comment (opened at \(open))",
                                               at: currentLocation, isAtEnd: true)
                    }
                    if d == "/" && peek(1) == "*" { depth += 1; advance(2) }
                    else if d == "*" && peek(1) == "/" { depth -= 1; advance(2) }
                    else { advance() }
                }
            default:
                return (newline, any, docLines.isEmpty ? nil : docLines.joined(separator: "\n"))
            }
        }
        return (newline, any, docLines.isEmpty ? nil : docLines.joined(separator: "\n"))
    }

    // MARK: - Character classes

    static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
        }
        if operatorExtras.contains(c) { return false }
        return c.properties.isXIDStart || (c.properties.isEmoji && c.value > 0xFF)
    }

    static func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" || (c >= "0" && c <= "9")
        }
        if operatorExtras.contains(c) { return false }
        return c.properties.isXIDContinue || (c.properties.isEmoji && c.value > 0xFF)
            || c.properties.generalCategory == .nonspacingMark || c == "\u{200D}" || c == "\u{FE0F}"
    }

    /// Non-ASCII characters usable in user-declared operators.
    static let operatorExtras: Set<Unicode.Scalar> = ["×", "÷", "·", "∘", "⊗", "⊕", "⊙", "≤", "≥", "≠", "√", "•"]

    static func isOperatorCharacter(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "/", "=", "-", "+", "!", "*", "%", "<", ">", "&", "|", "^", "~", "?": return true
        default: return operatorExtras.contains(c)
        }
    }
}
