import Foundation

/// A named thread that runs a loop until asked to stop, and can be waited for.
final class ChannelThread: @unchecked Sendable {
    private let thread: Thread
    private let finished = DispatchSemaphore(value: 0)

    init(name: String, stackSize: Int = 1 << 20, body: @escaping () -> Void) {
        let done = finished
        thread = Thread {
            body()
            done.signal()
        }
        thread.name = name
        thread.stackSize = stackSize
    }

    func start() { thread.start() }

    /// Waits for the loop to end; false if it did not end within `timeout` seconds.
    @discardableResult
    func join(timeout: Double) -> Bool {
        finished.wait(timeout: .now() + timeout) == .success
    }
}

/// A flag shared between threads.
final class SharedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
    func clear() { lock.withLock { value = false } }
}
