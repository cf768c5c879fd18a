import Lessons
import Picture
import RaftSim
import Testing
@testable import Screen

/// The learner's key moments (issue 11, item 6): every `configure` a lesson's task asks for
/// (its solution) or shows as a wrong turn (its example) is hinted by keys, `a` or the options
/// panel (`o`), never Enter; and in both languages, once the hint shows, the keys it names,
/// pressed as it says, do the task.
struct ConfigureHintTests {
    /// A task whose solution holds a `configure`, in one language.
    struct Case: Sendable, CustomStringConvertible {
        let entry: LessonEntry
        let index: Int
        let lang: Lang
        var description: String { "\(entry.id) step \(index + 1) (\(lang.rawValue))" }
    }

    static func isConfigure(_ step: Step) -> Bool {
        if case .command(.configure) = step { true } else { false }
    }

    /// Each task's configure steps: its solution's, then its wrong turns' examples'.
    static func configures(_ task: TaskSpec) -> (solution: [Step], examples: [Step]) {
        (task.solution.map(\.step).filter(isConfigure), task.wrongTurns.flatMap(\.example).map(\.step).filter(isConfigure))
    }

    static let cases: [Case] = LessonDriver.catalog.entries.flatMap { entry in
        entry.scenario.steps.indices.flatMap { k -> [Case] in
            guard case .task(let task) = entry.scenario.steps[k].step, !configures(task).solution.isEmpty else { return [] }
            return Lang.allCases.map { Case(entry: entry, index: k, lang: $0) }
        }
    }

    @Test func everyConfigureOfTheLessonsIsHintedByKeys() {
        var solutions = 0, examples = 0
        for entry in LessonDriver.catalog.entries {
            for at in entry.scenario.steps {
                guard case .task(let task) = at.step else { continue }
                let (solution, example) = Self.configures(task)
                solutions += solution.count
                examples += example.count
                for step in solution + example {
                    let items = LessonHints.items(for: step, names: entry.scenario.cluster.names)
                    let byKeys = !items.isEmpty && items.allSatisfy {
                        switch $0 {
                        case .acks, .option: true
                        case .key, .drop, .enter, .readMode: false
                        }
                    }
                    #expect(byKeys, "\(entry.id) line \(at.line): \(step) is hinted as \(items)")
                }
            }
        }
        // Lesson 8 (acks 1, all, min.insync.replicas 2), 10 (CheckQuorum), 11 (batch, pipelining), 13 (Pre-Vote,
        // CheckQuorum), 14 (min.insync.replicas 2, unclean leader election on), 17 (Pre-Vote, CheckQuorum); the
        // examples: lesson 8 (acks 0 and 1 in the min.insync.replicas task), 11 (in the batch task: pipelining,
        // Pre-Vote, CheckQuorum, no-op off; in the pipelining task: batch 16, 1, Pre-Vote, CheckQuorum, no-op off),
        // 13 (Pre-Vote on, twice; off), 14 (min.insync.replicas 3, unclean leader election on and acks 0, in the
        // min.insync.replicas task) and 17 (Pre-Vote off, in the first lease read's task).
        #expect(solutions == 12 && examples == 18, "\(solutions) solution steps, \(examples) examples")
    }

    @Test(arguments: cases)
    func theHintsKeysDoTheTask(_ c: Case) {
        var d = LessonDriver(c.entry, lang: c.lang)
        d.jump(to: c.index)
        guard case .task(let task)? = d.lesson.step, case .task = d.phase else {
            Issue.record("\(c): not at the task but \(d.phase)")
            return
        }
        d.tick(0)
        d.tick(TaskProgress.hintAfter + 1)
        guard case .task(let report)? = d.state.lesson?.phase, report.hint else {
            Issue.record("\(c): no hint after \(TaskProgress.hintAfter) s")
            return
        }
        #expect(!report.offersEnter, "\(c): the hint offers Enter")

        // The hint names the key on screen; the footer offers it.
        let words = LessonWords(c.lang)
        let lines = NarrationView.lines(d.state, width: 1000).map { $0.runs.map(\.text).joined() }
        let footer = LessonFooter.hints(d.state)?.map(\.key) ?? []
        var settings = 0
        for item in report.keys {
            let (text, key): (String, String)
            switch item {
            case .acks(let acks): (text, key) = (words.acksHint(acks), "a")
            case let .option(row, label, value, isSwitch):
                (text, key) = (words.optionHint(row: row, label: label, value: value, isSwitch: isSwitch), "o")
            case .key, .drop, .enter, .readMode: continue
            }
            settings += 1
            let named = c.lang == .en ? text.hasPrefix("press \(key) ") : ["누", "눌"].contains { text.contains("\(key)를 \($0)") }
            #expect(named, "\(c): \(text)")
            #expect(lines.contains("• " + text), "\(c): \(lines)")
            #expect(footer.contains(key), "\(c): footer \(footer)")
        }
        #expect(settings == Self.configures(task).solution.count)

        // Those keys, and the solution's other steps by theirs, do the task: its commands are the solution's.
        for case .command(let command) in task.solution.map(\.step) {
            let done = d.perform(command)
            #expect(done, "\(c): \(command) not done by its keys")
        }
        d.settle()
        #expect(d.lesson.index > c.index && d.lesson.journal.played.contains(c.index), "\(c): at step \(d.lesson.index + 1), \(d.phase)")
        let given = d.lesson.journal.commands[c.index]?.map(\.command) ?? []
        let solution = task.solution.compactMap { if case .command(let command) = $0.step { command } else { nil } }
        #expect(given == solution, "\(c): gave \(given)")
    }
}
