/// A function's typed entry (see TypedKind.swift): its body over raw slots, its frame size and its
/// signature. The prototype keeps it; typed call sites reach it through `CallInfo.typedBody`
/// unretained, and calls from the general path go through the `Value` body `install` gives the
/// prototype, which unboxes the arguments once and boxes the result once.
final class TypedBody {
    let run: (TypedFrame) throws -> Int
    /// Slots: 0 for the returned value's bits, then the parameters, then the locals.
    let frameSize: Int
    let signature: TypedSignature
    let key: Int

    init(run: @escaping (TypedFrame) throws -> Int, frameSize: Int, signature: TypedSignature, key: Int) {
        self.run = run
        self.frameSize = frameSize
        self.signature = signature
        self.key = key
    }

    /// Makes `proto` run this body: typed call sites call it directly, the general path through a
    /// `Value` body.
    func install(on proto: FunctionProto) {
        let run = self.run, size = frameSize, kinds = signature.params, result = signature.result
        let n = kinds.count
        proto.body = { base in
            try withUnsafeTemporaryAllocation(of: Int.self, capacity: size) { buffer in
                let tf = buffer.baseAddress!
                var i = 0
                while i < n {
                    guard let x = kinds[i].raw(base[1 + i]) else {
                        throw RuntimeError.typeMismatch("cannot convert value of type '\(base[1 + i].typeName)' to expected argument type '\(kinds[i].name)'")
                    }
                    tf[1 + i] = x
                    i += 1
                }
                return result.box(try run(tf))
            }
        }
        proto.typedBody = self
    }
}
