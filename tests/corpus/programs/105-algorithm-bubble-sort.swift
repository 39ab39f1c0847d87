func bubble(_ input: [Int]) -> [Int] {
    var a = input
    for i in 0..<a.count {
        for j in 0..<(a.count - 1 - i) where a[j] > a[j + 1] {
            a.swapAt(j, j + 1)
        }
    }
    return a
}
print(bubble([5, 2, 9, 1, 5, 6]), bubble([]), bubble([1]))
