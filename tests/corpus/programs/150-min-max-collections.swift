let xs = [3.5, -1.0, 7.25, 2.0]
print(xs.min()!, xs.max()!)
print(xs.firstIndex(of: xs.max()!)!)
print(xs.sorted().first!, xs.sorted().last!)
let words = ["kiwi", "fig", "banana"]
print(words.max { $0.count < $1.count }!, words.min { $0.count < $1.count }!)
