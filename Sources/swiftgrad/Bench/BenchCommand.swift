import ArgumentParser

/// Placeholder until the bench helper replaces this file with the real benchmark command.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Benchmarks (not yet).")

    func run() throws {
        print("not yet")
    }
}
