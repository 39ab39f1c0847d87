import Foundation

/// Coalesces stdout/stderr writes into few `stream` messages: text is sent at most `delay` seconds
/// after it was written, or right away before any other output (so order is kept).
final class StreamBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [(StreamName, String)] = []
    private var flushScheduled = false
    private let delay: Double
    private let send: (StreamName, String) -> Void

    init(delay: Double = 0.05, send: @escaping (StreamName, String) -> Void) {
        self.delay = delay
        self.send = send
    }

    func append(_ text: String, to stream: StreamName) {
        guard !text.isEmpty else { return }
        lock.withLock {
            if let last = pending.last, last.0 == stream {
                pending[pending.count - 1].1 += text
            } else {
                pending.append((stream, text))
            }
            if !flushScheduled {
                flushScheduled = true
                DispatchQueue.global().asyncAfter(deadline: .now() + delay) { [weak self] in self?.flush() }
            }
        }
    }

    /// Sends everything pending now. Sending happens under the lock so two flushes never reorder.
    func flush() {
        lock.withLock {
            flushScheduled = false
            for (stream, text) in pending { send(stream, text) }
            pending.removeAll()
        }
    }
}
