import SwiftgradLang
import Displays

/// `quiz(L, expected: ["w": 42.0, "b": 14.0])`: checks a learner's predicted gradients against the
/// engine and finite differences, naming the first wrong node along the chain and the missed factor.
enum QuizBinding {
    static let type = DisplayBindings.displayType("GradientQuiz", doc: "The verdict on predicted gradients.") { t in
        t.property("allCorrect", doc: "Whether every answer was right.", get: { n in
            .bool((n.anyPayload as? GradientQuiz)?.allCorrect ?? false)
        })
    }

    static func install(_ b: Binder) {
        b.type(type)
        b.function("quiz", signature: "quiz(_ root: Value, expected: [String: Double]) -> GradientQuiz",
                   doc: """
                   Checks predicted gradients d root/d name against the engine (and finite differences for inputs); \
                   a wrong one is explained: the first wrong node along the chain and the local factor that was missed.
                   """) { args in
            guard let root = ValueBinding.node(args[0]) else {
                throw RuntimeError(.typeMismatch, "quiz needs a Value, got \(args[0].typeName)")
            }
            guard case let .dict(d) = args[1] else {
                throw RuntimeError(.typeMismatch, "expected: must be a dictionary such as [\"w\": 42.0], got \(args[1].typeName)")
            }
            var expected: [(String, Double)] = []
            for (k, v) in zip(d.keys, d.values) {
                guard let name = k.asString, let x = v.asDouble else {
                    throw RuntimeError(.typeMismatch, "expected: maps node names (Strings) to numbers")
                }
                expected.append((name, x))
            }
            return .native(type.wrap(GradientQuiz(root, expected: expected)))
        }
    }
}
