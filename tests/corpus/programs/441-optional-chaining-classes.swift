class Layer { var name: String; var next: Layer?; var weights: [Double]?
    init(_ n: String, weights: [Double]? = nil) { name = n; self.weights = weights } }
let l1 = Layer("in"), l2 = Layer("hidden", weights: [0.5, -0.5])
l1.next = l2
print(l1.next?.name ?? "none", l1.next?.next?.name ?? "none", l1.weights?.count as Any, l2.weights?.count as Any)
l1.next?.weights?.append(1)
l1.weights?.append(1)
print(l2.weights!, l1.weights as Any)
if let w = l1.next?.weights, let first = w.first { print("first weight", first) }
let total = l1.next?.weights?.reduce(0, +) ?? 0
print(total)
l1.next?.name = "renamed"
print(l2.name)
let maybeLayer: Layer? = nil
print(maybeLayer?.name.uppercased() as Any, maybeLayer?.weights?.first as Any)
