import Autodiff

/// Issue 4's figures, with issue 14's targets: the native engine per node and per byte on 1M-node
/// graphs, the XOR and moons loops natively and in the language, against PyPI micrograd on CPython.
enum EngineSection {
    static let anchorNodes = 100_000
    static let xorSteps = 1000
    static let moonsSteps = 100
    static let anchorMoonsSteps = 2

    static func run(_ context: BenchContext, scripts: ScriptRunner) -> BenchmarkSection {
        var section = BenchmarkSection(title: "Engine (issues 4 and 14)", anchorName: "micrograd (CPython)")
        let (anchor, anchorFailure) = context.runAnchor(
            "micrograd_anchor.py",
            ["--nodes", String(anchorNodes), "--xor-steps", String(xorSteps), "--moons-steps", String(anchorMoonsSteps)])

        // Per node, on graphs of `context.nodes` nodes.
        var graphOnlyMemory: [String] = []
        for shape in ["chain", "wide"] {
            context.log("engine: \(shape) graph, \(context.nodes) nodes")
            let (forward, backward, free, count) = perNode(shape: shape, nodes: context.nodes)
            let memory = MemoryProbe.measure(shape: shape, nodes: context.nodes, context: context)
            let name = shape == "chain" ? "mixed chain" : "wide MLP-shaped graph"
            if let graphOnly = memory.graphOnly { graphOnlyMemory.append("\(Format.bytes(graphOnly)) (\(name))") }
            let size = "\(Format.grouped(Double(count))) nodes"
            section.rows.append(.compare(
                "forward per node, \(name) (\(size))", swiftgrad: forward, anchor: anchor?.double("\(shape).forward_ns"),
                anchorNote: gcNote(anchor, "\(shape).forward_ns_gc"), format: Format.nanoseconds,
                target: .atMost(20, label: "≤ 20 ns")))
            section.rows.append(.compare(
                "backward per node, \(name)", swiftgrad: backward, anchor: anchor?.double("\(shape).backward_ns"),
                anchorNote: gcNote(anchor, "\(shape).backward_ns_gc"), format: Format.nanoseconds,
                target: .atMost(10, label: "≤ 10 ns")))
            section.rows.append(.compare(
                "freeing the graph, per node, \(name)", swiftgrad: free, anchor: nil, format: Format.nanoseconds,
                target: .none))
            section.rows.append(.compare(
                "peak memory per node, \(name)", swiftgrad: memory.bytesPerNode,
                anchor: shape == "chain" ? anchor?.double("bytes_per_node") : nil, format: Format.bytes,
                target: .atMost(100, label: "≤ 100 B"), failure: memory.failure))
        }

        // Training loops, natively.
        context.log("engine: XOR loop and moons demo, native")
        let xorNative = Stopwatch.best(of: 3) { _ = EngineLoops.xor(steps: xorSteps) } / Double(xorSteps)
        let moonsNative = Stopwatch.time { _ = EngineLoops.moons(steps: moonsSteps) }.seconds / Double(moonsSteps)
        let xorAnchor = anchor?.double("xor_s_per_step"), moonsAnchor = anchor?.double("moons_s_per_step")
        section.rows.append(.compare("seed 004 XOR loop per step, native Swift", swiftgrad: xorNative,
                                     anchor: xorAnchor, format: Format.seconds, target: .none))

        // The same loops written in Swiftgrad, through the interpreter.
        let xorScript = scripts.time("xor.swiftgrad", runs: 5, budget: 10)
        section.rows.append(.compare("seed 004 XOR loop per step, in Swiftgrad (1000 steps)",
                                     swiftgrad: xorScript.seconds.map { $0 / Double(xorSteps) }, anchor: xorAnchor,
                                     format: Format.seconds, target: .speedupAtLeast(25), failure: xorScript.failure))
        section.rows.append(.compare("moons demo per step, native Swift", swiftgrad: moonsNative, anchor: moonsAnchor,
                                     format: Format.seconds, target: .none))
        let moonsScript = scripts.time("moons.swiftgrad", runs: 3, budget: 10)
        section.rows.append(.compare("moons demo per step, in Swiftgrad", swiftgrad: moonsScript.seconds.map { $0 / Double(moonsSteps) },
                                     anchor: moonsAnchor, format: Format.seconds, target: .speedupAtLeast(150),
                                     failure: moonsScript.failure))
        section.rows.append(.compare("moons demo, all 100 steps, in Swiftgrad", swiftgrad: moonsScript.seconds,
                                     anchor: moonsAnchor.map { $0 * Double(moonsSteps) }, anchorNote: "(extrapolated)",
                                     format: Format.seconds, target: .atMost(2, label: "< 2 s"), failure: moonsScript.failure))

        section.notes = [
            "Times are CPU time (Swiftgrad: the measuring thread's, or the child's user + system time for programs " +
                "run by `swiftgrad run`; Python: `time.process_time`), because the machine is shared: wall-clock " +
                "figures vary several-fold with the other processes' load, CPU time much less.",
            "Swiftgrad's per-node figures: after one untimed warm-up graph (a training loop's steady state), the " +
                "fastest of 5 builds (forward), of 5 `backward()` calls on the last graph (backward, the whole pass) and " +
                "of the 5 frees (dropping the root), divided by the nodes reachable from the root. " +
                "micrograd is measured on \(Format.grouped(Double(anchorNodes)))-node graphs of the same shapes " +
                "(its time per node does not fall with size, and a 1M-node graph would take a minute).",
            "micrograd's figures are with CPython's cycle collector disabled (its fastest case, fastest of 2 graphs); the figure in " +
                "parentheses is with the collector on, as in a notebook.",
            "Peak memory per node: growth of the peak resident set (VmHWM) over the resident set before building, " +
                "in a fresh process, graph built and back-propagated. micrograd: growth of the resident set with the " +
                "graph alive.",
            "Graphs: mixed chain `v = ((v * 0.9 + 0.1).relu()) ** 2` repeated (numbers become constant leaves, as in " +
                "micrograd); wide graph: layers of 32 neurons `b + Σ w·x` then relu.",
            "XOR: seed 004's loop (MLP 2-4-4-1 with ReLU on every layer, MSE, lr 0.1), 1000 steps, Swiftgrad native " +
                "fastest of 3. Moons: micrograd's demo (100 points, 2-16-16-1, max-margin + 1e-4 L2); Swiftgrad runs " +
                "all 100 steps, micrograd its first \(anchorMoonsSteps) steps (each step is a full forward and backward pass over all 100 points, so steps cost the same).",
            "In-language rows: `swiftgrad run bench/xor.swiftgrad` / `bench/moons.swiftgrad` in a child process " +
                "(fastest of 5 and of 3 runs), minus the start-up of running an empty program.",
        ]
        if !graphOnlyMemory.isEmpty {
            section.notes.append("Swiftgrad's peak memory per node before the backward pass (the graph alone): " +
                                 graphOnlyMemory.joined(separator: ", ") + ".")
        }
        if let anchorFailure { section.notes.append("The micrograd anchor did not run: \(anchorFailure).") }
        if let failure = xorScript.failure ?? moonsScript.failure {
            section.notes.append("In-language programs not measured: \(failure)")
        }
        return section
    }

