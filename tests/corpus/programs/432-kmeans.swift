import Foundation
struct Point: Equatable { var x: Double, y: Double }
func dist2(_ a: Point, _ b: Point) -> Double { (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y) }
let points = [Point(x: 1, y: 1), Point(x: 1.5, y: 2), Point(x: 3, y: 4), Point(x: 5, y: 7), Point(x: 3.5, y: 5), Point(x: 4.5, y: 5), Point(x: 3.5, y: 4.5)]
var centroids = [points[0], points[3]]
for iteration in 1...5 {
    var clusters: [[Point]] = Array(repeating: [], count: centroids.count)
    for p in points {
        let nearest = centroids.indices.min { dist2(p, centroids[$0]) < dist2(p, centroids[$1]) }!
        clusters[nearest].append(p)
    }
    let updated = clusters.map { c -> Point in
        let n = Double(c.count)
        return Point(x: c.map(\.x).reduce(0, +) / n, y: c.map(\.y).reduce(0, +) / n)
    }
    if updated == centroids { print("converged at", iteration); break }
    centroids = updated
}
for c in centroids { print((c.x * 100).rounded() / 100, (c.y * 100).rounded() / 100) }
