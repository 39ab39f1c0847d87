func binarySearch(_ xs: [Int], _ target: Int) -> Int? {
    var lo = 0, hi = xs.count - 1
    while lo <= hi {
        let mid = (lo + hi) / 2
        if xs[mid] == target { return mid }
        if xs[mid] < target { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
}
let xs = Array(stride(from: 1, to: 100, by: 3))
print(binarySearch(xs, 40) ?? -1, binarySearch(xs, 41) ?? -1, binarySearch(xs, 1) ?? -1)
