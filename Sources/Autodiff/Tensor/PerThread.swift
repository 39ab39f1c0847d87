#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One `Store` per thread, reached without a lock (a thread-specific key). The engine's recycling
/// stores are per thread because a script's tensors are made and freed on the thread that runs it:
/// a lock taken twice per tensor operation cost four atomic instructions out of a training step's
/// budget of a few dozen per operation. A thread's store is freed when the thread ends.
final class PerThread<Store: AnyObject>: @unchecked Sendable {
    private var key = pthread_key_t()
    private let make: () -> Store

    init(_ make: @escaping () -> Store) {
        self.make = make
        pthread_key_create(&key) { p in
            guard let p else { return }
            Unmanaged<AnyObject>.fromOpaque(p).release()
        }
    }

    /// Runs `body` with this thread's store (made on first use), without retaining it.
    @inline(__always) func with<R>(_ body: (Store) -> R) -> R {
        if let p = pthread_getspecific(key) {
            return Unmanaged<Store>.fromOpaque(p)._withUnsafeGuaranteedRef(body)
        }
        let store = make()
        pthread_setspecific(key, Unmanaged.passRetained(store).toOpaque())
        return body(store)
    }
}
