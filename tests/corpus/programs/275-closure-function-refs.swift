func square(_ x: Int) -> Int { x * x }
func isEven(_ x: Int) -> Bool { x % 2 == 0 }
let f = square
print(f(5), [1, 2, 3].map(square), (1...6).filter(isEven))
print([3, 1, 2].sorted(by: <), [3, 1, 2].sorted(by: >), [1, 2, 3].reduce(1, *))
let compose: (@escaping (Int) -> Int, @escaping (Int) -> Int) -> (Int) -> Int = { g, h in { h(g($0)) } }
let sqThenInc = compose(square) { $0 + 1 }
print(sqThenInc(3))
print(["1", "2", "x"].compactMap(Int.init), [1, 2].map(String.init))
let max2: (Int, Int) -> Int = max
print(max2(4, 9))
