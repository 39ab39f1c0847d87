/// Rarely used per-node data kept out of line so that an ordinary node stays small:
/// the label, the nn group, and for custom n-ary operations their name, operands and local derivatives.
@usableFromInline
internal final class ValueExtras {
    var label: String = ""
    var group: String?
    var customName: String = ""
    var customParents: [Value] = []
    var customDerivatives: [Double] = []

    init() {}

    func copy() -> ValueExtras {
        let c = ValueExtras()
        c.label = label
        c.group = group
        c.customName = customName
        c.customParents = customParents
        c.customDerivatives = customDerivatives
        return c
    }
}
