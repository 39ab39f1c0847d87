let raw = ["1", "two", "3", "4x", "5"]
print(raw.compactMap { Int($0) })
let opts: [Int?] = [1, nil, 3]
print(opts.compactMap { $0 })
print(raw.map { $0.count }.filter { $0 > 1 })
