indirect enum Tree {
    case leaf(Int)
    case node(Tree, Tree)
}
func total(_ t: Tree) -> Int {
    switch t {
    case .leaf(let v): return v
    case let .node(l, r): return total(l) + total(r)
    }
}
func depth(_ t: Tree) -> Int {
    switch t {
    case .leaf: return 1
    case let .node(l, r): return 1 + max(depth(l), depth(r))
    }
}
let tree = Tree.node(.leaf(1), .node(.leaf(2), .leaf(3)))
print(total(tree), depth(tree))
