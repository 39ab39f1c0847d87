let xs = Array(1...10)
let chunks = stride(from: 0, to: xs.count, by: 3).map { Array(xs[$0..<min($0 + 3, xs.count)]) }
print(chunks)
let windows = (0...(xs.count - 3)).map { xs[$0..<$0 + 3].reduce(0, +) }
print(windows)
let pairs = zip(xs, xs.dropFirst()).map { $1 - $0 }
print(pairs)
let moving = (0..<xs.count - 1).map { Double(xs[$0] + xs[$0 + 1]) / 2 }
print(moving)
