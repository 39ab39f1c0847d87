class Parameter {
    var value: Double {
        willSet { history.append(newValue) }
        didSet { if abs(value - oldValue) > 1 { print("big jump", oldValue, "->", value) } }
    }
    private(set) var history: [Double] = []
    init(_ v: Double) { value = v }
}
let p = Parameter(0)
p.value = 0.5
p.value = 3
p.value -= 0.25
print(p.history, p.value)
struct Stats {
    var samples: [Double] = [] { didSet { mean = samples.reduce(0, +) / Double(samples.count) } }
    private(set) var mean = 0.0
}
var s = Stats()
s.samples = [2]
s.samples = s.samples + [4, 6]
print(s.mean, s.samples)
