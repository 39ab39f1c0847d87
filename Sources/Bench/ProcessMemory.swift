import Foundation

/// This process's memory as Linux reports it in /proc/self/status.
enum ProcessMemory {
    /// Current resident set size in bytes (VmRSS), nil where /proc is unavailable.
    static var residentBytes: Int? { statusField("VmRSS") }

    /// Peak resident set size in bytes since start (VmHWM), falling back to getrusage's maximum.
    static var peakResidentBytes: Int? {
        if let hwm = statusField("VmHWM") { return hwm }
        guard let usage = resourceUsage(ofChildren: false) else { return nil }
        return Int(usage.ru_maxrss) * 1024   // kilobytes on Linux
    }

    /// getrusage for this process, or for its reaped children.
    static func resourceUsage(ofChildren children: Bool) -> rusage? {
        var usage = rusage()
        #if os(Linux)
        let who = __rusage_who_t(children ? RUSAGE_CHILDREN.rawValue : RUSAGE_SELF.rawValue)
        #else
        let who = children ? RUSAGE_CHILDREN : RUSAGE_SELF
        #endif
        return getrusage(who, &usage) == 0 ? usage : nil
    }

    /// A `Name:   1234 kB` line of /proc/self/status, in bytes.
    private static func statusField(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.count >= 2, let kB = Int(fields[1]) { return kB * 1024 }
        }
        return nil
    }
}
