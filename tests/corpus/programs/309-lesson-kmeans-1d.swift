let points: [Double] = [1.0, 1.5, 2.0, 8.0, 8.5, 9.0, 20.0, 21.0]
var centers: [Double] = [0.0, 10.0, 30.0]
for iter in 0..<5 {
    var groups = [[Double]](repeating: [], count: centers.count)
    for p in points {
        let k = centers.indices.min { abs(centers[$0] - p) < abs(centers[$1] - p) }!
        groups[k].append(p)
    }
    let new = groups.enumerated().map { $1.isEmpty ? centers[$0] : $1.reduce(0, +) / Double($1.count) }
    print(iter, new)
    if new == centers { break }
    centers = new
}
