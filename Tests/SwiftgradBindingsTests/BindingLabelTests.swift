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

    /// Labels stated only in the signature are derived when first needed, and checked as Swift does.
    func testLabelsComeFromTheSignature() throws {
        let s = ScriptSession()
        XCTAssertEqual(try s.text("seed(3); random(in: 0...0)"), "0.0")
        let e = try XCTUnwrap(s.error("seed(n: 3)"))
        XCTAssertTrue(e.message.contains("extraneous argument label 'n:'"), e.message)
        let missing = try XCTUnwrap(s.error("random(0...1)"))
        XCTAssertTrue(missing.message.contains("missing argument label 'in:'"), missing.message)
    }
}
