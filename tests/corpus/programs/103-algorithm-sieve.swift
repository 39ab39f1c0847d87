func primes(upTo n: Int) -> [Int] {
    var isPrime = Array(repeating: true, count: n + 1)
    isPrime[0] = false; isPrime[1] = false
    var i = 2
    while i * i <= n {
        if isPrime[i] {
            var j = i * i
            while j <= n { isPrime[j] = false; j += i }
        }
        i += 1
    }
    return (0...n).filter { isPrime[$0] }
}
print(primes(upTo: 50))
print(primes(upTo: 1000).count)
