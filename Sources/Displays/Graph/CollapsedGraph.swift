import Autodiff

/// A big graph drawn as boxes: every neuron (or, when that is still too many, every layer) becomes
/// one box, values outside any neuron stay as they are, and the title says what was collapsed.
/// When even that exceeds the budget, the remaining inputs and operations are summarised in one box each.
struct CollapsedGraph {
    let dot: String
    let summary: String

    private enum Level { case neuron, layer, everything }

    init(_ a: GraphAnalysis, options: GraphOptions) {
        let neuronOf = CollapsedGraph.neuronGroups(a)
        var level = Level.neuron
        var units = CollapsedGraph.units(a, neuronOf, level)
        if units.names.count > options.nodeBudget { level = .layer; units = CollapsedGraph.units(a, neuronOf, level) }
        if units.names.count > options.nodeBudget { level = .everything; units = CollapsedGraph.units(a, neuronOf, level) }

        let boxes = units.isSingle.filter { !$0 }.count
        let collapsed = zip(units.members, units.isSingle).filter { !$0.1 }.reduce(0) { $0 + $1.0 }
        let what: String
        switch level {
        case .neuron: what = "neuron"
        case .layer: what = "layer"
        case .everything: what = "group"
        }
        let title = "\(NumberFormat.count(a.count)) values (node budget \(options.nodeBudget)): "
            + "\(NumberFormat.count(collapsed)) collapsed into \(boxes) \(what) boxes"
        summary = "Computation graph of \(a.rootName) = \(NumberFormat.short(a.nodes[a.rootIndex].data)), " + title
        dot = CollapsedGraph.write(a, units, options: options, title: title)
    }

    /// The neuron group of each node: its own, or for a parameter the group of its only consumer
    /// (weights and biases are leaves, so the engine does not tag them).
    private static func neuronGroups(_ a: GraphAnalysis) -> [String?] {
        var groups = a.nodes.map { $0.group }
        for i in 0..<a.count where groups[i] == nil && a.nodes[i].isLeaf && a.nodes[i].role == .parameter {
            var shared: String?
            var consistent = true
            for use in a.usesOf(i) {
                guard let g = groups[use.consumer] ?? a.nodes[use.consumer].group else { consistent = false; break }
                if shared == nil { shared = g } else if shared != g { consistent = false; break }
            }
            if consistent { groups[i] = shared }
        }
        return groups
    }

    /// "layer 2" from "layer 2 · neuron 3".
    private static func layerName(_ group: String) -> String {
        group.components(separatedBy: " · ").first ?? group
    }

    private struct Units {
        var unitOf: [Int] = []
        var names: [String] = []
        var members: [Int] = []
        var representative: [Int] = []   // a node of the unit, for single-node units
        var layerOf: [String?] = []      // the layer cluster a neuron box is drawn in
        var isSingle: [Bool] = []        // a value drawn as itself, not a box
    }

    private static func units(_ a: GraphAnalysis, _ neuronOf: [String?], _ level: Level) -> Units {
        var u = Units()
        u.unitOf.reserveCapacity(a.count)
        var byName: [String: Int] = [:]
        func unit(_ name: String, _ node: Int, layer: String?, single: Bool = false) -> Int {
            if !single, let k = byName[name] { u.members[k] += 1; return k }
            if !single { byName[name] = u.names.count }
            u.names.append(name); u.members.append(1); u.representative.append(node); u.layerOf.append(layer)
            u.isSingle.append(single)
            return u.names.count - 1
        }
        for i in 0..<a.count {
            let node = a.nodes[i]
            if let g = neuronOf[i] {
                switch level {
                case .neuron: u.unitOf.append(unit(g, i, layer: layerName(g)))
                case .layer, .everything: u.unitOf.append(unit(layerName(g), i, layer: nil))
                }
            } else if level == .everything && i != a.rootIndex {
                u.unitOf.append(unit(node.isLeaf ? "inputs" : "other operations", i, layer: nil))
            } else {
                u.unitOf.append(unit(a.names[i], i, layer: nil, single: true))
            }
        }
        return u
    }

    private static func write(_ a: GraphAnalysis, _ u: Units, options: GraphOptions, title: String) -> String {
        var out = GraphStyle.header(rankdir: options.rankdir, title: title)
        // Boxes are fully connected layer to layer: straight lines read better than a bundle of curves.
        out += "  graph [splines=line, ranksep=1.6];\n"
        let chain = ChainRule(analysis: a)
        var clusters: [String: [Int]] = [:]
        var clusterOrder: [String] = []
        for k in 0..<u.names.count {
            if let layer = u.layerOf[k] {
                if clusters[layer] == nil { clusterOrder.append(layer) }
                clusters[layer, default: []].append(k)
            }
        }
        func box(_ k: Int) -> String {
            let i = u.representative[k]
            if u.isSingle[k] {
                let node = a.nodes[i]
                var fields = Escape.dotRecordField(a.names[i]) + " | data " + NumberFormat.fixed4(node.data)
                if options.showGrads {
                    fields += node.gradComputed ? " | grad " + NumberFormat.fixed4(node.grad) : " | grad ?"
                }
                let label = options.rankdir == "LR" ? "{ \(fields) }" : fields
                return "u\(k) [shape=record, style=filled, fillcolor=\"\(GraphStyle.fill(a.kind(i)))\", label=\"\(label)\", tooltip=\"\(Escape.dotString(ComputationGraph.tooltip(a, chain, i)))\"];\n"
            }
            let text = "\(u.names[k])\n\(NumberFormat.count(u.members[k])) values"
            return "u\(k) [shape=box, style=\"rounded,filled\", fillcolor=\"#eef3fa\", label=\"\(Escape.dotString(text))\"];\n"
        }
        for (c, layer) in clusterOrder.enumerated() {
            out += "  subgraph cluster_\(c) {\n    label=\"\(Escape.dotString(layer))\"; style=\"rounded,dashed\"; color=\"\(GraphStyle.muted)\";\n"
            for k in clusters[layer] ?? [] { out += "    " + box(k) }
            out += "  }\n"
        }
        for k in 0..<u.names.count where u.layerOf[k] == nil { out += "  " + box(k) }
        // One edge per pair of connected units, in first-seen order.
        var seen = Set<Int64>()
        for i in 0..<a.count {
            let to = u.unitOf[i]
            for p in a.operandIndices(of: i) {
                let from = u.unitOf[p]
                guard from != to else { continue }
                if seen.insert(Int64(from) << 32 | Int64(to)).inserted { out += "  u\(from) -> u\(to);\n" }
            }
        }
        out += "}\n"
        return out
    }
}
