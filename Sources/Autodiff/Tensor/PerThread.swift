import CTensorKernels
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One `Store` per thread, reached without a lock: a C thread-local slot (one load), with a
/// thread-specific key whose destructor frees the store when the thread ends. The engine's
/// recycling stores are per thread because a script's tensors are made and freed on the thread
/// that runs it: a lock taken twice per tensor operation cost four atomic instructions out of a
/// training step's budget of a few dozen per operation.
final class PerThread<Store: AnyObject>: @unchecked Sendable {
    private var key = pthread_key_t()
    private let slot: Int32
    private let make: () -> Store

    /// `slot` is this store's own index below `SWIFTGRAD_TENSOR_SLOTS`.
    init(slot: Int, _ make: @escaping () -> Store) {
        self.slot = Int32(slot)
        self.make = make
        pthread_key_create(&key) { p in
            guard let p else { return }
            swiftgrad_clear_tensor_slots_holding(p)
            Unmanaged<AnyObject>.fromOpaque(p).release()
        }
    }

    /// Runs `body` with this thread's store (made on first use), without retaining it.
    @inline(__always) func with<R>(_ body: (Store) -> R) -> R {
        if let p = swiftgrad_get_tensor_slot(slot) {
            return Unmanaged<Store>.fromOpaque(p)._withUnsafeGuaranteedRef(body)
        }
        let store = make()
        let p = Unmanaged.passRetained(store).toOpaque()
        pthread_setspecific(key, p)
        swiftgrad_set_tensor_slot(slot, p)
        return body(store)
    }
}
