/// Reading a native call's arguments by position (the unlabeled ones, in order) and by label, with
/// defaults and script errors that name the function and the argument: the one way bindings read
/// the arguments of a function that takes any labels (defaults, variadics, a trailing closure for a
/// labeled parameter).
/// (A view of its own rather than a field of `Arguments`: a larger `Arguments`, made at every native
/// call, changed the call path's inlining and cost the Scalar benchmark 0.2%.)
extension Arguments {
    /// These arguments, read with errors naming `function` (`args.named("makeMoons")`).
    public func named(_ function: String) -> Named { Named(function: function, args: self) }

    public struct Named {
        public let function: String
        public let args: Arguments
        /// The unlabeled arguments (trailing closures included), in order.
        public let positional: [Value]

        init(function: String, args: Arguments) {
            self.function = function
            self.args = args
            var p: [Value] = []
            for (i, v) in args.values.enumerated() where args.labels[i] == nil { p.append(v) }
            positional = p
        }

        /// The argument with this label, if given.
        public func labeled(_ label: String) -> Value? { args.labeled(label) }

        /// A `TypeMismatch` error naming the function.
        public func error(_ message: String) -> RuntimeError { RuntimeError(.typeMismatch, "\(function): \(message)") }

        /// The `i`-th unlabeled argument, or the labeled one called `label` if given instead.
        public func value(_ i: Int, label: String? = nil) -> Value? {
            if let label, let v = labeled(label) { return v }
            return i < positional.count ? positional[i] : nil
        }

        public func required(_ i: Int, _ what: String, label: String? = nil) throws -> Value {
            guard let v = value(i, label: label) else { throw error("missing argument \(what)") }
            return v
        }

        public func double(_ label: String, default d: Double) throws -> Double { try read(label, d, "a number", \.asDouble) }

        public func optionalDouble(_ label: String) throws -> Double? {
            guard let v = labeled(label), !v.isNil else { return nil }
            return try read(label, 0, "a number", \.asDouble)
        }

        public func int(_ label: String, default d: Int) throws -> Int { try read(label, d, "an Int", \.asInt) }
        public func bool(_ label: String, default d: Bool) throws -> Bool { try read(label, d, "a Bool", \.asBool) }
        public func string(_ label: String, default d: String) throws -> String { try read(label, d, "a String", \.asString) }

        /// The argument labeled `label` as a `T`, `d` if it is not given.
        private func read<T>(_ label: String, _ d: T, _ what: String, _ get: (Value) -> T?) throws -> T {
            guard let v = labeled(label) else { return d }
            guard let x = get(v) else { throw error("'\(label):' must be \(what), got \(v.typeName)") }
            return x
        }

        /// The last positional argument if it is callable (a trailing closure or `of:`).
        public func closure(label: String = "of") throws -> Value {
            if let v = labeled(label) { return v }
            if let last = positional.last, case .function = last { return last }
            throw error("missing the function to differentiate (a trailing closure or '\(label):')")
        }
    }
}
