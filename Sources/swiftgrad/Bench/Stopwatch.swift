import Foundation

/// Wall-clock timing on the monotonic clock.
enum Stopwatch {
    /// Nanoseconds since an arbitrary fixed point (monotonic).
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Seconds taken by `body`, and its result.
    static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
        let start = now()
        let result = try body()
        return (Double(now() - start) / 1e9, result)
    }

    /// The fastest of `runs` timings of `body` (the run least disturbed by other processes on a
    /// shared machine).
    static func best(of runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var fastest = Double.infinity
        for _ in 0..<max(1, runs) { fastest = min(fastest, try time(body).seconds) }
        return fastest
    }
}
