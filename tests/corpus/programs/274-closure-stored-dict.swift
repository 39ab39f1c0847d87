let ops: [String: (Double, Double) -> Double] = [
    "+": { $0 + $1 }, "-": { $0 - $1 }, "*": (*), "/": { a, b in a / b },
]
for sym in ["+", "-", "*", "/"] { print(sym, ops[sym]!(7, 2)) }
var handlers: [() -> String] = []
for i in 1...3 { handlers.append { "handler \(i)" } }
print(handlers.map { $0() })
let activations: [(String, (Double) -> Double)] = [("relu", { max(0, $0) }), ("square", { $0 * $0 }), ("neg", { -$0 })]
for (name, f) in activations { print(name, f(-1.5), f(2)) }
