import XCTest

/// Every operation a script can use, differentiated by the engine and checked against central
/// differences with the script-level `gradcheck` (two inputs, so both operands of binary ops count).
final class OpGradcheckScriptTests: ScriptTestCase {
    static let expressions = [
        "x + y", "x - y", "x * y", "x / y", "-x + y", "x ** 3 + y", "x ** 0.5 * y", "x ** y",
        "2 ** x + y", "3 - x * y", "1 / x + y", "x.relu() * y", "x.tanh() * y", "x.sigmoid() + y",
        "x.exp() * y", "x.log() + y", "x.sin() * y", "x.cos() + y", "x.abs() * y", "x.sqrt() + y",
        "tanh(x) + exp(y)", "pow(x, 2) * sin(y)", "relu(x) + sigmoid(y)",
    ]

    func testEveryOpMatchesCentralDifferences() throws {
        for expression in Self.expressions {
            for point in ["[0.7, 1.3]", "[1.9, -0.4]"] {
                try s.run("let report = gradcheck({ x, y in \(expression) }, at: \(point))")
                let table = try s.string("report")
                XCTAssertTrue(try s.bool("report.passed"), "\(expression) at \(point):\n\(table)")
            }
        }
    }
}
