import Lessons
import Picture
import RaftSim

/// The lesson interpreter beside the world (architecture.md, "RaftRuntime"): it runs where
/// the engine runs, so a step's goal is set, reached and followed by the next step on the
/// runtime's queue, with nothing in between.
extension RuntimeCore {
    /// Opens a lesson at a step: its world replayed to it, the keys' writes counted afresh.
    mutating func startLesson(_ start: LessonStart) {
        let (run, world) = LessonRun.open(id: start.id, number: start.number, scenario: start.scenario,
                                          at: start.step, note: start.note)
        lesson = run
        lesson?.worldTaken()
        writes = 0
        replace(world: world)
        paused = !run.wantsToRun
    }

    /// Enter, `b`, `g`, `u` and the answers of a quiz.
    mutating func lessonRequest(_ request: LessonAction) {
        guard lesson != nil else { return }
        if history.inPast { leavePast() }
        switch request {
        case .goOn: inLesson { $0.goOn(&$1) }
        case .back: inLesson { $0.back(&$1) }
        case .jump(let k): inLesson { $0.jump(to: k, &$1) }
        case .answer(let choice): lesson?.answer(choice)
        case .retry: inLesson { $0.retry(&$1) }
        }
        absorbEvents()
        history.record(&world, logCount: log.count, force: true)
    }

    /// Lets the lesson act on the world; then the runtime follows it: a replaced world starts
    /// history again, and a new step (or a task the learner released) decides whether the
    /// world runs (it stops at every goal, as a headless step ends there).
    mutating func inLesson(_ body: (inout LessonRun, inout ClusterWorld) -> Void) {
        guard var run = lesson else { return }
        let before = (run.index, run.wantsToRun)
        body(&run, &world)
        if run.replacedWorld {
            run.worldTaken()
            replace(world: world)
        }
        lesson = run
        if (run.index, run.wantsToRun) != before || !run.wantsToRun {
            paused = !run.wantsToRun
            carry = 0
        }
    }
}
