func collatzLength(_ start: Int) -> Int {
    var n = start, len = 1
    while n != 1 { n = n % 2 == 0 ? n / 2 : 3 * n + 1; len += 1 }
    return len
}
var best = (n: 1, len: 1)
for n in 1..<1000 {
    let l = collatzLength(n)
    if l > best.len { best = (n, l) }
}
print(best.n, best.len)
