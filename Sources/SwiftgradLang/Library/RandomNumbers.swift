import SeededRandom

/// The language's random numbers. Each interpreter draws from its own stream (`Runtime.randomBits`),
/// so two interpreters in one process never see each other's draws: by default a SplitMix64 stream
/// starting at the same state in every interpreter; the bindings route it to the engine's seeded
/// generator (`Interpreter.randomBits`), so one `seed(n)` governs everything.
extension Runtime {
    /// A fresh SplitMix64 stream.
    static func splitMixStream() -> () -> UInt64 {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return { RandomSource.splitMix64(&state) }
    }

    /// Uniform in [0, 1) with 53 random bits.
    func randomDouble() -> Double { Double(randomBits() >> 11) / Double(1 << 53) }

    /// Uniform in 0..<n (0 when n ≤ 0).
    func randomInt(below n: Int) -> Int { n <= 0 ? 0 : Int(randomBits() % UInt64(n)) }

    /// Fisher–Yates, last element first.
    func shuffle(_ a: inout [Value]) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, randomInt(below: i + 1)) }
    }
}
