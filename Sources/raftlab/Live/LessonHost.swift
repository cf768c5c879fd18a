import Foundation
import Lessons
import LiveBridge
import RaftRuntime
import RaftSim
import Screen
import Terminal

/// What the live loop needs for the lesson player: the progress file, the log, and how the
/// player's effects and wall time reach the runtime.
final class LessonHost {
    var store: ProgressStore
    let log: LogFile?
    /// While a task waits for its hint with the world paused, `poll()` still wakes this often (ms).
    static let tickTimeout: Int32 = 1000

    init(store: ProgressStore, log: LogFile?) {
        self.store = store
        self.log = log
    }

    /// Carries one lesson effect: goals and new worlds to the runtime, progress to the file.
    func carry(_ effect: LessonEffect, to runtime: Runtime) {
        switch effect {
        case let .goal(goal, running): runtime.setGoal(RuntimeBridge.goal(goal), running: running)
        case .replace(let world):
            runtime.send(.pause)  // first, so the new world does not move before its first step
            runtime.replace(world: world)
        case .resume: runtime.send(.resume)
        case let .progress(id, step, steps, finished):
            if let note = store.record(id, step: step, steps: steps, finished: finished) { log?.write(note) }
        }
    }

    /// The runtime's goal for a lesson goal: conditions are evaluated as headless steps do.
    static func goal(_ goal: LessonGoal) -> Goal {
        switch goal {
        case .after(let ms): return .after(ms: ms)
        case let .within(condition, limit): return .within({ ConditionEvaluator($0).holds(condition) }, limit: limit)
        }
    }

}

extension LiveLoop {
    /// Wall time for the lesson player (a task's hint comes after 30 s).
    mutating func tick() {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let seconds = Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
        let hinted = state.player.lesson.map { if case .task(let t) = $0.phase { t.hint } else { false } } ?? false
        for effect in Update.apply(&state, .tick(seconds)) { _ = carry(effect) }
        let now_hinted = state.player.lesson.map { if case .task(let t) = $0.phase { t.hint } else { false } } ?? false
        if hinted != now_hinted { dirty = true }
    }
}
