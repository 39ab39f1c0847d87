/// A computation graph drawn in text for terminals (jupyter console, `swiftgrad run`): one row per value
/// in the order the forward pass computes them, with how it was computed, data, grad and the values it
/// feeds into (the edges). Larger graphs keep the one-line summary: a table of hundreds of rows helps
/// nobody in a terminal.
enum GraphText {
    static let rowLimit = 40

    static func table(_ a: GraphAnalysis, showGrads: Bool) -> String? {
        guard a.count <= rowLimit else { return nil }
        var headers = ["value", "computed as", "data"]
        if showGrads { headers.append("grad") }
        headers.append("feeds into")
        var alignments: [TextTable.Alignment] = [.left, .left, .right]
        if showGrads { alignments.append(.right) }
        alignments.append(.left)
        var table = TextTable(headers: headers, alignments: alignments)
        for i in 0..<a.count {
            let node = a.nodes[i]
            var consumers: [String] = []
            for use in a.usesOf(i) where !consumers.contains(a.names[use.consumer]) { consumers.append(a.names[use.consumer]) }
            var row = [a.names[i], a.expression(i), NumberFormat.short(node.data)]
            if showGrads { row.append(node.gradComputed ? NumberFormat.short(node.grad) : "?") }
            row.append(i == a.rootIndex ? "(output)" : "→ " + consumers.joined(separator: ", "))
            table.add(row)
        }
        return table.plainText
    }
}
