import Foundation

/// Number formatting for the results tables.
enum Format {
    /// A duration in seconds with an adaptive unit: "850 ns", "12.3 µs", "1.70 ms", "0.998 s".
    static func seconds(_ s: Double) -> String {
        if !s.isFinite { return "\(s)" }
        if s < 1e-6 { return String(format: "%.0f ns", s * 1e9) }
        if s < 1e-3 { return String(format: "%.1f µs", s * 1e6) }
        if s < 1 { return String(format: "%.2f ms", s * 1e3) }
        return String(format: "%.3f s", s)
    }

    /// Nanoseconds with one decimal under 100: "23.4 ns", "1,975 ns".
    static func nanoseconds(_ ns: Double) -> String {
        ns < 100 ? String(format: "%.1f ns", ns) : "\(grouped(ns)) ns"
    }

    static func mebibytes(_ m: Double) -> String { String(format: "%.1f MiB", m) }

    static func bytes(_ b: Double) -> String { b < 100 ? String(format: "%.1f B", b) : "\(grouped(b)) B" }

    /// A ratio: "1.6×", "73×", "1,204×".
    static func factor(_ f: Double) -> String {
        if !f.isFinite { return "\(f)" }
        return f < 10 ? String(format: "%.1f×", f) : "\(grouped(f))×"
    }

    /// A rounded integer with thousands separators.
    static func grouped(_ x: Double) -> String {
        guard x.isFinite, abs(x) < 1e15 else { return "\(x)" }
        let digits = String(Int(x.rounded()).magnitude)
        var out = ""
        for (i, ch) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (x < 0 ? "-" : "") + String(out.reversed())
    }
}
