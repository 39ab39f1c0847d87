/// A position in a cell's source.
///
/// `line` and `column` are 1-based; `column` counts *characters* (grapheme clusters) so a caret under
/// it lines up in a terminal or notebook. `offset` is the 0-based position in unicode scalars from the
/// start of the cell (what Jupyter's cursor positions use).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// A location for synthesized nodes (never shown).
    public static let unknown = SourceLocation(line: 0, column: 0, offset: 0)

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}
