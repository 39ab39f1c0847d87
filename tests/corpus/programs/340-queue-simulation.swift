var queue: [Int] = []
var served: [Int] = []
var clock = 0
let arrivals = [0, 1, 1, 3, 4, 4, 4, 8]
var next = 0
while next < arrivals.count || !queue.isEmpty {
    while next < arrivals.count && arrivals[next] == clock { queue.append(next); next += 1 }
    if !queue.isEmpty && clock % 2 == 0 { served.append(queue.removeFirst()) }
    clock += 1
}
print(served, clock)
