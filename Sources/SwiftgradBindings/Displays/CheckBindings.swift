import Foundation
import SwiftgradLang
import Displays
import MimeBundle

/// `check(actual, expected, tolerance:, "label")` and `check(condition, "message")`: each shows a
/// ✓/✗ line at once (a failing check does not stop the script) and is counted;
/// `checkSummary()` shows and returns the counts.
final class CheckBindings {
    private(set) var passed = 0
    private(set) var failed = 0

    static let defaultTolerance = 1e-9

    static let summaryType: NativeType = {
        let t = NativeType(name: "CheckSummary", doc: "How many checks passed and failed so far.")
        t.property("passed", doc: "Checks that passed.", get: { .int(t.unwrap($0, as: Summary.self).passed) })
        t.property("failed", doc: "Checks that failed.", get: { .int(t.unwrap($0, as: Summary.self).failed) })
        t.property("total", doc: "All checks.", get: { let s = t.unwrap($0, as: Summary.self); return .int(s.passed + s.failed) })
        t.property("allPassed", doc: "True when no check failed.", get: { .bool(t.unwrap($0, as: Summary.self).failed == 0) })
        t.mimeBundle = { t.unwrap($0, as: Summary.self).result.mimeBundle }
        t.description = { t.unwrap($0, as: Summary.self).result.plainText }
        return t
    }()

    struct Summary {
        var passed: Int
        var failed: Int
        var result: CheckResult {
            let total = passed + failed
            let message = failed == 0 ? "all \(total) check\(total == 1 ? "" : "s") passed"
                                      : "\(failed) of \(total) check\(total == 1 ? "" : "s") failed"
            return CheckResult(passed: failed == 0, message: message)
        }
    }

    func install(_ b: Binder) {
        b.type(CheckBindings.summaryType)
        b.function("check", labels: nil,
                   signature: "check(_ actual: Any, _ expected: Any, tolerance: Double = 1e-9, _ label: String = \"\") or check(_ condition: Bool, _ message: String = \"\")",
                   doc: """
                   Shows ✓ or ✗ with what was compared, and counts it; a failure does not stop the script. Numbers (and \
                   Values, by their data) match within tolerance·max(1, |expected|); arrays and Tensors element by element.
                   """) { [self] args in
            let result = try CheckBindings.evaluate(args.named("check"))
            if result.passed { passed += 1 } else { failed += 1 }
            CheckBindings.show(result.mimeBundle, args.runtime)
            return .void
        }
        b.function("checkSummary", signature: "checkSummary() -> CheckSummary",
                   doc: "The number of checks passed and failed so far (shows ✓ when none failed).") { [self] _ in
            .native(CheckBindings.summaryType.wrap(Summary(passed: passed, failed: failed)))
        }
        b.function("resetChecks", signature: "resetChecks()", doc: "Sets the check counts to zero.") { [self] _ in
            passed = 0; failed = 0; return .void
        }
    }

    static func show(_ bundle: MimeBundle, _ rt: Runtime) {
        if let host = rt.host { host.display(bundle, id: nil, update: false) } else { rt.write(bundle.plainText + "\n", to: .stdout) }
    }

    static func evaluate(_ r: Arguments.Named) throws -> CheckResult {
        let p = r.positional
        if p.count >= 2, TensorFunctions.involvesTensor(Array(p.prefix(2))) {
            return try TensorCheck.evaluate(p[0], p[1], tolerance: try r.double("tolerance", default: defaultTolerance),
                                            label: p.count >= 3 ? p[2].asString : nil)
        }
        guard let first = p.first else { throw r.error("needs a condition, or an actual and an expected value") }
        if let cond = first.asBool, p.count <= 2, r.labeled("tolerance") == nil, p.count == 1 || p[1].asString != nil {
            let message = p.count == 2 ? p[1].asString! : "condition"
            return CheckResult(passed: cond, message: message)
        }
        guard p.count >= 2 else { throw r.error("needs an expected value to compare with (or a Bool condition)") }
        let label = p.count >= 3 ? p[2].asString : nil
        let tol = try r.double("tolerance", default: defaultTolerance)
        let ok = try matches(p[0], p[1], tol)
        let a = shown(p[0]), e = shown(p[1])
        let prefix = label.map { "\($0): " } ?? ""
        var message = ok ? "\(prefix)\(a)" + (a == e ? "" : " ≈ \(e)")
                         : "\(prefix)got \(a), expected \(e)" + (tol != defaultTolerance ? " (tolerance \(tol))" : "")
        if !ok, let (i, x, y) = try firstDifference(p[0], p[1], tol) {
            message += "; first difference at index \(i): \(shown(x)) vs \(shown(y))"
        }
        return CheckResult(passed: ok, message: message)
    }

    /// Elements shown of a long array (a passing check of 40 numbers stays one short line).
    static let shownElements = 6

    /// A Value shows as its data; a long array as its first elements and its length; everything else
    /// as the language prints it.
    static func shown(_ v: ScriptValue) -> String {
        if let n = ValueBinding.node(v) { return "\(n.data)" }
        if let items = v.asArray, items.count > shownElements {
            return "[" + items.prefix(shownElements).map(shown).joined(separator: ", ") + ", …] (\(items.count) values)"
        }
        if let items = v.asArray, items.contains(where: { ValueBinding.node($0) != nil }) {
            return "[" + items.map(shown).joined(separator: ", ") + "]"
        }
        return v.description
    }

    /// For two arrays of the same length, the first index whose elements do not match.
    static func firstDifference(_ a: ScriptValue, _ e: ScriptValue, _ tol: Double) throws -> (Int, ScriptValue, ScriptValue)? {
        guard let xs = a.asArray ?? tupleItems(a), let ys = e.asArray ?? tupleItems(e), xs.count == ys.count else { return nil }
        for (i, (x, y)) in zip(xs, ys).enumerated() where !(try matches(x, y, tol)) { return (i, x, y) }
        return nil
    }

    static func number(_ v: ScriptValue) -> Double? { v.asDouble ?? ValueBinding.node(v)?.data }

    static func matches(_ a: ScriptValue, _ e: ScriptValue, _ tol: Double) throws -> Bool {
        if let x = number(a), let y = number(e) {
            if x.isNaN || y.isNaN { return x.isNaN && y.isNaN }
            if x == y { return true }
            return Swift.abs(x - y) <= tol * Swift.max(1, Swift.abs(y))
        }
        if let xs = a.asArray ?? tupleItems(a), let ys = e.asArray ?? tupleItems(e) {
            guard xs.count == ys.count else { return false }
            for (x, y) in zip(xs, ys) where !(try matches(x, y, tol)) { return false }
            return true
        }
        return a.description == e.description && a.typeName == e.typeName
    }

    static func tupleItems(_ v: ScriptValue) -> [ScriptValue]? {
        if case let .tuple(t) = v { return t.items }
        return nil
    }
}
