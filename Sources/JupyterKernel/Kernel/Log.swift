import Foundation

/// Kernel diagnostics on stderr (Jupyter shows the kernel's stderr in the server log, never in cells).
public enum Log {
    /// Set SWIFTGRAD_KERNEL_DEBUG=1 for per-message debug lines.
    public static let debugEnabled = ProcessInfo.processInfo.environment["SWIFTGRAD_KERNEL_DEBUG"] == "1"

    public static func warning(_ text: @autoclosure () -> String) {
        write("[swiftgrad kernel] warning: \(text())\n")
    }

    public static func info(_ text: @autoclosure () -> String) {
        write("[swiftgrad kernel] \(text())\n")
    }

    public static func debug(_ text: @autoclosure () -> String) {
        if debugEnabled {
            // Wall-clock seconds, to line up with a client's timestamps, and the CPU time the process
            // has used so far (all threads, start-up before `main` included): what start-up costs a
            // loaded machine.
            let time = String(format: "%.5f", Date().timeIntervalSince1970)
            var cpu = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu)
            let cpuMs = String(format: "%.2f", Double(cpu.tv_sec) * 1e3 + Double(cpu.tv_nsec) / 1e6)
            write("[swiftgrad kernel] debug \(time) (process CPU \(cpuMs) ms): \(text())\n")
        }
    }

    private static func write(_ line: String) {
        FileHandle.standardError.write(line.data(using: .utf8) ?? Data())
    }
}
