func quicksort(_ a: [Int]) -> [Int] {
    guard a.count > 1 else { return a }
    let pivot = a[a.count / 2]
    return quicksort(a.filter { $0 < pivot }) + a.filter { $0 == pivot } + quicksort(a.filter { $0 > pivot })
}
print(quicksort([3, 6, 1, 8, 2, 9, 2, 7]))
