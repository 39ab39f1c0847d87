struct Stats {
    var samples: [Double] = [] { didSet { mean = samples.reduce(0, +) / Double(samples.count); print("old", oldValue.count) } }
    private(set) var mean = 0.0
}
var s = Stats()
s.samples.append(2)
s.samples.append(4)
s.samples += [6]
print(s.mean, s.samples)
final class Log {
    var lines: [String] = [] { willSet { print("will", newValue.count) } didSet { print("did", oldValue.count, lines.count) } }
}
let log = Log()
log.lines.append("a")
log.lines.append("b")
log.lines.removeFirst()
print(log.lines)
