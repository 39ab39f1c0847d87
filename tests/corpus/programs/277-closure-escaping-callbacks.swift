class EventBus {
    var listeners: [String: [(Int) -> Void]] = [:]
    func on(_ name: String, _ f: @escaping (Int) -> Void) { listeners[name, default: []].append(f) }
    func emit(_ name: String, _ value: Int) { for f in listeners[name] ?? [] { f(value) } }
}
let bus = EventBus()
var log: [String] = []
bus.on("loss") { log.append("a:\($0)") }
bus.on("loss") { v in log.append("b:\(v * 2)") }
bus.on("step") { _ in log.append("step") }
bus.emit("loss", 3)
bus.emit("step", 0)
bus.emit("none", 1)
print(log)
func runLater(_ work: @escaping () -> Void) -> () -> Void { { print("running"); work() } }
let job = runLater { print("done") }
job()
