import Dispatch
import Foundation

/// Turns SIGINT into a call (the default action, terminating the process, is switched off).
final class SignalInterrupts {
    private let source: DispatchSourceSignal

    init(_ handler: @escaping () -> Void) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler(handler: handler)
        source.resume()
    }

    deinit {
        source.cancel()
    }
}
