import SwiftgradLang
import Autodiff

/// `Tensor.zeros(shape)`, `Tensor.ones(shape)`, `Tensor.randn(shape)` (seeded by `seed(n)`),
/// `Tensor.arange(n)`.
enum TensorStatics {
    static func install(_ t: NativeType) {
        let shaped: [(String, ([Int], Bool) throws -> Tensor, String)] = [
            ("zeros", { try Tensor.zeros($0, requiresGrad: $1) }, "A tensor of zeros: `Tensor.zeros([4])`."),
            ("ones", { try Tensor.ones($0, requiresGrad: $1) }, "A tensor of ones."),
            ("randn", { try Tensor.randn($0, requiresGrad: $1) },
             "Standard normal samples from the engine's generator (`seed(n)` makes them repeatable): `Tensor.randn([100, 2])`."),
        ]
        for (name, make, doc) in shaped {
            t.staticMembers[name] = .function(NativeFunction(
                name: name, labels: nil, signature: "Tensor.\(name)(_ shape: [Int], requiresGrad: Bool = false) -> Tensor", doc: doc
            ) { args in
                let r = args.named("Tensor.\(name)")
                let shape = try TensorConvert.shape(try r.required(0, "shape"), "the shape")
                return TensorBinding.wrap(try TensorConvert.run { try make(shape, try r.bool("requiresGrad", default: false)) })
            })
        }
        t.staticMembers["arange"] = .function(NativeFunction(
            name: "arange", labels: [nil], signature: "Tensor.arange(_ n: Int) -> Tensor", doc: "0, 1, …, n − 1 as a vector."
        ) { args in
            guard let n = args[0].asInt else { throw RuntimeError(.typeMismatch, "Tensor.arange needs an Int, got \(args[0].typeName)") }
            return TensorBinding.wrap(try TensorConvert.run { try Tensor.arange(n) })
        })
    }
}
