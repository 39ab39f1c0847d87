import Foundation

/// A description of the machine the figures were taken on.
enum MachineInfo {
    static var lines: [String] {
        var out: [String] = []
        out.append("CPU: \(cpuModel) — \(ProcessInfo.processInfo.activeProcessorCount) cores visible")
        if let mem = meminfoGiB { out.append(String(format: "memory: %.1f GiB", mem)) }
        out.append("OS: \(kernelRelease)")
        if let load = loadAverage {
            out.append("load average at start (other processes share the cores): \(load)")
            let cores = ProcessInfo.processInfo.activeProcessorCount
            if let first = load.split(separator: " ").first, let busy = Double(first), busy >= Double(cores) {
                out.append("**shared and loaded**: other jobs kept the \(cores) cores busy during this run, so figures " +
                           "vary from run to run (CPU time limits the effect, caches and memory bandwidth are still shared)")
            }
        }
        #if DEBUG
        out.append("build: **debug** — figures are not meaningful; use `swift build -c release`")
        #else
        out.append("build: release (`swift build -c release`)")
        #endif
        return out
    }

    static var cpuModel: String {
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown" }
        for line in info.split(separator: "\n") where line.hasPrefix("model name") {
            if let colon = line.firstIndex(of: ":") { return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces) }
        }
        return "unknown"
    }

    static var meminfoGiB: Double? {
        guard let info = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) else { return nil }
        for line in info.split(separator: "\n") where line.hasPrefix("MemTotal:") {
            let fields = line.split(separator: " ")
            if fields.count >= 2, let kB = Double(fields[1]) { return kB / 1024 / 1024 }
        }
        return nil
    }

    static var kernelRelease: String {
        var name = utsname()
        guard uname(&name) == 0 else { return "unknown" }
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
        }
        return "\(field(name.sysname)) \(field(name.release)) \(field(name.machine))"
    }

    static var loadAverage: String? {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// Now, as "2026-11-22 21:40 UTC".
    static var date: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: Date())
    }
}
