var counter = 0
var snapshots: [() -> Int] = []
for _ in 0..<3 {
    counter += 10
    snapshots.append { [counter] in counter }
}
print(snapshots.map { $0() }, counter)
