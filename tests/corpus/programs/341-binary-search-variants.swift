func lowerBound(_ xs: [Int], _ target: Int) -> Int {
    var lo = 0, hi = xs.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if xs[mid] < target { lo = mid + 1 } else { hi = mid }
    }
    return lo
}
let xs = [1, 3, 3, 3, 5, 8, 13]
for t in [0, 3, 4, 13, 20] { print(t, lowerBound(xs, t)) }
func sqrtInt(_ n: Int) -> Int {
    var lo = 0, hi = n
    while lo < hi {
        let mid = (lo + hi + 1) / 2
        if mid * mid <= n { lo = mid } else { hi = mid - 1 }
    }
    return lo
}
print([0, 1, 15, 16, 17, 1_000_000].map(sqrtInt))
