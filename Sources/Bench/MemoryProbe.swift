import Autodiff
import Foundation

/// Bytes per node of a graph, measured in a fresh process (`swiftgrad bench --memory-probe chain`)
/// so that memory freed by earlier benchmarks cannot be handed out again and hide the growth.
enum MemoryProbe {
    /// Builds and back-propagates the graph, then prints `{"nodes": …, "bytes_per_node": …,
    /// "graph_bytes_per_node": …}`: the growth of the peak resident set (VmHWM) over the resident set
    /// before building, after the backward pass and (graph only) before it.
    static func runInThisProcess(shape: String, nodes: Int) -> String {
        guard let before = ProcessMemory.residentBytes else { return #"{"error": "no /proc/self/status"}"# }
        guard let root = EngineGraphs.build(shape, nodes: nodes) else { return #"{"error": "unknown shape"}"# }
        let built = ProcessMemory.peakResidentBytes ?? before
        root.backward()
        let peak = ProcessMemory.peakResidentBytes ?? before
        let count = Double(max(1, topologicalOrder(from: root).count))
        return #"{"nodes": \#(Int(count)), "bytes_per_node": \#(Double(peak - before) / count), "#
            + #""graph_bytes_per_node": \#(Double(built - before) / count)}"#
    }

    /// Starts this executable as a probe and reads its answer.
    static func measure(shape: String, nodes: Int, context: BenchContext)
        -> (bytesPerNode: Double?, graphOnly: Double?, failure: String?)
    {
        let outcome = Subprocess.run([context.executable, "bench", "--memory-probe", shape, "--nodes", String(nodes)],
                                     timeout: 120)
        guard outcome.succeeded else { return (nil, nil, outcome.failureSummary) }
        guard let json = JSONObject(lastLineOf: outcome.stdout), let b = json.double("bytes_per_node") else {
            return (nil, nil, "probe printed no figure")
        }
        return (b, json.double("graph_bytes_per_node"), nil)
    }
}
