func largest<T: Comparable>(_ xs: [T]) -> T {
    var best = xs[0]
    for x in xs where x > best { best = x }
    return best
}
print(largest([3, 7, 2]), largest(["pear", "apple"]), largest([1.5, -2.0]))
func swapped<A, B>(_ p: (A, B)) -> (B, A) { (p.1, p.0) }
print(swapped((1, "x")))
