let scores = ["carol": 88, "alice": 95, "bob": 72]
for key in scores.keys.sorted() {
    print(key, scores[key]!)
}
for (k, v) in scores.sorted(by: { $0.key < $1.key }) { print(k, v) }
print(scores.values.sorted())
