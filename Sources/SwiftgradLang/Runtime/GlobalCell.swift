/// A global variable's storage. Compiled code holds the cell itself, so globals cost one pointer
/// hop; state persists across cells and a later cell can redefine a function or class.
public final class GlobalCell {
    /// Value and definedness behind a pointer: reading a class's stored `var` pays a dynamic
    /// exclusivity check, a pointer's pointee does not (every global read checks both).
    struct State {
        var value: Value = .null
        var isDefined = false
    }
    private let state: UnsafeMutablePointer<State>

    public let name: String
    public var value: Value {
        _read { yield state.pointee.value }
        _modify { yield &state.pointee.value }
    }
    /// False until a declaration ran (compiled code may refer to names a later cell defines).
    public var isDefined: Bool {
        get { state.pointee.isDefined }
        set { state.pointee.isDefined = newValue }
    }
    public var isLet = false
    var coercion: Coercion = .none
    /// The declared type name, if any (used by implicit member expressions and inspection).
    var typeName: String?
    /// The declared type, if any (the context of literals a later cell assigns).
    var type: TypeRef?

    init(name: String) {
        self.name = name
        state = .allocate(capacity: 1)
        state.initialize(to: State())
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }
}
