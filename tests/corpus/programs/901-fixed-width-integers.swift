// Fixed-width integers as learners use them: an LCG, FNV-1a hashing, bit tricks.
struct LCG {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state
    }
    mutating func nextDouble() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }
}
var rng = LCG(seed: 42)
for _ in 0..<5 { print(rng.nextDouble()) }
print(rng.state)
print(UInt64.max, UInt64.min, UInt32.max, Int32.min, UInt8.max, Int8.min, UInt.max, Int64.max)
var h: UInt64 = 0xcbf29ce484222325
for byte in "hello".utf8 {
    h ^= UInt64(byte)
    h = h &* 0x100000001b3
}
print(h, String(h, radix: 16))
let a: UInt8 = 200
let b: UInt8 = 100
print(a &+ b, a &- b, b &- a, a &* 2, a / 3, a % 7)
print(a & 0x0F, a | 1, a ^ 0xFF, ~a, a << 1, a >> 3, a &<< 9, a &>> 10)
let s: Int32 = -8
print(s >> 1, s << 2, ~s, s / 3, s % 3, -s, s.magnitude)
var x: UInt32 = 1
for _ in 0..<31 { x <<= 1 }
print(x, x << 1, x >> 31, x.leadingZeroBitCount, x.trailingZeroBitCount, x.nonzeroBitCount)
print(UInt64(truncatingIfNeeded: -1), Int(truncatingIfNeeded: UInt64.max), UInt8(truncatingIfNeeded: 300))
print(Int(bitPattern: UInt(UInt64.max)), UInt64(bitPattern: Int64(-2)), UInt8(clamping: 1000), Int8(clamping: -1000))
print(UInt8(exactly: 255) as Any, UInt8(exactly: 256) as Any, UInt16("65535") as Any, UInt16("65536") as Any)
print(Double(UInt64.max), Double(UInt32.max) / 2, Int(UInt32.max) + 1)
let xs: [UInt8] = [1, 2, 3]
print(xs, xs.reduce(0, &+), xs.map { $0 * 2 })
var counts: [UInt64: Int] = [:]
counts[UInt64(3), default: 0] += 1
counts[3, default: 0] += 1
print(counts, Set<UInt32>([1, 1, 2]).count)
print(a == 200, a < b, UInt64(5) > 3, a.isMultiple(of: 8), UInt16.bitWidth)
print("\(a) \(h % 1000) \([a, b])")
print(1 << 53, Int.max &+ 1, 5 &<< 65, -1 &>> 64)
let big: UInt64 = 18446744073709551615
print(big, big / 3, -9223372036854775808)
