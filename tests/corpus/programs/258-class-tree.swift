class TreeNode {
    var value: Int
    var left: TreeNode?
    var right: TreeNode?
    init(_ v: Int) { value = v }
    func insert(_ v: Int) {
        if v < value {
            if let l = left { l.insert(v) } else { left = TreeNode(v) }
        } else {
            if let r = right { r.insert(v) } else { right = TreeNode(v) }
        }
    }
    func inorder() -> [Int] { (left?.inorder() ?? []) + [value] + (right?.inorder() ?? []) }
    var height: Int { 1 + max(left?.height ?? 0, right?.height ?? 0) }
    func contains(_ v: Int) -> Bool {
        if v == value { return true }
        return (v < value ? left : right)?.contains(v) ?? false
    }
}
let root = TreeNode(50)
for v in [30, 70, 20, 40, 60, 80, 35] { root.insert(v) }
print(root.inorder(), root.height, root.contains(35), root.contains(36))
