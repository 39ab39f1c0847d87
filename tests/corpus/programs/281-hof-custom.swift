func myMap<T, U>(_ xs: [T], _ f: (T) -> U) -> [U] {
    var out: [U] = []
    for x in xs { out.append(f(x)) }
    return out
}
func myFilter<T>(_ xs: [T], _ keep: (T) -> Bool) -> [T] {
    var out: [T] = []
    for x in xs where keep(x) { out.append(x) }
    return out
}
func myReduce<T, A>(_ xs: [T], _ initial: A, _ f: (A, T) -> A) -> A {
    var acc = initial
    for x in xs { acc = f(acc, x) }
    return acc
}
let xs = Array(1...8)
print(myMap(xs) { $0 * $0 })
print(myFilter(xs) { $0 % 3 == 0 })
print(myReduce(xs, 0, +), myReduce(xs, "") { $0 + String($1) })
func iterate(_ f: (Double) -> Double, from x0: Double, until done: (Double, Double) -> Bool) -> Double {
    var x = x0
    while true { let nx = f(x); if done(x, nx) { return nx }; x = nx }
}
print(iterate({ ($0 + 2 / $0) / 2 }, from: 1) { abs($0 - $1) < 1e-12 })
