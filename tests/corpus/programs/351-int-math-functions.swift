func isPowerOfTwo(_ n: Int) -> Bool { n > 0 && n & (n - 1) == 0 }
print((0...17).filter(isPowerOfTwo))
print(17 & 5, 17 | 5, 17 ^ 5, ~17, 1 << 10, 1024 >> 3, -16 >> 2)
print(Int.max.nonzeroBitCount, (255 as Int).leadingZeroBitCount)
func popcount(_ n: Int) -> Int { var n = n, c = 0; while n != 0 { c += n & 1; n >>= 1 }; return c }
print((0..<10).map(popcount))
print(7.isMultiple(of: 7), 0.isMultiple(of: 3), (-9).isMultiple(of: 3))
print(min(3, -2, 7), max(2.5, 1), abs(-9), (-9).magnitude)
