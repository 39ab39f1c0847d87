import Foundation

/// What every benchmark section needs: where the programs are, which Python runs the anchors,
/// and how to report progress.
struct BenchContext {
    /// The folder holding the Python anchors and the .swiftgrad programs (`bench/`).
    var benchDirectory: String
    /// The Python that runs the anchors (`python3` on PATH: the venv's under `make bench`).
    var python: String
    /// Whether to run the anchors (Python) side by side.
    var withAnchors: Bool
    /// Graph size of the native per-node benchmarks.
    var nodes: Int
    /// This executable, started again for `run` and the memory probe.
    var executable: String = Subprocess.ownExecutable

    /// Progress on stderr, so stdout carries only the results.
    func log(_ message: String) {
        FileHandle.standardError.write(Data(("· " + message + "\n").utf8))
    }

    /// The path of a file in the bench folder.
    func path(_ file: String) -> String { (benchDirectory as NSString).appendingPathComponent(file) }

    /// Runs a Python anchor script and parses the JSON it prints; on failure, the reason.
    /// Without `withAnchors`, runs nothing and returns neither.
    func runAnchor(_ script: String, _ arguments: [String] = [], timeout: Double = 300)
        -> (result: JSONObject?, failure: String?)
    {
        guard withAnchors else { return (nil, nil) }
        log("anchor: \(python) \(script) \(arguments.joined(separator: " "))")
        let outcome = Subprocess.run([python, path(script)] + arguments, timeout: timeout)
        guard outcome.succeeded else { return (nil, outcome.failureSummary) }
        guard let json = JSONObject(lastLineOf: outcome.stdout) else { return (nil, "no JSON in its output") }
        return (json, nil)
    }
}
