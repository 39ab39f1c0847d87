import Foundation
func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).map(*).reduce(0, +) }
func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }
func cosine(_ a: [Double], _ b: [Double]) -> Double { dot(a, b) / (norm(a) * norm(b)) }
let u = [1.0, 2.0, 2.0], v = [2.0, 0.0, 1.0]
print(dot(u, v), norm(u), cosine(u, v))
let add = zip(u, v).map(+), scaled = u.map { $0 * 0.5 }
print(add, scaled)
let unit = u.map { $0 / norm(u) }
print(unit, norm(unit))
func cross(_ a: [Double], _ b: [Double]) -> [Double] {
    [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
}
print(cross(u, v), dot(cross(u, v), u))
