enum StepError: Error { case failed(Int) }
var log: [String] = []
func step(_ n: Int) throws {
    log.append("start \(n)")
    defer { log.append("end \(n)") }
    if n == 2 { throw StepError.failed(n) }
    log.append("work \(n)")
}
for n in 1...3 {
    do { try step(n) } catch { log.append("caught \(error)") }
}
print(log.joined(separator: "\n"))
func nested() {
    defer { print("outer defer") }
    do {
        defer { print("inner defer") }
        print("inside do")
    }
    print("after do")
}
nested()
