// trap: InvalidRange
for n in [3, 1, 0] {
    let r = 1...n
    print(n, Array(r))
}
