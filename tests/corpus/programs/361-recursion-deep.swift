func sumTo(_ n: Int) -> Int { n == 0 ? 0 : n + sumTo(n - 1) }
print(sumTo(5000))
func countDown(_ n: Int, _ acc: [Int]) -> [Int] { n == 0 ? acc : countDown(n - 1, acc + [n]) }
print(countDown(5, []))
func depthOf(_ xs: [Int], _ i: Int = 0) -> Int { i >= xs.count ? 0 : 1 + depthOf(xs, i + 1) }
print(depthOf(Array(repeating: 1, count: 3000)))