    /// Nanoseconds per node to build (forward, best of 5 builds), back-propagate (best of 5 passes on
    /// the last graph) and free (best of 5) a graph, and its node count.
    /// One graph is built and freed first, untimed: the figures are the steady state of a training
    /// loop, which builds and frees a graph of the same size every step (the first graph of a process
    /// also pays for taking its memory from the system).
    static func perNode(shape: String, nodes: Int) -> (forward: Double, backward: Double, free: Double, nodes: Int) {
        var forward = Double.infinity, backward = Double.infinity, free = Double.infinity, count = 1
        do {
            let warmUp = EngineGraphs.build(shape, nodes: nodes)!
            warmUp.backward()
        }
        for build in 0..<5 {
            var (seconds, root) = Stopwatch.time { Optional(EngineGraphs.build(shape, nodes: nodes)!) }
            count = topologicalOrder(from: root!).count
            forward = min(forward, seconds * 1e9 / Double(count))
            if build == 4 {
                backward = Stopwatch.best(of: 5) { root!.backward() } * 1e9 / Double(count)
            }
            free = min(free, Stopwatch.time { root = nil }.seconds * 1e9 / Double(count))
        }
        return (forward, backward, free, count)
    }

    private static func gcNote(_ anchor: JSONObject?, _ path: String) -> String {
        anchor?.double(path).map { "(\(Format.nanoseconds($0)) with GC)" } ?? ""
    }
}
