import XCTest
@testable import SwiftgradLang

/// A bound function takes the labels its written signature shows (`argumentLabels(fromSignature:)`),
/// or any labels (`labels: nil`, for bodies that read their arguments themselves): help text and call
/// checking never disagree.
final class BindingLabelTests: XCTestCase {
    func testEveryBoundFunctionWithFixedLabelsTakesThoseOfItsSignature() {
        let s = ScriptSession()
        let rt = s.interpreter.runtime
        let functions: [NativeFunction] = s.interpreter.thread.run {
            rt.globals.values.compactMap { cell in
                guard cell.isDefined, case let .function(f) = cell.value else { return nil }
                return f as? NativeFunction
            }
        }
        XCTAssertGreaterThan(functions.count, 50)
        var mismatches: [String] = []
        for f in functions where f.checksLabels && f.labels != nil {
            let derived = argumentLabels(fromSignature: f.signature)
            if derived != f.labels { mismatches.append("\(f.name): \(f.labels.map { "\($0)" } ?? "any") vs \(derived.map { "\($0)" } ?? "any") from \(f.signature)") }
        }
        XCTAssertEqual(mismatches, [], mismatches.joined(separator: "\n"))
    }
}
