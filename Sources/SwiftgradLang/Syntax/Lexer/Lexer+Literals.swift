/// Number and string literals.
extension Lexer {
    // MARK: - Numbers

    mutating func lexNumber(spaceBefore: Bool) throws(SyntaxDiagnostic) -> Token {
        let start = index
        let loc = currentLocation
        var isFloat = false
        var radix = 10
        if peek() == "0", let p = peek(1), p == "x" || p == "b" || p == "o" {
            radix = p == "x" ? 16 : (p == "b" ? 2 : 8)
            advance(2)
            while let d = peek(), d == "_" || Lexer.digitValue(d, radix: radix) != nil { advance() }
        } else {
            func digits(_ lexer: inout Lexer) {
                while let d = lexer.peek(), d == "_" || (d >= "0" && d <= "9") { lexer.advance() }
            }
            digits(&self)
            if peek() == ".", let d = peek(1), d >= "0" && d <= "9" {
                isFloat = true
                advance()
                digits(&self)
            }
            if let e = peek(), e == "e" || e == "E" {
                var k = 1
                if let s = peek(1), s == "+" || s == "-" { k = 2 }
                if let d = peek(k), d >= "0" && d <= "9" {
                    isFloat = true
                    advance(k)
                    digits(&self)
                }
            }
        }
        let raw = text(from: start, to: index)
        if let d = peek(), Lexer.isIdentifierContinue(d) {
            throw SyntaxDiagnostic("'\(Character(d))' is not a valid digit in the number '\(raw)'",
                                   at: currentLocation)
        }
        var cleaned = raw.utf8.contains(UInt8(ascii: "_")) ? raw.filter { $0 != "_" } : raw
        var token = Token(kind: isFloat ? .floatLiteral : .integerLiteral, text: raw, location: loc,
                          endOffset: index, newlineBefore: false, spaceBefore: spaceBefore)
        if isFloat {
            guard let value = Double(cleaned) else {
                throw SyntaxDiagnostic("invalid number '\(raw)'", at: loc)
            }
            token.doubleValue = value
        } else {
            if radix != 10 { cleaned.removeFirst(2) }
            guard !cleaned.isEmpty else {
                throw SyntaxDiagnostic("expected digits after '\(raw)'", at: loc)
            }
            if let value = Int(cleaned, radix: radix) {
                token.intValue = value
            } else if let bits = UInt64(cleaned, radix: radix) {
                token.intValue = Int(bitPattern: UInt(bits))
                token.isUInt64Literal = true
            } else {
                throw SyntaxDiagnostic("integer literal '\(raw)' overflows UInt64", at: loc)
            }
        }
        return token
    }

    static func digitValue(_ c: Unicode.Scalar, radix: Int) -> Int? {
        let v: Int
        switch c {
        case "0"..."9": v = Int(c.value) - 48
        case "a"..."f": v = Int(c.value) - 87
        case "A"..."F": v = Int(c.value) - 55
        default: return nil
        }
        return v < radix ? v : nil
    }

    // MARK: - Strings

    /// Lexes `"..."`, `"""..."""` or a raw string with `hashes` leading `#`s (current position at the
    /// first `#` or `"`).
    mutating func lexString(hashes: Int, spaceBefore: Bool) throws(SyntaxDiagnostic) -> Token {
        let start = index
        let loc = currentLocation
        advance(hashes)
        let multiline = peek() == "\"" && peek(1) == "\"" && peek(2) == "\""
        var closingStart = -1
        var indent = 0
        if multiline {
            advance(3)
            while let c = peek(), c == " " || c == "\t" { advance() }
            guard let c = peek() else {
                throw SyntaxDiagnostic("unterminated multi-line string literal", at: currentLocation, isAtEnd: true)
            }
            guard c == "\n" || c == "\r" else {
                throw SyntaxDiagnostic("multi-line string content must begin on a new line", at: currentLocation)
            }
            advance()
            if c == "\r" && peek() == "\n" { advance() }
            guard let found = findMultilineClose(hashes: hashes) else {
                var end = self
                end.advance(scalars.count - index)
                throw SyntaxDiagnostic("unterminated multi-line string literal (opened at \(loc))",
                                       at: end.currentLocation, isAtEnd: true)
            }
            (closingStart, indent) = found
        } else {
            advance()
        }
        let pieces = try lexStringBody(open: loc, hashes: hashes, multiline: multiline,
                                       closingStart: closingStart, indent: indent)
        var token = Token(kind: .stringLiteral, text: text(from: start, to: index), location: loc,
                          endOffset: index, newlineBefore: false, spaceBefore: spaceBefore)
        token.stringPieces = pieces
        return token
    }

    /// Finds the line holding the closing `"""` of a multi-line string starting at the current line:
    /// the offset of its first `"` and the indentation before it.
    func findMultilineClose(hashes: Int) -> (Int, Int)? {
        var j = index
        while j < scalars.count {
            var k = j
            while k < scalars.count, scalars[k] == " " || scalars[k] == "\t" { k += 1 }
            if k + 2 < scalars.count, scalars[k] == "\"", scalars[k + 1] == "\"", scalars[k + 2] == "\"" {
                var h = 0
                while h < hashes, k + 3 + h < scalars.count, scalars[k + 3 + h] == "#" { h += 1 }
                if h == hashes { return (k, k - j) }
            }
            while j < scalars.count, scalars[j] != "\n", scalars[j] != "\r" { j += 1 }
            if j < scalars.count {
                if scalars[j] == "\r", j + 1 < scalars.count, scalars[j + 1] == "\n" { j += 1 }
                j += 1
            }
        }
        return nil
    }

