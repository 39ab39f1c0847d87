/// A global variable's storage. Compiled code holds the cell itself, so globals cost one pointer
/// hop; state persists across cells and a later cell can redefine a function or class.
public final class GlobalCell {
    /// Value and definedness behind a pointer: reading a class's stored `var` pays a dynamic
    /// exclusivity check, a pointer's pointee does not (every global read checks both).
    struct State {
        var value: Value = .null
        var isDefined = false
        /// The script function `value` holds, unretained (see `directCallee`).
        var function: Unmanaged<ScriptFunction>?
    }
    private let state: UnsafeMutablePointer<State>

    public let name: String
    public var value: Value {
        _read { yield state.pointee.value }
        _modify {
            // A function that direct calls are running (unretained, `directCallee`) stays alive until
            // they return, though this write replaces it: the cell's reference is handed to them.
            let running = state.pointee.function.flatMap { u in u._withUnsafeGuaranteedRef { $0.activeCalls > 0 } ? u : nil }
            if let running { _ = running.retain() }
            // (In a `defer`: an access that throws ends the coroutine without running what follows
            // the `yield`, and the cell may hold another value by then.)
            defer {
                let now = state.pointee.value.unmanagedScriptFunction
                state.pointee.function = now
                if let running {
                    if now?.toOpaque() == running.toOpaque() {
                        running.release()
                    } else {
                        running._withUnsafeGuaranteedRef { $0.heldForCalls += 1 }
                    }
                }
            }
            yield &state.pointee.value
        }
    }

    /// The script function this cell holds, unretained, if a call with label signature `sig` can run
    /// it directly (`Compiler.globalFunctionCall`). The caller counts itself in `activeCalls` for as
    /// long as it runs the function, and releases `heldForCalls` when the count is back to 0.
    @inline(__always) func directCallee(_ sig: Int) -> Unmanaged<ScriptFunction>? {
        guard let u = state.pointee.function,
              u._withUnsafeGuaranteedRef({ $0.proto.info.pointee.directSignature == sig }) else { return nil }
        return u
    }
    /// The script function this cell holds, unretained, if it has a typed entry (Compiler/Typed)
    /// with signature `key`; used like `directCallee`.
    @inline(__always) func typedCallee(_ key: Int) -> Unmanaged<ScriptFunction>? {
        guard let u = state.pointee.function,
              u._withUnsafeGuaranteedRef({ $0.proto.info.pointee.typedKey == key }) else { return nil }
        return u
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
