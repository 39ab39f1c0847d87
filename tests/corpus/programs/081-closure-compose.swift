func compose(_ f: @escaping (Double) -> Double, _ g: @escaping (Double) -> Double) -> (Double) -> Double {
    return { x in f(g(x)) }
}
let square = { (x: Double) in x * x }
let inc = { (x: Double) in x + 1 }
print(compose(square, inc)(3), compose(inc, square)(3))
let fs: [(Double) -> Double] = [square, inc, compose(square, square)]
print(fs.map { $0(2) })
