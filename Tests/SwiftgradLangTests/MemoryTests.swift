import MemoryBudget
import XCTest
@testable import SwiftgradLang

/// Cyclic garbage (closures that capture the object holding them) is reclaimed.
final class MemoryTests: XCTestCase {
    static let scalarClass = """
        class Scalar {
            var value: Double
            var grad = 0.0
            var children: [Scalar]
            var _backward: () -> Void = {}
            init(_ value: Double, _ children: [Scalar] = []) { self.value = value; self.children = children }
            static func + (lhs: Scalar, rhs: Scalar) -> Scalar {
                let out = Scalar(lhs.value + rhs.value, [lhs, rhs])
                out._backward = { lhs.grad += out.grad; rhs.grad += out.grad }
                return out
            }
            static func * (lhs: Scalar, rhs: Scalar) -> Scalar {
                let out = Scalar(lhs.value * rhs.value, [lhs, rhs])
                out._backward = { lhs.grad += rhs.value * out.grad; rhs.grad += lhs.value * out.grad }
                return out
            }
            func backward() {
                var topo: [Scalar] = []
                var seen = Set<ObjectIdentifier>()
                func build(_ v: Scalar) {
                    guard !seen.contains(ObjectIdentifier(v)) else { return }
                    seen.insert(ObjectIdentifier(v))
                    for c in v.children { build(c) }
                    topo.append(v)
                }
                build(self)
                grad = 1
                for v in topo.reversed() { v._backward() }
            }
        }
        """

    func testThousandTrainingStepsKeepLiveObjectsBounded() {
        let s = Session()
        s.run(MemoryTests.scalarClass + """

            let w = Scalar(0.5), b = Scalar(0.0)
            func step() {
                let x = Scalar(2.0), target = Scalar(-3.0)
                let diff = w * x + b + target
                let loss = diff * diff
                w.grad = 0; b.grad = 0
                loss.backward()
                w.value -= 0.01 * w.grad
                b.value -= 0.01 * b.grad
            }
            for _ in 0..<10 { step() }
            """)
        s.collect()
        let before = s.heap.liveObjects
        s.run("for _ in 0..<1000 { step() }")
        s.collect()
        let after = s.heap.liveObjects
        // Every step builds ~8 Scalars, each with a closure and arrays: tens of thousands of objects
        // in all. After collection only a handful may remain.
        XCTAssertLessThan(after - before, 50, "live objects grew from \(before) to \(after)")
        XCTAssertGreaterThan(s.heap.freedByCollector, 0)
        // Training worked: w·2 + b converged towards 3.
        XCTAssertEqual(s.run("print(abs(w.value * 2 + b.value - 3) < 0.01)").output, "true\n")
    }

    func testCollectorRunsOnItsOwnDuringLongTraining() {
        let s = Session()
        s.run(MemoryTests.scalarClass)
        s.collect()  // start from a threshold set by this interpreter's live objects
        let collectionsBefore = s.heap.collections
        // The threshold is three times the survivors of the last collection: train in rounds of
        // 3,000 steps until it is passed (a bounded number of rounds).
        let stepsNeeded = s.heap.threshold / 10 + 3000   // each step allocates well over 10 objects
        s.run("let w = Scalar(0.1)")
        var steps = 0
        while s.heap.collections == collectionsBefore && steps < stepsNeeded {
            s.run("""
                for _ in 0..<3000 {
                    let y = w * Scalar(2.0) + Scalar(1.0)
                    y.backward()
                }
                """)
            steps += 3000
        }
        XCTAssertGreaterThan(s.heap.collections, collectionsBefore,
                             "the collector never ran by itself in \(steps) steps (threshold \(s.heap.threshold))")
    }

    /// After a large live set the count threshold is high (three times it); large cyclic garbage must
    /// still be collected when memory grows fast, not only after that many more objects.
    func testLargeCyclicGarbageIsCollectedWhenMemoryGrowsFast() {
        let s = Session()
        s.run("class Big { var me: Big? = nil; var payload: [Int] = [] }\nvar keep: [Big] = []\nfor _ in 0..<60_000 { keep.append(Big()) }")
        // Resident memory counts live memory only (earlier tests' freed pages go back to the system),
        // so the garbage below grows it; the threshold is now at least ~180,000 allocations.
        MemoryBudget.releaseFreeMemory()
        s.collect()
        let collectionsBefore = s.heap.collections
        let freedBefore = s.heap.freedByCollector
        // 5,000 cycles holding 80 KB each: 400 MB of garbage in ~15,000 allocations.
        s.run("for _ in 0..<5000 { let b = Big(); b.me = b; b.payload = Array(repeating: 7, count: 10_000) }")
        XCTAssertGreaterThan(s.heap.collections, collectionsBefore, "no collection while 400 MB of cycles piled up")
        XCTAssertGreaterThan(s.heap.freedByCollector - freedBefore, 1000)
        s.run("keep = []")
    }

