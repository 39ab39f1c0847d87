func mergeSort(_ xs: [Int]) -> [Int] {
    guard xs.count > 1 else { return xs }
    let mid = xs.count / 2
    let l = mergeSort(Array(xs[..<mid])), r = mergeSort(Array(xs[mid...]))
    var out: [Int] = []
    var i = 0, j = 0
    while i < l.count && j < r.count {
        if l[i] <= r[j] { out.append(l[i]); i += 1 } else { out.append(r[j]); j += 1 }
    }
    return out + l[i...] + r[j...]
}
print(mergeSort([38, 27, 43, 3, 9, 82, 10]))
print(mergeSort([]), mergeSort([1]), mergeSort([2, 1, 2, 1]))
func nQueens(_ n: Int) -> Int {
    var cols = Set<Int>(), d1 = Set<Int>(), d2 = Set<Int>()
    func place(_ r: Int) -> Int {
        if r == n { return 1 }
        var count = 0
        for c in 0..<n where !cols.contains(c) && !d1.contains(r + c) && !d2.contains(r - c) {
            cols.insert(c); d1.insert(r + c); d2.insert(r - c)
            count += place(r + 1)
            cols.remove(c); d1.remove(r + c); d2.remove(r - c)
        }
        return count
    }
    return place(0)
}
print((4...7).map(nQueens))
