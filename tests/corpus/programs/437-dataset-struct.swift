struct Sample { let features: [Double]; let label: Int }
struct Dataset {
    private(set) var samples: [Sample] = []
    mutating func add(_ f: [Double], _ l: Int) { samples.append(Sample(features: f, label: l)) }
    var count: Int { samples.count }
    func batches(of size: Int) -> [[Sample]] {
        stride(from: 0, to: samples.count, by: size).map { Array(samples[$0..<min($0 + size, samples.count)]) }
    }
    func labelCounts() -> [Int: Int] { samples.reduce(into: [:]) { $0[$1.label, default: 0] += 1 } }
    func normalized() -> Dataset {
        let dims = samples[0].features.count
        var mins = Array(repeating: Double.infinity, count: dims), maxs = Array(repeating: -Double.infinity, count: dims)
        for s in samples { for j in 0..<dims { mins[j] = min(mins[j], s.features[j]); maxs[j] = max(maxs[j], s.features[j]) } }
        var out = Dataset()
        for s in samples { out.add((0..<dims).map { (s.features[$0] - mins[$0]) / (maxs[$0] - mins[$0]) }, s.label) }
        return out
    }
}
var ds = Dataset()
ds.add([1, 10], 0); ds.add([2, 20], 1); ds.add([3, 40], 1); ds.add([5, 30], 0); ds.add([4, 0], 1)
print(ds.count, ds.batches(of: 2).map { $0.count }, ds.labelCounts()[1]!)
print(ds.normalized().samples.map { $0.features })
