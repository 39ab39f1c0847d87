import ArgumentParser
import Bench

/// The root command. Each subcommand lives in its own folder; add new ones to `subcommands`.
struct SwiftgradCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swiftgrad",
        abstract: "A Jupyter kernel for a small Swift-like language with reverse-mode autodiff.",
        version: SwiftgradVersion.string,
        subcommands: [KernelCommand.self, InstallCommand.self, RunCommand.self, BenchCommand.self]
    )
}

enum SwiftgradVersion {
    static let string = "0.1.0"
}
