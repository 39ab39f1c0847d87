import Foundation
func softmax(_ xs: [Double]) -> [Double] {
    let m = xs.max()!
    let e = xs.map { exp($0 - m) }
    let s = e.reduce(0, +)
    return e.map { $0 / s }
}
let p = softmax([1, 2, 3])
print(p)
print(p.reduce(0, +))
