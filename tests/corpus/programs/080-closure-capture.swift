func makeAdder(_ n: Int) -> (Int) -> Int { { $0 + n } }
let add5 = makeAdder(5)
print(add5(10), makeAdder(-1)(1))
func makeCounter() -> () -> Int {
    var c = 0
    return { c += 1; return c }
}
let c1 = makeCounter(), c2 = makeCounter()
print(c1(), c1(), c2(), c1())
