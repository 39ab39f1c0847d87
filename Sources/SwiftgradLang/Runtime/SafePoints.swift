import Foundation
import Synchronization

/// Work that other threads hand to the script thread, run at a *safe point*: where compiled code
/// already polls for interrupts (loop back-edges and calls), so a running cell can react to a
/// front end (a widget moved while a loop runs) without a second interpreter thread. The poll stays
/// one relaxed load: `interruptFlag` means "attention", and `attend()` sorts out why.
final class SafePointQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var jobs: [() throws -> Void] = []
    /// True while jobs run, so a safe point inside a job does not start them again.
    var running = false

    func append(_ job: @escaping () throws -> Void) { lock.withLock { jobs.append(job) } }

    func takeAll() -> [() throws -> Void] {
        lock.withLock {
            let taken = jobs
            jobs.removeAll()
            return taken
        }
    }
}

extension Runtime {
    /// From any thread: stop the running cell at its next safe point.
    func requestInterrupt() {
        interruptPending.store(true, ordering: .relaxed)
        interruptFlag.store(true, ordering: .relaxed)
        fuel.store(Runtime.attentionNow, ordering: .releasing)
    }

    /// A new cell forgets an interrupt that arrived before it. The attention flag stays: it may
    /// stand for queued jobs too (with none queued, the next poll just clears it).
    func clearInterrupt() {
        interruptPending.store(false, ordering: .relaxed)
    }

    /// From any thread: run `job` at the next safe point.
    func scheduleAtSafePoint(_ job: @escaping () throws -> Void) {
        safePointJobs.append(job)
        interruptFlag.store(true, ordering: .relaxed)
        fuel.store(Runtime.attentionNow, ordering: .releasing)
    }

    /// What other threads store in `fuel` so that the next safe point takes the slow path.
    static let attentionNow = -(1 << 40)

    /// The slow path of `checkInterrupt`: an interrupt throws, queued jobs run.
    @inline(never) func attend() throws {
        interruptFlag.store(false, ordering: .relaxed)
        if interruptPending.exchange(false, ordering: .relaxed) { throw RuntimeError.interrupted }
        try runSafePointJobs()
    }

    /// Runs every queued job (and those they queue) on the script thread. Public so that native
    /// loops (`train`) can offer safe points too.
    public func runSafePointJobs() throws {
        guard !safePointJobs.running else { return }
        safePointJobs.running = true
        defer { safePointJobs.running = false }
        while true {
            let jobs = safePointJobs.takeAll()
            if jobs.isEmpty { return }
            for job in jobs { try job() }
        }
    }

    /// For native loops: whether an interrupt is pending, after running queued jobs.
    public func safePoint() -> Bool {
        guard interruptFlag.load(ordering: .relaxed) else { return false }
        do {
            try attend()
            return false
        } catch {
            requestInterrupt()   // keep it visible to the caller's own interrupt check
            return true
        }
    }
}
