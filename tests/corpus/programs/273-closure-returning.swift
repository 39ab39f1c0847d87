func makeCounter(start: Int = 0, step: Int = 1) -> () -> Int {
    var n = start
    return { n += step; return n }
}
let a = makeCounter()
let b = makeCounter(start: 10, step: 5)
print(a(), a(), b(), a(), b())
func multiplier(_ k: Double) -> (Double) -> Double { { $0 * k } }
let double = multiplier(2), half = multiplier(0.5)
print(double(21), half(3), [1.0, 2.0].map(double))
func adder(_ a: Int) -> (Int) -> (Int) -> Int { { b in { c in a + b + c } } }
print(adder(1)(2)(3))
