func outer(_ n: Int) -> Int {
    var calls = 0
    func helper(_ k: Int) -> Int {
        calls += 1
        return k <= 0 ? 0 : k + helper(k - 1)
    }
    let r = helper(n)
    return r * 100 + calls
}
print(outer(4))
