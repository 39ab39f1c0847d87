import Foundation

/// How numbers read in displays. Formatting is hand-rolled for the common range because
/// `String(format:)` is slow on Linux and a 100k-node graph formats several numbers per node.
enum NumberFormat {
    /// Fixed four decimals, as micrograd's `draw_dot` shows them: `2.0000`, `-0.3000`.
    static func fixed4(_ x: Double) -> String {
        guard x.isFinite else { return nonFinite(x) }
        return fixed(x, decimals: 4, trimZeros: false)
    }

    /// Short form for arithmetic in sentences: `42`, `0.78`, `-2.6`, `1.5e-07`. Whole numbers print
    /// without decimals; others keep at most four decimals (trailing zeros dropped), tiny and huge
    /// magnitudes use scientific notation.
    static func short(_ x: Double) -> String {
        guard x.isFinite else { return nonFinite(x) }
        if x == 0 { return "0" }
        let a = Swift.abs(x)
        if x == x.rounded() && a < 1e15 { return String(Int64(x)) }
        if a < 1e-3 || a >= 1e7 { return String(format: "%.3g", x) }
        return fixed(x, decimals: 4, trimZeros: true)
    }

    /// `x` with `decimals` digits after the point, rounded half away from zero.
    static func fixed(_ x: Double, decimals: Int, trimZeros: Bool) -> String {
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (Swift.abs(x) * Double(scale)).rounded()
        guard scaled < 9e15 else { return String(format: "%.\(decimals)f", x) }
        let r = Int64(scaled)
        var out = (x < 0 && r != 0) ? "-" : ""
        out += String(r / scale)
        guard decimals > 0 else { return out }
        var frac = String(r % scale)
        if frac.count < decimals { frac = String(repeating: "0", count: decimals - frac.count) + frac }
        if trimZeros {
            while frac.hasSuffix("0") { frac.removeLast() }
            if frac.isEmpty { return out }
        }
        return out + "." + frac
    }

    /// Thousands separators for counts: `12,345`.
    static func count(_ n: Int) -> String {
        let digits = String(Swift.abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    private static func nonFinite(_ x: Double) -> String {
        x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf")
    }
}
