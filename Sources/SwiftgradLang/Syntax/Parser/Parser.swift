/// Parses a cell into statements.
///
/// Entry point: `try Parser.parse(source: code, cellName: "<cell>")`. Syntax errors are thrown as a
/// `ScriptError` of kind `"SyntaxError"` whose message names the problem and whose traceback is
/// `<cell>:line:col`, the source line, and a caret line under the column.
public struct Parser {
    /// Parses a whole cell.
    public static func parse(source: String, cellName: String = "<cell>") throws(ScriptError) -> [Stmt] {
        // Implementation in progress on branch langfront.
        throw ScriptError(kind: "SyntaxError", message: "parser not yet implemented", traceback: [])
    }
}