    func testCycleThroughAClosureStoredOnItself() {
        let s = Session()
        s.run("class Holder { var f: () -> Void = {} }")
        s.collect()
        let before = s.heap.liveObjects
        s.run("""
            for _ in 0..<500 {
                let h = Holder()
                h.f = { print(h) }
            }
            """)
        s.collect()
        XCTAssertLessThan(s.heap.liveObjects - before, 10)
    }

    /// `Value.visit(at:)` reads the reference from the payload's first word: it must report the very
    /// object of every traced case (a layout change would show here, not as a crash in a collection),
    /// and nothing for the other cases.
    func testCollectorReadsEveryTracedCase() {
        let type = TypeValue(name: "T", kind: .classType)
        let objects: [(Value, HeapObject)] = {
            let a = ArrayRef([.int(1)]), d = DictRef(), s = SetRef(), t = TupleRef([.int(1)])
            let i = Instance(type: type), e = EnumCaseValue(type: type, caseIndex: 0)
            let f = OverloadSet(name: "f", members: []), b = Box(.int(2))
            return [(.array(a), a), (.dict(d), d), (.set(s), s), (.tuple(t), t), (.instance(i), i),
                    (.enumCase(e), e), (.function(f), f), (.box(b), b)]
        }()
        for (value, object) in objects {
            var seen: [ObjectIdentifier] = []
            value.visit { seen.append(ObjectIdentifier($0)) }
            Value.visit([.int(3), value, .double(1.5)]) { seen.append(ObjectIdentifier($0)) }
            XCTAssertEqual(seen, [ObjectIdentifier(object), ObjectIdentifier(object)], "\(value.typeName)")
        }
        for value: Value in [.void, .null, .bool(true), .int(-1), .double(-0.5), .str("s"), .type(type),
                             .objectID(ObjectIdentifier(type))] {
            var count = 0
            value.visit { _ in count += 1 }
            XCTAssertEqual(count, 0, "\(value)")
        }
    }

    /// The collector reads each container's references in place (`Value.visit`, unretained): cycles
    /// through an array, a dictionary's keys and values, a tuple, an enum payload, a closure's
    /// captures and a captured `var` are all found, and the same shapes held by a global survive
    /// with their contents.
    func testCyclesThroughEveryContainerKindAreCollectedAndLiveOnesKept() {
        let s = Session()
        s.run("""
            class Node { var next: [Any] = []; var label = 0 }
            enum Wrap { case one(Node) }
            func link(_ n: Node) {
                var shared = n
                let f = { print(shared.label) }
                n.next = [n, ["k": n], [n.label: n], (n, 1), Wrap.one(n), f]
            }
            """)
        s.collect()
        let before = s.heap.liveObjects
        s.run("for i in 0..<300 { let n = Node(); n.label = i; link(n) }")
        let freed = s.collect()
        XCTAssertGreaterThanOrEqual(freed, 300 * 7, "every node and its containers are cyclic garbage")
        XCTAssertLessThan(s.heap.liveObjects - before, 10)
        s.run("let kept = Node(); kept.label = 7; link(kept)")
        s.collect()
        s.collect()
        XCTAssertEqual(s.run("""
            print(kept.next.count, (kept.next[0] as! Node).label, (kept.next[1] as! [String: Node])["k"]!.label)
            if case let .one(n) = kept.next[4] as! Wrap { print(n.label) }
            (kept.next[5] as! () -> Void)()
            """).output, "6 7 7\n7\n7\n")
    }
}

extension Session {
    /// This interpreter's heap.
    var heap: Heap { interpreter.runtime.heap }

    /// Collects this interpreter's cyclic garbage, on its script thread.
    @discardableResult func collect() -> Int {
        let h = heap
        return interpreter.thread.run { h.collect() }
    }
}
