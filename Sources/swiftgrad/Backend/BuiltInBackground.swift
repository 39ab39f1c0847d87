import Foundation

/// A value made on a thread of its own, so the caller can go on meanwhile; reading it waits until
/// it is made. The kernel uses it for the interpreter: installing the builtins takes about as long
/// as the rest of start-up, and `kernel_info_request` — the first thing a client asks — does not
/// need the interpreter.
final class BuiltInBackground<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private var made: Value?

    init(_ make: @escaping () -> Value) {
        // Handed over: only the new thread ever calls `make`.
        nonisolated(unsafe) let make = make
        let thread = Thread { [self] in
            let value = make()
            condition.lock()
            made = value
            condition.broadcast()
            condition.unlock()
        }
        thread.name = "swiftgrad-warm-up"
        thread.start()
    }

    var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while made == nil { condition.wait() }
        return made!
    }
}
