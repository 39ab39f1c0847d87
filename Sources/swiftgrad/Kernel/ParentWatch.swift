import Dispatch
import Foundation

/// Ends the kernel when the process that started it is gone, so a crashed or killed front end leaves no
/// orphaned kernel behind. Checked once a second, as ipykernel does:
/// - `JPY_PARENT_PID` (set by jupyter_client to the launching process) no longer exists, or
/// - our parent pid changed since start-up (we were re-parented to init or a subreaper).
/// The first check covers launchers that start the kernel through a wrapper; the second covers
/// parents that set no `JPY_PARENT_PID`. A parent of 1 at start-up (a container's init) is never watched.
final class ParentWatch {
    private let timer: DispatchSourceTimer

    /// Calls `onParentGone` once (on a global queue) when the parent is gone; nil when there is nothing
    /// to watch.
    init?(environment: [String: String] = ProcessInfo.processInfo.environment, onParentGone: @escaping () -> Void) {
        let startParent = getppid()
        let named = environment["JPY_PARENT_PID"].flatMap { pid_t($0) }.flatMap { $0 > 1 ? $0 : nil }
        guard startParent > 1 || named != nil else { return nil }
        timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + 1, repeating: 1)
        var fired = false
        timer.setEventHandler {
            guard !fired else { return }
            let reparented = startParent > 1 && getppid() != startParent
            let namedGone = named.map { kill($0, 0) != 0 && errno == ESRCH } ?? false
            if reparented || namedGone {
                fired = true
                onParentGone()
            }
        }
        timer.resume()
    }

    deinit {
        timer.cancel()
    }
}
