let temps = ["Mon": 21.5, "Tue": 19.0, "Wed": 23.25, "Thu": 18.5]
for (day, t) in temps.sorted(by: { $0.value > $1.value }) { print(day, t) }
for key in temps.keys.sorted() { print(key, terminator: " ") }
print()
let warm = temps.filter { $0.value > 20 }.map { $0.key }.sorted()
print(warm)
let mean = temps.values.reduce(0, +) / Double(temps.count)
print(mean)
if let coldest = temps.min(by: { $0.value < $1.value }) { print(coldest.key) }
