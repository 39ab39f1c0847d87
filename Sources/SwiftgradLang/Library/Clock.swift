import Foundation

/// Measuring time from a script: `clock()` and `time { ... }` (lessons compare the cost of passes).
enum Clock {
    /// Seconds on a monotonic clock (only differences mean something).
    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func install(_ rt: Runtime) {
        rt.defineFunction("clock", labels: [], signature: "clock() -> Double",
                          doc: "Seconds on a monotonic clock; subtract two readings to time code.") { _ in
            .double(now())
        }
        rt.defineFunction("time", labels: [nil], signature: "time(_ body: () -> Void) -> Double",
                          doc: "Runs the closure and returns how many seconds it took.") { args in
            let start = now()
            _ = try args.runtime.call(args[0], [])
            return .double(now() - start)
        }
    }
}
