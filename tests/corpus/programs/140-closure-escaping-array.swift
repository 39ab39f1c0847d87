var handlers: [(Int) -> String] = []
func register(_ h: @escaping (Int) -> String) { handlers.append(h) }
register { "a\($0)" }
register { n in String(repeating: "b", count: n) }
print(handlers.map { $0(3) })
