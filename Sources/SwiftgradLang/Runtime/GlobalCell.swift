/// A global variable's storage. Compiled code holds the cell itself, so globals cost one pointer
/// hop; state persists across cells and a later cell can redefine a function or class.
public final class GlobalCell {
    public let name: String
    public var value: Value = .null
    /// False until a declaration ran (compiled code may refer to names a later cell defines).
    public var isDefined = false
    public var isLet = false
    var coercion: Coercion = .none
    /// The declared type name, if any (used by implicit member expressions and inspection).
    var typeName: String?
    init(name: String) { self.name = name }
}
