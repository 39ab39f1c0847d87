var x = 10
let readX = { x }
x = 20
print(readX())
var fs: [() -> Int] = []
for i in 0..<3 { fs.append { i * 10 } }
print(fs.map { $0() })
var total = 0
let add: (Int) -> Void = { total += $0 }
add(5); add(7)
print(total)
func makeAccumulators() -> (() -> Int, () -> Int) {
    var shared = 0
    return ({ shared += 1; return shared }, { shared })
}
let (inc, get) = makeAccumulators()
_ = inc(); _ = inc()
print(get())
let captured = { [x] in x * 2 }
x = 1
print(captured(), x)
