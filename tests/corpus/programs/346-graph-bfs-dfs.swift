let edges = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (5, 6)]
var adj: [Int: [Int]] = [:]
for (a, b) in edges { adj[a, default: []].append(b); adj[b, default: []].append(a) }
func bfs(_ start: Int) -> [Int: Int] {
    var dist = [start: 0]
    var queue = [start]
    while !queue.isEmpty {
        let u = queue.removeFirst()
        for v in adj[u] ?? [] where dist[v] == nil { dist[v] = dist[u]! + 1; queue.append(v) }
    }
    return dist
}
let d = bfs(0)
print(d.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " "))
var seen = Set<Int>()
var order: [Int] = []
func dfs(_ u: Int) {
    seen.insert(u); order.append(u)
    for v in (adj[u] ?? []).sorted() where !seen.contains(v) { dfs(v) }
}
dfs(0)
print(order)
var components = 0
var visited = Set<Int>()
for node in adj.keys.sorted() where !visited.contains(node) {
    components += 1
    visited.formUnion(bfs(node).keys)
}
print(components)
