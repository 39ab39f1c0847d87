import Foundation

/// Int and Double properties and methods: `isNaN`, `magnitude`, `nextUp`, `rounded(_:)`,
/// `quotientAndRemainder(dividingBy:)`, the bit counts, and the `…ReportingOverflow` arithmetic.
enum NumberMembers {
    static func property(_ v: Value, _ name: String) -> Value? {
        switch v {
        case let .int(i): return intProperty(i, name)
        case let .double(d): return doubleProperty(d, name)
        default: return nil
        }
    }

    static func intProperty(_ i: Int, _ name: String) -> Value? {
        switch name {
        case "magnitude": return .int(Int(exactly: i.magnitude) ?? Int.max)
        case "isNaN": return .bool(false)
        case "nonzeroBitCount": return .int(i.nonzeroBitCount)
        case "leadingZeroBitCount": return .int(i.leadingZeroBitCount)
        case "trailingZeroBitCount": return .int(i.trailingZeroBitCount)
        case "bitWidth": return .int(Int.bitWidth)
        case "description": return .str(String(i))
        default: return nil
        }
    }

    static func doubleProperty(_ d: Double, _ name: String) -> Value? {
        switch name {
        case "isNaN": return .bool(d.isNaN)
        case "isInfinite": return .bool(d.isInfinite)
        case "isFinite": return .bool(d.isFinite)
        case "isZero": return .bool(d.isZero)
        case "isNormal": return .bool(d.isNormal)
        case "isSubnormal": return .bool(d.isSubnormal)
        case "magnitude": return .double(d.magnitude)
        // `x.sign == .minus`: an implicit member equals the case of its name, and prints as it.
        case "sign": return Runtime.current?.implicitMembers.value(d.sign == .minus ? "minus" : "plus")
        case "nextUp": return .double(d.nextUp)
        case "nextDown": return .double(d.nextDown)
        case "ulp": return .double(d.ulp)
        case "description": return .str(Value.double(d).description)
        default: return nil
        }
    }

    static func call(_ recv: inout Value, _ name: String, _ args: Arguments) throws -> Value? {
        switch recv {
        case let .int(i): return try intCall(i, name, args)
        case let .double(d): return try doubleCall(d, name, args)
        default: return nil
        }
    }

    static func intCall(_ i: Int, _ name: String, _ args: Arguments) throws -> Value? {
        switch name {
        case "isMultiple": return .bool(i.isMultiple(of: try args.int(0)))
        case "signum": return .int(i.signum())
        case "quotientAndRemainder":
            let n = try args.int(0)
            if n == 0 { throw RuntimeError.divisionByZero }
            if i == Int.min && n == -1 { throw RuntimeError.overflow("/", i, n) }
            return .tuple(TupleRef([.int(i / n), .int(i % n)], labels: ["quotient", "remainder"]))
        case "rounded": return .int(i)
        case "addingReportingOverflow": return reporting(i.addingReportingOverflow(try args.int(0)))
        case "subtractingReportingOverflow": return reporting(i.subtractingReportingOverflow(try args.int(0)))
        case "multipliedReportingOverflow": return reporting(i.multipliedReportingOverflow(by: try args.int(0)))
        case "dividedReportingOverflow", "remainderReportingOverflow":
            let n = try args.int(0)
            if n == 0 { throw RuntimeError.divisionByZero }  // Swift reports overflow; dividing by zero is this language's error
            return reporting(name == "dividedReportingOverflow" ? i.dividedReportingOverflow(by: n) : i.remainderReportingOverflow(dividingBy: n))
        case "distance": return .int(try args.int(0) &- i)
        case "advanced": return .int(i &+ (try args.int(0)))
        default: return nil
        }
    }

    /// `(partialValue: Int, overflow: Bool)`, as Swift's `…ReportingOverflow` methods return.
    static func reporting(_ r: (partialValue: Int, overflow: Bool)) -> Value {
        .tuple(TupleRef([.int(r.partialValue), .bool(r.overflow)], labels: ["partialValue", "overflow"]))
    }

    static func doubleCall(_ d: Double, _ name: String, _ args: Arguments) throws -> Value? {
        switch name {
        case "rounded":
            guard args.count > 0 else { return .double(d.rounded()) }
            return .double(d.rounded(try roundingRule(args[0])))
        case "squareRoot": return .double(d.squareRoot())
        case "truncatingRemainder": return .double(d.truncatingRemainder(dividingBy: try args.double(0)))
        case "remainder": return .double(d.remainder(dividingBy: try args.double(0)))
        case "signum": return .double(d > 0 ? 1 : (d < 0 ? -1 : 0))
        case "distance": return .double(try args.double(0) - d)
        case "advanced": return .double(d + (try args.double(0)))
        case "isLess": return .bool(d.isLess(than: try args.double(0)))
        case "isEqual": return .bool(d.isEqual(to: try args.double(0)))
        default: return nil
        }
    }

    /// `.up`, `.down`, `.towardZero`, `.awayFromZero`, `.toNearestOrEven`, `.toNearestOrAwayFromZero`.
    static func roundingRule(_ v: Value) throws -> FloatingPointRoundingRule {
        switch v.implicitMemberName {
        case "up": return .up
        case "down": return .down
        case "towardZero": return .towardZero
        case "awayFromZero": return .awayFromZero
        case "toNearestOrEven": return .toNearestOrEven
        case "toNearestOrAwayFromZero": return .toNearestOrAwayFromZero
        default: throw RuntimeError.typeMismatch("rounded(_:) needs a rounding rule such as .down or .toNearestOrEven")
        }
    }
}
