enum State { case idle, running(Int), paused(Int), done }
enum Event { case start, tick, pause, resume, stop }
func transition(_ s: State, _ e: Event) -> State {
    switch (s, e) {
    case (.idle, .start): return .running(0)
    case (.running(let n), .tick): return n >= 2 ? .done : .running(n + 1)
    case (.running(let n), .pause): return .paused(n)
    case (.paused(let n), .resume): return .running(n)
    case (_, .stop): return .done
    default: return s
    }
}
var s = State.idle
for e in [Event.tick, .start, .tick, .pause, .tick, .resume, .tick, .tick, .tick] {
    s = transition(s, e)
    print(e, "->", s)
}
