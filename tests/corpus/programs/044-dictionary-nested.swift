var graph: [Int: [Int]] = [:]
for (a, b) in [(1, 2), (1, 3), (2, 3)] {
    graph[a, default: []].append(b)
}
print(graph[1]!, graph[2]!, graph[3] == nil)
print(graph.count, graph.isEmpty)
