import Foundation

/// The one seeded random generator of the package: xoshiro256** seeded through SplitMix64, so a seed
/// gives the same weights, data sets and shuffles on every machine. Normal samples use Box–Muller.
/// `RandomSource.shared` is what the engine's nn initialisation, data sets and `train` draw from (and,
/// through the bindings, the language's `shuffled()`, `Int.random(in:)`, ...). The language without
/// the engine draws from a SplitMix64 stream of its own per interpreter (`RandomSource.splitMix64`).
public final class RandomSource: RandomNumberGenerator {
    /// The generator used by the engine (seeded with 0 until `seed(_:)` is called). Not locked: a kernel
    /// runs its cells one at a time on one thread, and a lock per draw would cost more than the
    /// draw. It holds only integers, so two interpreters drawing at once (tests) interleave their
    /// draws rather than crash. (Swift 6 mode asks for this to be said.)
    nonisolated(unsafe) public static let shared = RandomSource(seed: 0)

    private var state: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// Box–Muller yields pairs; the second one waits here.
    private var spareNormal: Double?

    public init(seed: UInt64) { self.seed(seed) }

    /// Restarts the sequence: the same seed gives the same draws afterwards.
    public func seed(_ n: UInt64) {
        var s = n
        state = (RandomSource.splitMix64(&s), RandomSource.splitMix64(&s),
                 RandomSource.splitMix64(&s), RandomSource.splitMix64(&s))
        spareNormal = nil
    }

    /// One SplitMix64 step on `x`: the seeding of xoshiro, and on its own a small seeded generator.
    public static func splitMix64(_ x: inout UInt64) -> UInt64 {
        x &+= 0x9E37_79B9_7F4A_7C15
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// The next 64 random bits (xoshiro256**).
    public func next() -> UInt64 {
        let result = RandomSource.rotl(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = RandomSource.rotl(state.3, 45)
        return result
    }

    /// Uniform in [0, 1) with 53 random bits.
    public func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform in the range (the upper bound itself has probability zero).
    public func uniform(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * unit()
    }

    /// Standard normal (mean 0, standard deviation 1).
    public func normal() -> Double {
        if let spare = spareNormal { spareNormal = nil; return spare }
        var u1 = unit()
        while u1 <= 0 { u1 = unit() }
        let u2 = unit()
        let r = (-2 * Foundation.log(u1)).squareRoot()
        spareNormal = r * Foundation.sin(2 * Double.pi * u2)
        return r * Foundation.cos(2 * Double.pi * u2)
    }

    /// Normal with the given mean and standard deviation.
    public func normal(mean: Double, std: Double) -> Double { mean + std * normal() }

    /// A uniformly chosen integer in the range; the lower bound for an empty range (never traps).
    public func int(in range: Range<Int>) -> Int {
        guard range.count > 1 else { return range.lowerBound }
        let n = UInt64(range.count)
        // Rejection sampling: drop the incomplete top block so every value is equally likely.
        let limit = UInt64.max - UInt64.max % n
        var x = next()
        while x >= limit { x = next() }
        return range.lowerBound + Int(x % n)
    }

    /// Fisher–Yates shuffle in place.
    public func shuffle<T>(_ a: inout [T]) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            let j = int(in: 0..<(i + 1))
            if i != j { a.swapAt(i, j) }
        }
    }

    /// A shuffled copy.
    public func shuffled<T>(_ a: [T]) -> [T] {
        var copy = a
        shuffle(&copy)
        return copy
    }
}
