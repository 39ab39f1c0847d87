import Foundation

/// Times .swiftgrad programs run by `swiftgrad run` in a child process.
///
/// A child process keeps the harness alive whatever the script does (and measures exactly what a
/// learner runs); the start-up of `swiftgrad run` itself is measured on an empty program and
/// subtracted, so the figure is the program's own run time, like the anchors' in-process timings.
/// Times are the child's CPU time (user + system), as the anchors measure CPU time (see `Stopwatch`).
struct ScriptRunner {
    let context: BenchContext
    private var startupSeconds: Double?
    /// The fastest whole-process wall time of the empty program (issue 14's start-up figure).
    private(set) var startupWallSeconds: Double?

    init(context: BenchContext) {
        self.context = context
        let empty = context.path("empty.swiftgrad")
        var fastest: Double?
        var fastestWall: Double?
        for _ in 0..<5 {
            let outcome = Subprocess.run([context.executable, "run", empty], timeout: 30)
            if outcome.succeeded {
                fastest = min(fastest ?? .infinity, outcome.cpuSeconds)
                fastestWall = min(fastestWall ?? .infinity, outcome.seconds)
            }
        }
        startupSeconds = fastest
        startupWallSeconds = fastestWall
    }

    struct Timing {
        var seconds: Double?
        /// The fastest whole-process wall time, start-up included.
        var wallSeconds: Double?
        var stdout: String = ""
        var failure: String?
    }

    /// The fastest of up to `runs` runs of `file`, stopping early once `budget` seconds are spent.
    func time(_ file: String, runs: Int = 3, budget: Double = 6, timeout: Double = 120) -> Timing {
        guard let startup = startupSeconds else {
            return Timing(seconds: nil, failure: "`swiftgrad run` does not run an empty program")
        }
        context.log("swiftgrad run \(file)")
        var timing = Timing()
        var spent = 0.0
        for _ in 0..<max(1, runs) {
            let outcome = Subprocess.run([context.executable, "run", context.path(file)], timeout: timeout)
            guard outcome.succeeded else { return Timing(seconds: nil, stdout: outcome.stdout, failure: outcome.failureSummary) }
            let seconds = max(0, outcome.cpuSeconds - startup)
            timing.seconds = min(timing.seconds ?? .infinity, seconds)
            timing.wallSeconds = min(timing.wallSeconds ?? .infinity, outcome.seconds)
            timing.stdout = outcome.stdout
            spent += outcome.seconds
            if spent > budget { break }
        }
        return timing
    }

    /// The measured start-up of `swiftgrad run` (subtracted from every timing).
    var startup: Double? { startupSeconds }
}