    /// Lexes string contents up to and including the closing delimiter.
    mutating func lexStringBody(open: SourceLocation, hashes: Int, multiline: Bool, closingStart: Int,
                                indent: Int) throws(SyntaxDiagnostic) -> [StringPiece] {
        var pieces: [StringPiece] = []
        var text = ""
        var atLineStart = multiline
        while true {
            if multiline && atLineStart {
                atLineStart = false
                var skipped = 0
                while skipped < indent, let c = peek(), c == " " || c == "\t" { advance(); skipped += 1 }
                if index == closingStart {
                    advance(3 + hashes)
                    break
                }
                if skipped < indent, let c = peek(), c != "\n", c != "\r" {
                    throw SyntaxDiagnostic("this line of the multi-line string is indented less than its closing '\"\"\"'",
                                           at: currentLocation)
                }
            }
            guard let c = peek() else {
                throw SyntaxDiagnostic("unterminated string literal (opened at \(open))", at: currentLocation,
                                       isAtEnd: multiline)
            }
            if c == "\n" || c == "\r" {
                guard multiline else {
                    throw SyntaxDiagnostic("unterminated string literal (a \"...\" string ends on its line; use \"\"\" for several lines)",
                                           at: currentLocation)
                }
                advance()
                if c == "\r" && peek() == "\n" { advance() }
                // The line break before the closing delimiter is not part of the string.
                if !lineIsClosing(closingStart) { text.append("\n") }
                atLineStart = true
                continue
            }
            if c == "\"" {
                if multiline {
                    if peek(1) == "\"" && peek(2) == "\"" && hashesFollow(hashes, after: 3) {
                        throw SyntaxDiagnostic("the closing '\"\"\"' of a multi-line string must be on its own line",
                                               at: currentLocation)
                    }
                } else if hashesFollow(hashes, after: 1) {
                    advance(1 + hashes)
                    break
                }
            }
            if c == "\\" && hashesFollow(hashes, after: 1) {
                let escapeLocation = currentLocation
                advance(1 + hashes)
                guard let e = peek() else { continue }
                switch e {
                case "(":
                    advance()
                    if !text.isEmpty { pieces.append(.text(text)); text = "" }
                    var tokens: [Token] = []
                    interpolationDepth += 1
                    defer { interpolationDepth -= 1 }
                    if interpolationDepth > Parser.maxNesting {
                        throw SyntaxDiagnostic("string interpolation is nested too deeply (more than \(Parser.maxNesting) levels)",
                                               at: escapeLocation)
                    }
                    try lexTokens(into: &tokens, insideInterpolation: true)
                    pieces.append(.interpolation(tokens, escapeLocation))
                case "n": advance(); text.append("\n")
                case "t": advance(); text.append("\t")
                case "r": advance(); text.append("\r")
                case "0": advance(); text.append("\0")
                case "\\": advance(); text.append("\\")
                case "\"": advance(); text.append("\"")
                case "'": advance(); text.append("'")
                case "u":
                    advance()
                    text.unicodeScalars.append(try lexUnicodeEscape(at: escapeLocation))
                case " ", "\t", "\n", "\r" where multiline:
                    // Line continuation: `\` at the end of a line joins it with the next.
                    while let s = peek(), s == " " || s == "\t" { advance() }
                    guard let nl = peek(), nl == "\n" || nl == "\r" else {
                        throw SyntaxDiagnostic("invalid escape sequence in string", at: escapeLocation)
                    }
                    advance()
                    if nl == "\r" && peek() == "\n" { advance() }
                    atLineStart = true
                default:
                    throw SyntaxDiagnostic("invalid escape sequence '\\\(Character(e))' in string",
                                           at: escapeLocation)
                }
                continue
            }
            text.unicodeScalars.append(c)
            advance()
        }
        if !text.isEmpty || pieces.isEmpty { pieces.append(.text(text)) }
        return pieces
    }

    /// The current line starts (after indentation) at the closing delimiter.
    func lineIsClosing(_ closingStart: Int) -> Bool {
        var k = index
        while k < scalars.count, scalars[k] == " " || scalars[k] == "\t" { k += 1 }
        return k == closingStart
    }

    func hashesFollow(_ hashes: Int, after offset: Int) -> Bool {
        for h in 0..<hashes where peek(offset + h) != "#" { return false }
        return true
    }

    mutating func lexUnicodeEscape(at location: SourceLocation) throws(SyntaxDiagnostic) -> Unicode.Scalar {
        guard peek() == "{" else {
            throw SyntaxDiagnostic("expected '{' in \\u{...} escape", at: location)
        }
        advance()
        var value = 0
        var count = 0
        while let d = peek(), let v = Lexer.digitValue(d, radix: 16), count < 8 {
            value = value * 16 + v
            count += 1
            advance()
        }
        guard peek() == "}", count > 0, let scalar = Unicode.Scalar(value) else {
            throw SyntaxDiagnostic("invalid \\u{...} escape", at: location)
        }
        advance()
        return scalar
    }
}
