import Foundation

/// Maps data values to pixels along one axis, linearly or in log10, and picks round tick values.
struct AxisScale {
    let lower: Double
    let upper: Double
    let pixelStart: Double
    let pixelEnd: Double
    let logarithmic: Bool

    /// A scale covering `values` (non-finite values ignored), widened to round ticks.
    init(covering values: [Double], pixels: (Double, Double), logarithmic: Bool = false, padFraction: Double = 0) {
        let finite = values.filter { $0.isFinite && (!logarithmic || $0 > 0) }
        var lo = finite.min() ?? 0
        var hi = finite.max() ?? 1
        if logarithmic { lo = log10(lo); hi = log10(hi) }
        if hi - lo < 1e-12 { lo -= 1; hi += 1 }
        let pad = (hi - lo) * padFraction
        lo -= pad; hi += pad
        if logarithmic {
            lo = floor(lo); hi = ceil(hi)
        } else {
            let step = AxisScale.niceStep((hi - lo) / 5)
            lo = floor(lo / step) * step
            hi = ceil(hi / step) * step
        }
        lower = lo; upper = hi
        pixelStart = pixels.0; pixelEnd = pixels.1
        self.logarithmic = logarithmic
    }

    /// Pixel position of a data value.
    func callAsFunction(_ v: Double) -> Double {
        let t = logarithmic ? log10(Swift.max(v, 1e-300)) : v
        return pixelStart + (t - lower) / (upper - lower) * (pixelEnd - pixelStart)
    }

    /// Data value at a pixel position.
    func value(atPixel p: Double) -> Double {
        let t = lower + (p - pixelStart) / (pixelEnd - pixelStart) * (upper - lower)
        return logarithmic ? pow(10, t) : t
    }

    /// Round tick values inside the domain (about five of them).
    var ticks: [Double] {
        if logarithmic {
            let lo = Int(lower), hi = Int(upper)
            let every = Swift.max(1, (hi - lo + 5) / 6)
            return stride(from: lo, through: hi, by: every).map { pow(10, Double($0)) }
        }
        let step = AxisScale.niceStep((upper - lower) / 5)
        var out: [Double] = []
        var t = (lower / step).rounded(.up) * step
        while t <= upper + step * 1e-9 && out.count < 20 {
            out.append(Swift.abs(t) < step * 1e-9 ? 0 : t)
            t += step
        }
        return out
    }

    /// A tick's label. Log axes label every tick the same way, `1e-3`, `1e0`, `1e2` (mixing `0.001`
    /// with `1e-20` on one axis reads badly); the Vega-Lite spec uses the same ticks and labels
    /// (`Plot.logAxis`).
    func label(_ t: Double) -> String {
        logarithmic ? "1e\(Int(log10(t).rounded()))" : NumberFormat.short(t)
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let magnitude = pow(10, floor(log10(raw)))
        let f = raw / magnitude
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude
    }
}
