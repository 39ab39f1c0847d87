func lcs(_ a: String, _ b: String) -> Int {
    let x = Array(a), y = Array(b)
    var dp = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 1...x.count { for j in 1...y.count {
        dp[i][j] = x[i - 1] == y[j - 1] ? dp[i - 1][j - 1] + 1 : max(dp[i - 1][j], dp[i][j - 1])
    } }
    return dp[x.count][y.count]
}
print(lcs("ABCBDAB", "BDCABA"), lcs("gradient", "descent"))
func coinChange(_ coins: [Int], _ amount: Int) -> Int {
    var best = [0] + Array(repeating: Int.max, count: amount)
    for a in 1...amount { for c in coins where c <= a && best[a - c] != Int.max { best[a] = min(best[a], best[a - c] + 1) } }
    return best[amount] == Int.max ? -1 : best[amount]
}
print(coinChange([1, 5, 10, 25], 63), coinChange([2], 3), coinChange([3, 7], 20))
func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a), y = Array(b)
    var prev = Array(0...y.count)
    for i in 1...x.count {
        var cur = [i] + Array(repeating: 0, count: y.count)
        for j in 1...y.count { cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)) }
        prev = cur
    }
    return prev[y.count]
}
print(editDistance("kitten", "sitting"), editDistance("flaw", "lawn"))
