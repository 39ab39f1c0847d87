/// The two command lines that start a process to do work at once — `swiftgrad run FILE` and the
/// kernelspec's `swiftgrad kernel -f FILE` — skip ArgumentParser: parsing them through it (type
/// metadata and protocol-conformance lookups) was 12 M of the 30 M instructions of an empty
/// `swiftgrad run` (callgrind). Any other form, options included, goes through `SwiftgradCommand`.
enum FastLaunch {
    /// Runs the command if `arguments` (without argv[0]) is one of the two forms; false otherwise.
    static func run(_ arguments: [String]) -> Bool {
        let command: () throws -> Void
        switch arguments.count {
        case 2 where arguments[0] == "run" && isPlainValue(arguments[1]):
            command = { try RunCommand.run(file: arguments[1], maxOutput: nil) }
        case 3 where arguments[0] == "kernel" && arguments[1] == "-f" && isPlainValue(arguments[2]):
            command = { try KernelCommand.serve(connectionFile: arguments[2]) }
        default:
            return false
        }
        MemoryOption.applyDefault()
        do {
            try command()
        } catch {
            // The same exit status and message as when ArgumentParser runs the command.
            SwiftgradCommand.exit(withError: error)
        }
        return true
    }

    /// Not an option (`--help`, `-h`) that ArgumentParser should see.
    private static func isPlainValue(_ s: String) -> Bool { !s.isEmpty && !s.hasPrefix("-") }
}
