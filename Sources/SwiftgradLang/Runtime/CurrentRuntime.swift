#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The runtime a thread runs script work for (descriptions that call script code need it). It is a
/// thread-local, set on an interpreter's own script thread (when the interpreter starts and before each
/// cell), so two interpreters in one process each see their own; other threads see nil. Unretained:
/// the script thread ends with its interpreter, which owns the runtime.
extension Runtime {
    private static let currentKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    static var current: Runtime? {
        get { pthread_getspecific(currentKey).map { Unmanaged<Runtime>.fromOpaque($0).takeUnretainedValue() } }
        set { pthread_setspecific(currentKey, newValue.map { Unmanaged.passUnretained($0).toOpaque() }) }
    }
}
