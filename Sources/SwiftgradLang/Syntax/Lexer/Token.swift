/// One lexical token of a cell.
public struct Token {
    /// The category; what exactly (which operator, which keyword, the name) is in `text`.
    public var kind: TokenKind
    /// The token as written for identifiers (without backticks), keywords, operators and punctuation;
    /// the raw source text for literals.
    public var text: String
    /// Where the token starts.
    public var location: SourceLocation
    /// Unicode-scalar offset just past the token.
    public var endOffset: Int
    /// A line break (or the start of the cell) comes before this token: statement boundary rules.
    public var newlineBefore: Bool
    /// Whitespace, a comment, a line break, an opening bracket/`,`/`;`/`:` or the start of the cell comes
    /// just before this token (Swift's "not left-bound" for operators).
    public var spaceBefore: Bool
    /// Whitespace, a comment, a closing bracket/`,`/`;`/`:` or the end of the cell comes just after
    /// (Swift's "not right-bound").
    public var spaceAfter: Bool
    /// `///` doc comment lines immediately above this token (declarations take it), else nil.
    public var doc: String?
    /// Integer literal value.
    public var intValue: Int = 0
    /// An integer literal above `Int.max` that fits in 64 bits (`0x9E3779B97F4A7C15`): `intValue` holds
    /// its bit pattern and the literal is a `UInt64`.
    public var isUInt64Literal = false
    /// Float literal value.
    public var doubleValue: Double = 0
    /// String literal contents.
    public var stringPieces: [StringPiece] = []

    public init(kind: TokenKind, text: String, location: SourceLocation, endOffset: Int,
                newlineBefore: Bool, spaceBefore: Bool, spaceAfter: Bool = false, doc: String? = nil) {
        self.kind = kind
        self.text = text
        self.location = location
        self.endOffset = endOffset
        self.newlineBefore = newlineBefore
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.doc = doc
    }

    /// Prefix use of an operator: `-x`, `!ok`, `&x` (bound on the right only).
    public var isPrefixOperator: Bool { spaceBefore && !spaceAfter }
    /// Postfix use: `x!`, `x?` (bound on the left only, or followed by `.`).
    public var isPostfixOperator: Bool { !spaceBefore && spaceAfter }
}

/// Token categories.
public enum TokenKind: Equatable, Sendable {
    /// A name (`x`, `Value`, `` `default` ``, `η`).
    case identifier
    /// A reserved word (`let`, `func`, `if`, `self`, `true`, `nil`, ...).
    case keyword
    /// `42`, `0xFF`, `1_000` (value in `intValue`).
    case integerLiteral
    /// `3.5`, `1e-3` (value in `doubleValue`).
    case floatLiteral
    /// `"..."`, `"""..."""`, `#"..."#` (contents in `stringPieces`).
    case stringLiteral
    /// `$0` (index in `intValue`).
    case shorthandArgument
    /// An operator: `+`, `==`, `..<`, `?`, `!`, `->`, `=`, `&`, `**`, ...
    case `operator`
    /// `(` `)` `{` `}` `[` `]` `,` `:` `;` `.` `@` `#` `\`.
    case punctuation
    /// The end of the cell (its `location` is just after the last character).
    case endOfFile
}

/// A piece of a lexed string literal.
public enum StringPiece {
    /// Literal text, escapes decoded.
    case text(String)
    /// `\( ... )` — the tokens between the parentheses (ending with an `endOfFile` token placed at the
    /// closing parenthesis), and where the `\` is.
    case interpolation([Token], SourceLocation)
}

/// Words the language reserves (they cannot name variables; most can still be argument labels and
/// member names, as in Swift).
public let reservedWords: Set<String> = [
    "let", "var", "func", "class", "struct", "enum", "protocol", "extension", "init", "deinit",
    "subscript", "typealias", "import", "if", "else", "guard", "while", "repeat", "for", "in", "switch",
    "case", "default", "break", "continue", "fallthrough", "return", "throw", "defer", "do", "catch",
    "try", "true", "false", "nil", "self", "Self", "super", "is", "as", "operator", "precedencegroup",
    "static", "where", "inout", "throws", "rethrows",
]
