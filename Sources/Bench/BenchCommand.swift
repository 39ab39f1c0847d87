import ArgumentParser
import Foundation

/// `swiftgrad bench`: the speed and memory benchmarks of issues 2, 3, 4 and 11.
///
/// Alone it prints Swiftgrad's own figures in a few seconds; `--anchors` also runs the Python anchors
/// (micrograd, CPython, ipykernel, NumPy) side by side, and `--write docs/benchmarks.md` records the tables.
public struct BenchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run the benchmarks (engine, interpreter, kernel) and print or record the results.")

    @Flag(help: "Also run the anchors (micrograd, CPython, ipykernel) with the Python on PATH or --python.")
    var anchors = false

    @Option(help: "Write the results as Markdown to this file (e.g. docs/benchmarks.md).")
    var write: String?

    @Option(help: "Sections to run, comma-separated: engine, interpreter, kernel, tensors.")
    var only: String = BenchCommand.defaultSections

    static let sectionNames: Set<String> = ["engine", "interpreter", "kernel", "tensors"]
    static let defaultSections = "engine,interpreter,kernel,tensors"

    @Option(help: "The folder with the anchor scripts and .swiftgrad programs.")
    var benchDir: String = "bench"

    @Option(help: "The Python that runs the anchors.")
    var python: String = "python3"

    @Option(help: "Nodes in the native per-node benchmark graphs.")
    var nodes: Int = 1_000_000

    @Option(help: .hidden)
    var memoryProbe: String?

    /// Prints the native tensor timings (matmul 512², 1024², MLP) as JSON, without anchors.
    @Flag(help: .hidden)
    var tensorProbe = false

    /// For profilers: only builds, back-propagates and frees graphs of this shape (chain, wide) 5 times,
    /// or runs the native XOR or moons loop.
    @Option(help: .hidden)
    var profile: String?

    public init() {}

    public func validate() throws {
        guard nodes >= 100 else { throw ValidationError("--nodes must be at least 100") }
        for name in sections where !BenchCommand.sectionNames.contains(name) {
            throw ValidationError("unknown section '\(name)' (engine, interpreter, kernel, tensors)")
        }
    }

    private var sections: [String] { only.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }

    public func run() throws {
        if let shape = profile {
            if shape == "xor" || shape == "moons" {
                let steps = shape == "xor" ? 20_000 : 100
                let seconds = Stopwatch.time { shape == "xor" ? EngineLoops.xor(steps: steps) : EngineLoops.moons(steps: steps).loss }.seconds
                print("\(shape): \(seconds / Double(steps) * 1e6) µs per step")
                return
            }
            for _ in 0..<5 {
                let (f, b, r, n) = EngineSection.perNode(shape: shape, nodes: nodes)
                print("\(shape) \(n) nodes: forward \(f) ns, backward \(b) ns, free \(r) ns per node")
            }
            return
        }
        if tensorProbe {
            print(TensorSection.probeJSON())
            return
        }
        if let shape = memoryProbe {
            print(MemoryProbe.runInThisProcess(shape: shape, nodes: nodes))
            return
        }
        let directory = resolvedBenchDirectory()
        let context = BenchContext(benchDirectory: directory, python: python, withAnchors: anchors, nodes: nodes)
        let machine = MachineInfo.lines
        let date = MachineInfo.date
        let start = Stopwatch.now()

        var results: [BenchmarkSection] = []
        let needsScripts = sections.contains("engine") || sections.contains("interpreter")
        let scripts = needsScripts ? ScriptRunner(context: context) : nil
        if sections.contains("engine"), let scripts { results.append(EngineSection.run(context, scripts: scripts)) }
        if sections.contains("interpreter"), let scripts { results.append(InterpreterSection.run(context, scripts: scripts)) }
        if sections.contains("kernel") { results.append(KernelSection.run(context)) }
        if sections.contains("tensors") { results.append(TensorSection.run(context)) }

        var command = "swiftgrad bench" + (anchors ? " --anchors" : "")
        if only != BenchCommand.defaultSections { command += " --only \(only)" }
        if let write { command += " --write \(write)" }
        let report = BenchReport(sections: results, machine: machine, date: date,
                                 seconds: Double(Stopwatch.now() - start) / 1e9, command: command)
        print(report.plainText)
        if let write {
            let text = report.fileText(replacing: write, allSectionsRan: Set(sections).isSuperset(of: BenchCommand.sectionNames))
            do { try text.write(toFile: write, atomically: true, encoding: .utf8) } catch {
                throw ValidationError("cannot write \(write): \(error.localizedDescription)")
            }
            context.log("wrote \(write)")
        }
    }

    /// `--bench-dir` as given when it exists, else the `bench` folder of the checkout this binary
    /// was built in (`.build/release/swiftgrad` → `bench/`), so the command works from any directory.
    private func resolvedBenchDirectory() -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: benchDir, isDirectory: &isDirectory), isDirectory.boolValue {
            return benchDir
        }
        let checkout = URL(fileURLWithPath: Subprocess.ownExecutable)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return checkout.appendingPathComponent("bench").path
    }
}
