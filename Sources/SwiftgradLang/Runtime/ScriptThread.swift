import Foundation

/// A dedicated thread with a large stack that runs one job at a time (script execution, and the
/// services that read interpreter state). Deep script recursion stays far from the end of it.
final class ScriptThread: @unchecked Sendable {
    /// 1 GiB: Foundation's cap; only the pages actually touched are committed.
    static let stackSize = 1 << 30

    private let condition = NSCondition()
    private var jobs: [() -> Void] = []
    private var stopped = false
    private var thread: Thread?
    /// Signalled when the thread has ended, after every job (and whatever it captured) was released.
    private let exited = DispatchSemaphore(value: 0)

    init() {
        let t = Thread { [self] in loop() }
        t.stackSize = ScriptThread.stackSize
        t.name = "swiftgrad-script"
        thread = t
        t.start()
    }

    /// Ends the thread after the jobs queued so far, and waits (up to 10 s) until it has. Without the
    /// wait, the last job's captures (the runtime among them) could be released on the script thread
    /// while the caller goes on to free the same runtime's objects: two threads on one heap.
    func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
        if Thread.current !== thread { _ = exited.wait(timeout: .now() + 10) }
    }

    private func loop() {
        while true {
            condition.lock()
            while jobs.isEmpty && !stopped { condition.wait() }
            if jobs.isEmpty && stopped { condition.unlock(); exited.signal(); return }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }

    /// Runs `body` on the script thread and waits for its result (runs inline if already on it).
    func run<T>(_ body: @escaping () -> T) -> T {
        if Thread.current === thread { return body() }
        let done = DispatchSemaphore(value: 0)
        var result: T?
        condition.lock()
        jobs.append {
            result = body()
            done.signal()
        }
        condition.signal()
        condition.unlock()
        done.wait()
        return result!
    }
}
