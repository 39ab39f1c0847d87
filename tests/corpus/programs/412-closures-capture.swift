func makeCounter(step: Int = 1) -> () -> Int {
    var count = 0
    return { count += step; return count }
}
let c1 = makeCounter(), c2 = makeCounter(step: 10)
print(c1(), c1(), c2(), c1(), c2())
func makeScheduler(initial: Double, decay: Double) -> (Int) -> Double {
    return { epoch in initial * pow(decay, Double(epoch)) }
}
func pow(_ b: Double, _ e: Double) -> Double { var r = 1.0; for _ in 0..<Int(e) { r *= b }; return r }
let sched = makeScheduler(initial: 0.1, decay: 0.5)
print((0..<4).map(sched))
var handlers: [String: (Double) -> Double] = [:]
handlers["double"] = { $0 * 2 }
handlers["neg"] = { -$0 }
print(handlers["double"]!(4), handlers["neg"]?(3) as Any, handlers["none"]?(1) as Any)
var log: [String] = []
func record(_ f: @escaping () -> Void) -> () -> Void { return { log.append("before"); f(); log.append("after") } }
let job = record { log.append("work") }
job(); job()
print(log)
let compose = { (f: @escaping (Double) -> Double, g: @escaping (Double) -> Double) in { (x: Double) in g(f(x)) } }
let h = compose({ $0 + 1 }, { $0 * 10 })
print(h(1))
var x = 10
let capture = { [x] in x * 2 }
x = 100
print(capture(), x)
