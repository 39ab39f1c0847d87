import CScriptThread

/// The runtime a thread runs script work for (descriptions that call script code need it), and with
/// it the heap that objects made on the thread join. Thread-locals, set on an interpreter's own
/// script thread (when the interpreter starts and before each cell), so two interpreters in one
/// process each see their own; other threads see nil (and register objects in `Heap.unattached`).
/// Unretained: the script thread ends with its interpreter, which owns the runtime.
extension Runtime {
    static var current: Runtime? {
        get { swiftgrad_get_current_runtime().map { Unmanaged<Runtime>.fromOpaque($0).takeUnretainedValue() } }
        set {
            swiftgrad_set_current(newValue.map { Unmanaged.passUnretained($0).toOpaque() },
                                  newValue.map { Unmanaged.passUnretained($0.heap).toOpaque() })
        }
    }
}
