/// Rarely used per-node data kept out of line so that an ordinary node stays small:
/// the label, and for custom n-ary operations their name, operands and local derivatives.
@usableFromInline
internal final class ValueExtras {
    var label: String = ""
    /// A group name that did not fit in `GroupNames` (more than 65,535 distinct names).
    var groupOverflow: String?
    var customName: String = ""
    var customParents: [Value] = []
    var customDerivatives: [Double] = []

    init() {}
}
