/// A one-line picture of a series for text output: `▇▆▄▃▂▂▁▁`.
enum Sparkline {
    static let bars = Array("▁▂▃▄▅▆▇█")

    /// At most `width` characters; each is the mean of its slice of the series.
    static func of(_ values: [Double], width: Int = 48) -> String {
        let finite = values.filter { $0.isFinite }
        guard let lo = finite.min(), let hi = finite.max(), !values.isEmpty else { return "" }
        let buckets = Swift.min(width, values.count)
        var out = ""
        for b in 0..<buckets {
            let slice = values[(b * values.count / buckets)..<Swift.max(b * values.count / buckets + 1, (b + 1) * values.count / buckets)]
            let good = slice.filter { $0.isFinite }
            guard !good.isEmpty else { out += " "; continue }
            let mean = good.reduce(0, +) / Double(good.count)
            let t = hi > lo ? (mean - lo) / (hi - lo) : 0.5
            out.append(bars[Swift.min(bars.count - 1, Swift.max(0, Int(t * Double(bars.count - 1) + 0.5)))])
        }
        return out
    }
}
