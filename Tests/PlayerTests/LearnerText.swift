import Foundation
import Lessons
import Picture
import RaftCore
import RaftSim
@testable import Screen

/// Every text a learner reads, with where it came from (issue 11, "One vocabulary"): the
/// screen's own words, the help and the legends, and what playing each lesson headless shows
/// (events, messages, the safety banner, the step list, steps in words, failure screens).
struct LearnerText {
    struct Sample {
        var origin: String
        var lang: Lang
        var text: String
    }

    var samples: [Sample] = []
    /// Node names and the words of written values, allowed in Korean text beside the glossary's.
    var names: Set<String> = []

    mutating func add(_ origin: String, _ phrase: Phrase) {
        for lang in Lang.allCases where !phrase[lang].isEmpty { samples.append(Sample(origin: origin, lang: lang, text: phrase[lang])) }
    }

    mutating func add(_ origin: String, _ lang: Lang, _ text: String) {
        if !text.isEmpty { samples.append(Sample(origin: origin, lang: lang, text: text)) }
    }

    // MARK: - The screen

    /// The help, the footer's keys, the legends and a few sentences built from parts.
    static func screen() -> LearnerText {
        var out = LearnerText()
        for lang in Lang.allCases {
            let ui = UIWords(lang), words = LessonWords(lang)
            for hint in ui.keys { out.add("help", lang, hint.word) }
            for legend in ui.legends { out.add("log legend", lang, legend) }
            for binding in KeyTable.bindings {
                out.add("key \(binding.shown)", lang, binding.word[lang])
                if let does = binding.does { out.add("key \(binding.shown)", lang, does[lang]) }
            }
            for command in KeyCommand.allCases {
                let key = KeyTable.binding(command).shown
                out.add("hint \(key)", lang, words.selectThen("Saturn", digit: 2, key: key, what: words.does(command)))
                out.add("hint \(key)", lang, words.press(key, what: words.does(command)))
            }
            let notes: [LessonNote] = [.taskNotDone(hintShown: false), .taskNotDone(hintShown: true), .keysWhileRunning, .keysWhileReading, .keysWhileQuiz(3), .pickAnAnswer(3), .running, .failedStep, .waitsForYou, .resumed(4)]
            for note in notes { out.add("lesson note", lang, words.note(note)) }
            out.add("narration", lang, words.taskWaits)
            out.add("failure screen", lang, words.failedIntro + " " + words.failedWhy + " " + words.waited(3000))
            out.add("step list", lang, words.stepsTitle)
            for banner in [SceneBanner(nodes: 5, unsafe: RaftRules.words(of: [.commitOldTerms, .voteTwice]), acks: "1", noop: false)] {
                out.add("scene banner", lang, words.scene(banner))
            }
            out.add("too small", lang, ui.tooSmall(width: 70, height: 20).joined(separator: " "))
        }
        for legend in RaftEngine.legend { out.add("map legend", legend) }
        for option in ClusterWorld(.raft(.defaultCluster)).options {
            out.add("options", option.label)
            out.add("options", option.value)
        }
        return out
    }

    // MARK: - Lessons played headless

    /// Everything `entry` shows when played headless, in both languages.
    static func lesson(_ entry: LessonEntry) -> LearnerText {
        var out = LearnerText()
        let id = entry.id
        out.names = names(of: entry.scenario)
        // The step list (`g`), from the lesson's report.
        let run = LessonRun(id: entry.id, number: entry.number, scenario: entry.scenario)
        let report = run.report(ClusterWorld(entry.scenario.cluster))
        for lang in Lang.allCases {
            // The lesson's own text is checked by file and line (ScenarioText); here the words around it.
            for (k, step) in report.steps.enumerated() where !step.isStop {
                out.add("\(id) step list \(k + 1)", lang, StepListView.line(step, LessonWords(lang), lang.rawValue).0)
            }
        }
        var runner = ScenarioRunner(entry.scenario)
        var cluster = entry.scenario.cluster
        _ = runner.run { line, world in
            switch line {
            case .event(let e):
                let picture = world.eventPicture(e)
                let origin = "\(id) event at \(TimeText.seconds(e.time))"
                out.add(origin, picture.text)
                for rule in picture.rules {
                    out.add(origin, rule.tag)
                    if let meaning = rule.meaning { out.add(origin, meaning) }
                }
            case .action(let number, let step), .held(let number, let step):
                out.step(step, number: number, world: world, cluster: cluster, id: id)
            case .solution(let step):
                out.step(step, number: 0, world: world, cluster: cluster, id: id)
            case .scene(let spec):
                cluster = spec
                out.add("\(id) scene", StepWords.title(.scene(spec), names: spec.names))
            case .task:
                break
            case .say, .quiz:
                break
            }
        }
        for at in entry.scenario.steps {
            guard case .task(let task) = at.step else { continue }
            let items = LessonHints.items(task, names: cluster.names)
            for lang in Lang.allCases {
                for line in NarrationView.hint(items, LessonWords(lang), width: 200) {
                    out.add("\(id) hint (line \(at.line))", lang, line.runs.map(\.text).joined())
                }
            }
        }
        return out
    }

    /// A step in words, the messages in flight and the safety banner at that moment, and for a
    /// condition what a failure screen would say (against this world and against the scene's start).
    mutating func step(_ step: Step, number: Int, world: ClusterWorld, cluster: ClusterSpec, id: String) {
        let origin = "\(id) step \(number)"
        add(origin, StepWords.title(step, names: world.names))
        add(origin, StepWords.running(step, names: world.names))
        let conditions: [Condition]
        switch step {
        case .wait(let c), .expect(let c): conditions = [c]
        case .task(let task): conditions = [task.until]
        default: conditions = []
        }
        for c in conditions {
            add(origin, ConditionWords.until(c, names: world.names))
            for world in [world, ClusterWorld(cluster)] {
                for finding in ConditionWords.findings(c, in: world) { add("\(origin) failure screen", finding.lines) }
            }
        }
        let picture = world.picture(run: RunPicture(), events: [])
        for message in picture.messages {
            guard let explain = message.explain else { continue }
            add("\(origin) message", explain.line)
            add("\(origin) message", explain.rule)
            for field in explain.fields {
                add("\(origin) message", field.label)
                add("\(origin) message", field.value)
            }
        }
        for lang in Lang.allCases { add("\(origin) safety banner", lang, BannerView.text(picture.monitor, lang)) }
    }

    /// The node names of every scene, and the words inside the values the lesson writes.
    static func names(of scenario: Scenario) -> Set<String> {
        var out = Set(scenario.cluster.names)
        var values: [String] = []
        func visit(_ step: Step) {
            switch step {
            case .scene(let spec):
                out.formUnion(spec.names)
                for state in (spec.raft?.state ?? [:]).values { values += state.log.compactMap(\.value) }
            case .command(.write(let value, _, _, _)): values.append(value)
            case .task(let task): task.solution.forEach { visit($0.step) }
            default: break
            }
        }
        for state in (scenario.cluster.raft?.state ?? [:]).values { values += state.log.compactMap(\.value) }
        scenario.steps.forEach { visit($0.step) }
        for value in values { out.formUnion(Glossary.englishWords(value)) }
        return out
    }
}
