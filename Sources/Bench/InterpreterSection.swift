/// Issue 3's figures: the same programs in Swiftgrad and in CPython (bench/NAME.swiftgrad and
/// bench/NAME.py), timed in one run; the outputs are compared too, so both did the same work.
enum InterpreterSection {
    struct Program {
        var name: String
        var what: String
        var target: Target
    }

    static let programs = [
        Program(name: "scalar_class", what: "Scalar class: 2-16-16-1 MLP graph on 100 points, built and back-propagated twice",
                target: .speedupAtLeast(3)),
        Program(name: "fib", what: "fib(27), recursive", target: .speedupAtLeast(1.5)),
        Program(name: "loop", what: "10M-iteration while loop in a function", target: .none),
    ]

    static func run(_ context: BenchContext, scripts: ScriptRunner) -> BenchmarkSection {
        var section = BenchmarkSection(title: "Interpreter (issues 3 and 14)", anchorName: "CPython")
        let pythonStart = fastestWall([context.python, "-c", "pass"])
        section.rows.append(.compare("`swiftgrad run` of an empty program, whole process, wall time (fastest of 5)",
                                     swiftgrad: scripts.startupWallSeconds, anchor: pythonStart,
                                     anchorNote: "(`python -c pass`)", format: Format.seconds,
                                     target: .atMost(0.010, label: "≤ 10 ms")))
        var walls: [String] = []
        let (anchor, anchorFailure) = context.runAnchor(
            "interpreter_anchor.py", ["--repeat", "2"] + programs.map { context.path($0.name + ".py") })
        var mismatches: [String] = []
        var compared = 0
        for program in programs {
            let timing = scripts.time(program.name + ".swiftgrad", runs: 2)
            section.rows.append(.compare(program.what, swiftgrad: timing.seconds,
                                         anchor: anchor?.double("\(program.name).seconds"), format: Format.seconds,
                                         target: program.target, failure: timing.failure))
            if let wall = timing.wallSeconds { walls.append("\(program.name) \(Format.seconds(wall))") }
            guard timing.seconds != nil, let expected = anchor?.string("\(program.name).stdout") else { continue }
            compared += 1
            if expected != timing.stdout {
                mismatches.append("`\(program.name)` printed \(quoted(timing.stdout)) in Swiftgrad but \(quoted(expected)) in Python")
            }
        }
        section.notes = [
            "Each program is written in both languages line for line (bench/NAME.swiftgrad, bench/NAME.py) and prints " +
                "the same numbers. Swiftgrad: `swiftgrad run` in a child process minus the start-up of an empty " +
                "program; CPython \(anchor?.string("python") ?? ""): the program `exec`uted in the anchor's process. " +
                "Fastest of 2 runs each.",
            "Whole-process wall time of `swiftgrad run` (start-up included, fastest run): " + walls.joined(separator: ", ") + ".",
        ]
        if let anchorFailure { section.notes.append("The CPython anchor did not run: \(anchorFailure).") }
        if mismatches.isEmpty && compared > 0 {
            section.notes.append("Outputs compared: identical in both languages for the \(compared) programs that ran.")
        }
        section.notes += mismatches.map { "Output differs: " + $0 }
        return section
    }

    /// The fastest wall time of 5 runs of a command (nil if it never succeeded).
    private static func fastestWall(_ command: [String]) -> Double? {
        var fastest: Double?
        for _ in 0..<5 {
            let outcome = Subprocess.run(command, timeout: 30)
            if outcome.succeeded { fastest = min(fastest ?? .infinity, outcome.seconds) }
        }
        return fastest
    }

    private static func quoted(_ s: String) -> String {
        let oneLine = s.split(separator: "\n").first.map(String.init) ?? ""
        return "`" + oneLine.prefix(80) + (s.count > 80 ? "…" : "") + "`"
    }
}
