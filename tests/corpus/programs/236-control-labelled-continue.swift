var primes: [Int] = []
candidates: for n in 2...30 {
    for p in primes where p * p <= n {
        if n % p == 0 { continue candidates }
    }
    primes.append(n)
}
print(primes)
var found = (0, 0)
search: for i in 1...9 {
    for j in 1...9 where i * j == 42 {
        found = (i, j)
        break search
    }
}
print(found)
var count = 0
outer: while true {
    while true {
        count += 1
        if count > 3 { break outer }
    }
}
print(count)
