import Foundation
import MemoryBudget
import XCTest

/// Tensor storage comes out of the process's memory budget: a tensor too large for it ends the cell
/// in a `MemoryLimit` error before anything is allocated, and the session keeps its variables.
final class TensorMemoryScriptTests: ScriptTestCase {
    var savedLimit = 0

    override func setUp() {
        super.setUp()
        savedLimit = MemoryBudget.limit
        MemoryBudget.releaseFreeMemory()
        MemoryBudget.limit = MemoryBudget.residentBytes() + 300 << 20
    }

    override func tearDown() { MemoryBudget.limit = savedLimit }

    func testATensorLargerThanTheBudgetIsAMemoryLimitErrorAndTheSessionGoesOn() throws {
        try s.run("let kept = Tensor.ones([2, 3])\nlet column = Tensor.zeros([20000, 1])\nlet row = Tensor.zeros([1, 20000])")
        // 800 MB each, over a budget 300 MB above what the process holds now.
        let cases: [(String, String)] = [
            ("Tensor.zeros([10000, 10000])", "zeros: a result of shape [10000, 10000] would need 762.9 MB more"),
            ("Tensor.randn([10000, 10000])", "randn: a result of shape [10000, 10000] would need 762.9 MB more"),
            ("column + row", "+: a result of shape [20000, 20000] would need 3 GB more"),
            ("matmul(column, row)", "matmul: a result of shape [20000, 20000] would need 3 GB more"),
            ("Tensor.zeros([1099511627776, 1099511627776])", "zeros: a result of shape [1099511627776, 1099511627776] would need"),
        ]
        for (source, start) in cases {
            let e = try XCTUnwrap(s.error(source), source)
            XCTAssertEqual(e.kind, "MemoryLimit", source)
            XCTAssertTrue(e.message.hasPrefix(start), e.message)
            XCTAssertTrue(e.message.contains("memory budget"), e.message)
        }
        // What fits the budget still works, and the session kept its state.
        XCTAssertEqual(try s.text("Tensor.zeros([1000, 1000]).shape"), "[1000, 1000]")
        XCTAssertEqual(try s.text("kept.sum().item"), "6.0")
    }
}
