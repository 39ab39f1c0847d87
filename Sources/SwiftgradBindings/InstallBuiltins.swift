import SwiftgradLang
import Autodiff

/// Makes the engine (Autodiff) and the outputs (Displays) usable from scripts: `Value`, `Dual`,
/// `Neuron`/`Layer`/`MLP`, losses, optimisers, data sets, `train`, the functional API
/// (`gradient(at:)`, `derivative(at:)`, `jvp`, `gradcheck`), graphs, tables, traces, plots and checks.
/// The kernel and `swiftgrad run` call this once per interpreter. The script-level API is listed in
/// docs/bindings.md.
public func installSwiftgradBuiltins(into interpreter: Interpreter) {
    // One seed(n) governs everything: the language's shuffled()/random(in:) draw from the engine's generator.
    interpreter.randomBits = { RandomSource.shared.next() }
    let b = Binder(interpreter: interpreter)
    b.type(ValueBinding.type)
    b.type(DualBinding.type)
    b.type(TensorBinding.type)
    TensorFunctions.install(b)
    TensorNNBindings.install(b)
    ActivationFunctions.install(b)
    CustomOpBinding.install(b)
    GraphFunctions.install(b)
    NNBindings.install(b)
    LossBindings.install(b)
    OptimizerBindings.install(b)
    DataBindings.install(b)
    FunctionalBindings.install(b)
    TrainBinding.install(b)
    DisplayBindings.install(b)
    WidgetBindings.install(b)
    CheckBindings().install(b)  // the registered closures keep the counts alive
}
