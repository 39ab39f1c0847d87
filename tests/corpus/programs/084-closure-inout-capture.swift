var log: [String] = []
func record(_ s: String) { log.append(s) }
let actions: [() -> Void] = [{ record("a") }, { record("b") }]
for a in actions { a() }
actions[0]()
print(log)
