indirect enum Tree {
    case leaf(Int)
    case node(Tree, Tree)
    var sum: Int {
        switch self {
        case .leaf(let v): return v
        case let .node(l, r): return l.sum + r.sum
        }
    }
    var depth: Int {
        if case let .node(l, r) = self { return 1 + max(l.depth, r.depth) }
        return 0
    }
}
let t: Tree = .node(.node(.leaf(1), .leaf(2)), .leaf(3))
print(t.sum, t.depth)
final class TreeNode {
    var value: Int
    var children: [TreeNode] = []
    weak var parent: TreeNode?
    init(_ v: Int) { value = v }
    func add(_ c: TreeNode) { children.append(c); c.parent = self }
    func total() -> Int { value + children.map { $0.total() }.reduce(0, +) }
}
let root = TreeNode(1)
let kid = TreeNode(2)
root.add(kid); kid.add(TreeNode(3)); root.add(TreeNode(4))
print(root.total(), kid.parent?.value as Any, root.parent == nil, root.children.map(\.value))
