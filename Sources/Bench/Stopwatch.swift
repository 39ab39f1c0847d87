import Foundation

/// Timing: wall clock for the whole run, CPU time for the measurements.
///
/// The measurements use the calling thread's CPU time: on a machine shared with other busy
/// processes, wall-clock timings vary several-fold with their load, while CPU time leaves out the
/// time spent waiting for a core. The anchors measure CPU time too (Python's `time.process_time`).
enum Stopwatch {
    /// Nanoseconds since an arbitrary fixed point (monotonic wall clock).
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// CPU time used by the calling thread so far, in nanoseconds.
    static func threadCPU() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// CPU seconds taken by `body` on this thread, and its result.
    static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
        let start = threadCPU()
        let result = try body()
        return (Double(threadCPU() - start) / 1e9, result)
    }

    /// The fastest of `runs` timings of `body` (the run least disturbed by other processes).
    static func best(of runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var fastest = Double.infinity
        for _ in 0..<max(1, runs) { fastest = min(fastest, try time(body).seconds) }
        return fastest
    }
}
