import Foundation
import Glibc
import Lessons
import Testing

/// `raftlab lesson 4` in a real terminal (tmux, issue 5): on through the narration, the quiz
/// answered, the tasks done by key, to the end; then `q`, with the terminal restored and the
/// progress saved.
@Suite(.serialized, .enabled(if: Tmux.executable != nil, "tmux is not installed"))
struct LessonEndToEndTests {
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios").path

    /// The narration pane's title: what the step is and its stop number ("━ Quiz · step 14/30").
    static func title(_ screen: String) -> (what: String, step: Int)? {
        guard let match = screen.firstMatch(of: /━ (Lesson|Your turn|Quiz|Watch|Not as planned|Lesson done) · step (\d+)\/\d+/),
              let step = Int(match.2) else { return nil }
        return (String(match.1), step)
    }

    @Test func lessonFourFromStartToEnd() throws {
        let scenario = try ScenarioLoader.load(path: Self.scenarios + "/04-who-may-lead.yaml")
        let tmux = try Tmux(width: 120, height: 36,
                            arguments: ["lesson", "4", "--lang", "en", "--speed", "1", "--dir", Self.scenarios])
        defer { tmux.close() }
        try tmux.wait("the first narration") { $0.contains("Neptune leads term 2, and all three nodes") ? true : nil }
        let stops = scenario.steps.filter { LessonRun.isStop($0.step) }  // the header counts these
        var handled: Set<String> = []
        var enterTried = false
        for _ in 0..<200 {
            let (screen, what, step) = try tmux.wait("a step that waits for the learner", seconds: 30) { screen -> (String, String, Int)? in
                guard let (what, step) = Self.title(screen) else { return nil }
                if what == "Watch" { return nil }  // the world runs to the next step
                let key = "\(what) \(step) \(screen.contains("Press 1–") ? "open" : "")"
                return handled.contains(key) ? nil : (screen, what, step)
            }
            handled.insert("\(what) \(step) \(screen.contains("Press 1–") ? "open" : "")")
            if what == "Lesson done" { break }
            #expect(what != "Not as planned", "step \(step) failed:\n\(screen)")
            switch stops[step - 1].step {
            case .quiz(let quiz) where screen.contains("Press 1–"):
                try tmux.send("\(quiz.answer)")
                try tmux.wait("the answer and its explanation") { $0.contains("✓ Right.") ? true : nil }
                handled.insert("\(what) \(step) ")
                try tmux.send("Enter")
            case .task(let task):
                if !enterTried {  // Enter never skips a task
                    enterTried = true
                    try tmux.send("Enter")
                    try tmux.wait("the note that Enter does not skip a task") {
                        $0.contains("Enter does not skip a task") ? true : nil
                    }
                }
                for item in task.solution {
                    switch item.step {
                    case .command(.crash(let node)): try tmux.send("\(node + 1)", "c")
                    case .command(.restart(let node)): try tmux.send("\(node + 1)", "r")
                    case .command(.timeout(let node)): try tmux.send("\(node + 1)", "t")
                    default: Issue.record("no key for \(item.step) in this test")
                    }
                }
            default:
                try tmux.send("Enter")
            }
        }
        let end = try tmux.capture()
        #expect(end.contains("Finished: Who may lead"), "\(end)")
        #expect(end.contains("Next: 5."), "\(end)")
        #expect(enterTried)
        let sayOrTask = stops.filter { if case .quiz = $0.step { false } else { true } }
        #expect(handled.count >= sayOrTask.count + 2, "\(handled.sorted())")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        try EndToEndTests.expectRestored(tmux)
        let progress = try String(contentsOf: tmux.dir.appendingPathComponent("state/raftlab/progress.json"), encoding: .utf8)
        #expect(progress.contains("\"04-who-may-lead\"") && progress.contains("\"finished\" : true"), "\(progress)")
    }
}
