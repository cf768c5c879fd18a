import RaftSim

/// The text of `raftlab run`: one line per event and narration, with simulated times.
public struct Transcript: Sendable {
    public let lang: String
    public var verbose: Bool

    public init(lang: String, verbose: Bool = false) {
        self.lang = lang
        self.verbose = verbose
    }

    /// The lines for one thing the runner showed (none for hidden detail events).
    public func lines(_ line: ScenarioRunner.Line, _ world: ClusterWorld) -> [String] {
        let at = Describer.time(world.now)
        let text: (LocalizedText) -> String = { $0.resolve(lang) }
        switch line {
        case .event(let event):
            guard verbose || event.isMain else { return [] }
            let describer = Describer(names: world.names, values: world.values, lang: describerLang)
            return ["\(Describer.time(event.time))  \(describer.event(event))"]
        case .say(let t): return prefixed(at, "»", text(t))
        case .task(let t): return prefixed(at, label("task", "과제"), text(t))
        case .solution(let step): return ["\(at)  \(label("solution", "해법")): \(stepText(step, world.names))"]
        case .action(_, let step): return ["\(at)  ▶ \(stepText(step, world.names))"]
        case .held(_, let step): return ["\(at)  ✓ \(stepText(step, world.names))"]
        case .scene(let spec):
            return ["\(at)  ═ \(label("new scene", "새 장면")): \(spec.names.joined(separator: ", "))"]
        case .quiz(let quiz): return quizLines(at, quiz)
        }
    }

    var describerLang: Lang { Language.base(of: lang) == "ko" ? .ko : .en }

    func label(_ en: String, _ ko: String) -> String { describerLang == .ko ? ko : en }

    func prefixed(_ at: String, _ mark: String, _ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { k, line in
            k == 0 ? "\(at)  \(mark) \(line)" : "\(String(repeating: " ", count: at.count))    \(line)"
        }
    }

    func quizLines(_ at: String, _ quiz: QuizSpec) -> [String] {
        var out = prefixed(at, label("quiz", "퀴즈") + ":", quiz.ask.resolve(lang))
        let pad = String(repeating: " ", count: at.count)
        for (k, choice) in quiz.choices.enumerated() {
            let mark = k + 1 == quiz.answer ? "*" : " "
            out.append("\(pad)   \(mark)\(k + 1). \(choice.resolve(lang))")
        }
        out.append("\(pad)    \(label("answer", "정답")) \(quiz.answer): \(quiz.explain.resolve(lang))")
        return out
    }

    /// The step as the writer writes it, its nodes named by `names` (the current scene's); what YAML
    /// leaves unescaped (bidirectional controls) is escaped for the reader ("Limits").
    func stepText(_ step: Step, _ names: [String]) -> String {
        ShownText.escaped(ScenarioWriter.step(step, names: names, indent: "").joined(separator: " ")
            .replacingOccurrences(of: "- ", with: "", options: .anchored))
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with new: String, options: AnchoredOption) -> String {
        hasPrefix(target) ? new + dropFirst(target.count) : self
    }
    fileprivate enum AnchoredOption { case anchored }
}
