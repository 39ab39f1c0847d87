import ArgumentParser
import Foundation
import JupyterKernel
import MemoryBudget

/// `--max-memory SIZE` (kernel and run): the process's memory budget (`MemoryBudget`). Without it,
/// `SWIFTGRAD_MAX_MEMORY`, else half of the machine's memory or of the cgroup limit.
struct MemoryOption: ParsableArguments {
    @Option(name: .customLong("max-memory"),
            help: "Memory budget: a cell using more ends in a MemoryLimit error (bytes or 512M, 4G; none: no budget; default: $SWIFTGRAD_MAX_MEMORY, else half of the memory or cgroup limit).")
    var maxMemory: String?

    func validate() throws {
        if let maxMemory, MemoryBudget.parseSize(maxMemory) == nil {
            throw ValidationError("--max-memory: '\(maxMemory)' is not a size (like 512M, 4G or none)")
        }
    }

    /// Sets the budget; call before any script runs.
    func apply() {
        if let maxMemory, let bytes = MemoryBudget.parseSize(maxMemory) {
            MemoryBudget.limit = bytes
        } else {
            MemoryOption.applyDefault()
        }
    }

    /// The budget from `SWIFTGRAD_MAX_MEMORY`, else the default. (`getenv`: building
    /// `ProcessInfo.processInfo.environment` cost 1.1 M instructions of a 30 M start-up.)
    static func applyDefault() {
        let text = getenv(MemoryBudget.environmentVariable).map { String(cString: $0) }
        if !MemoryBudget.setLimit(fromEnvironment: text) {
            Log.warning("\(MemoryBudget.environmentVariable) is not a size; using \(MemoryBudget.summary)")
        }
    }
}
