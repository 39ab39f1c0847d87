protocol TrainerDelegate: AnyObject {
    func didFinishEpoch(_ epoch: Int, loss: Double)
}
class Trainer {
    weak var delegate: TrainerDelegate?
    var loss = 1.0
    func run(epochs: Int) {
        for e in 1...epochs {
            loss *= 0.5
            delegate?.didFinishEpoch(e, loss: loss)
        }
    }
}
class Logger: TrainerDelegate {
    var lines: [String] = []
    func didFinishEpoch(_ epoch: Int, loss: Double) { lines.append("epoch \(epoch) loss \(loss)") }
}
let trainer = Trainer()
let logger = Logger()
trainer.delegate = logger
trainer.run(epochs: 3)
print(logger.lines.joined(separator: "\n"))
