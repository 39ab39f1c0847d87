/// e^x for whole arrays (the array loops are the same function in C, Sources/CTensorKernels, built for
/// wider vectors than Swift's baseline; a test holds the two equal bit for bit), branch-free so the
/// compiler can vectorise the loop (libm's `exp` is a call
/// per element, and sigmoid on a lesson's 100×4 activations is mostly calls). Cody–Waite reduction
/// x = k·ln2 + r with |r| ≤ ln2/2, a degree-13 Taylor polynomial for e^r (truncation error below
/// 2e-16 relative), and 2^k built from its bits. Matches libm to a few ulp; overflows to +inf above
/// 709.78 and flushes to 0 below −708.39 (where libm returns subnormals).
enum FastExp {
    private static let log2e = 1.4426950408889634
    private static let ln2hi = 0.6931471803691238
    private static let ln2lo = 1.9082149292705877e-10
    /// 1.5·2⁵²: adding it rounds to an integer held in the low mantissa bits.
    private static let shifter = 6755399441055744.0

    @inline(__always) static func exp(_ x: Double) -> Double {
        let xc = Swift.min(Swift.max(x, -708.39), 709.78)
        let t = xc * log2e + shifter
        let k = t - shifter
        let r = (xc - k * ln2hi) - k * ln2lo
        var p = 1.0 / 6227020800.0
        p = p * r + 1.0 / 479001600.0
        p = p * r + 1.0 / 39916800.0
        p = p * r + 1.0 / 3628800.0
        p = p * r + 1.0 / 362880.0
        p = p * r + 1.0 / 40320.0
        p = p * r + 1.0 / 5040.0
        p = p * r + 1.0 / 720.0
        p = p * r + 1.0 / 120.0
        p = p * r + 1.0 / 24.0
        p = p * r + 1.0 / 6.0
        p = p * r + 0.5
        p = p * r + 1.0
        p = p * r + 1.0
        // 2^k from bits: the low 52 bits of t hold k + 2⁵¹. Split as 2^k1 · 2^k2 so both stay normal
        // numbers over the whole range (k runs from −1022 to 1024).
        let k0 = Int64(bitPattern: t.bitPattern & 0xF_FFFF_FFFF_FFFF) &- (1 << 51)
        let k1 = k0 >> 1, k2 = k0 &- k1
        let s1 = Double(bitPattern: UInt64(truncatingIfNeeded: k1 &+ 1023) << 52)
        let s2 = Double(bitPattern: UInt64(truncatingIfNeeded: k2 &+ 1023) << 52)
        var y = p * s1 * s2
        y = x > 709.78 ? .infinity : y
        y = x < -708.39 ? 0 : y
        return x.isNaN ? x : y
    }
}
