import Picture

/// The lesson player's own words, in English and Korean (`--lang`); lesson text comes from
/// the scenario.
struct LessonWords: Sendable {
    let lang: Lang

    init(_ lang: Lang) { self.lang = lang }

    /// Both forms written together (see `UIWords.pick`).
    func pick(_ en: String, _ ko: String) -> String { Phrase(en: en, ko: ko)[lang] }

    // MARK: - Header and pane titles

    var lessons: String { pick("lessons", "레슨") }
    func stepOf(_ step: Int, _ count: Int) -> String { pick("step \(step)/\(count)", "\(step)/\(count)단계") }
    var narration: String { pick("Lesson", "레슨") }
    var task: String { pick("Your turn", "직접 해 보기") }
    var quiz: String { pick("Quiz", "퀴즈") }
    var running: String { pick("Watch", "지켜보기") }
    var failed: String { pick("Not as planned", "예상과 다름") }
    var ended: String { pick("Lesson done", "레슨 끝") }

    // MARK: - Narration pane

    var more: String { pick("more", "더 보기") }
    var goOn: String { pick("Enter ▸ go on", "Enter ▸ 계속") }
    func runningTo(_ step: String) -> String { pick("▶ the simulation runs: \(step)", "▶ 시뮬레이션 진행 중: \(step)") }
    var hint: String { pick("Hint:", "힌트:") }
    var taskWaits: String {
        pick("The world waits for your keys; it runs once you have acted (or press Space).",
             "세상은 여러분의 키를 기다립니다. 직접 해 보면(또는 Space를 누르면) 움직입니다.")
    }
    func selectThen(_ node: String, digit: Int?, key: String, what: String) -> String {
        let select = digit.map {
            pick("select \(node) with \($0)", "\($0)\(Korean.particle("\($0)", .toward)) \(node)\(Korean.particle(node, .object)) 고르고")
        } ?? pick("select \(node) with Tab", "Tab으로 \(node)\(Korean.particle(node, .object)) 고르고")
        return pick("\(select), then press \(key) (\(what))", "\(select) \(key)\(Korean.particle(key, .object)) 누르세요 (\(what))")
    }
    func press(_ key: String, what: String) -> String {
        pick("press \(key) (\(what))", "\(key)\(Korean.particle(key, .object)) 누르세요 (\(what))")
    }
    func dropHint(_ from: String, _ to: String) -> String {
        pick("press m until the message \(from)→\(to) is highlighted, then x (drop it)",
             "\(from)→\(to) 메시지가 강조될 때까지 m을 누른 다음 x를 누르세요 (버리기)")
    }
    func enterDoes(_ step: String) -> String { pick("press Enter to do it: \(step)", "Enter를 누르면 해 줍니다: \(step)") }
    var enterDone: String { pick("done with Enter; now watch", "Enter로 했습니다. 이제 지켜보세요") }

    /// What a command's key does, for the hint (the key table's words).
    func does(_ command: KeyCommand) -> String {
        let binding = KeyTable.binding(command)
        return (binding.does ?? binding.word)[lang]
    }

    func answerWith(_ count: Int) -> String { pick("Press 1–\(count) to answer.", "1–\(count) 중에서 골라 답하세요.") }
    var right: String { pick("✓ Right.", "✓ 맞았습니다.") }
    func wrong(_ answer: Int) -> String { pick("✗ Not quite: the answer is \(answer).", "✗ 아쉽네요. 정답은 \(answer)번입니다.") }

    var failedIntro: String { pick("This step did not hold:", "이 단계가 예상대로 되지 않았습니다:") }
    func waited(_ ms: Int) -> String { pick("(waited \(ms) ms of simulated time)", "(시뮬레이션 시간으로 \(ms) ms 기다림)") }
    var failedWhy: String {
        pick("What you did changed the story. b goes back a step, g picks a step; both replay exactly.",
             "여러분이 한 일 때문에 이야기가 달라졌어요. b는 한 단계 뒤로, g는 단계를 골라 이동하며, 둘 다 그대로 다시 재생합니다.")
    }

    func finished(_ title: String) -> String { pick("Finished: \(title)", "다 마쳤습니다: \(title)") }
    func counts(steps: Int, says: Int, tasks: Int, done: Int, quizzes: Int, right: Int) -> String {
        pick("\(steps) steps: \(says) narrations, \(done) of \(tasks) tasks done by you, \(right) of \(quizzes) quiz answers right.",
             "모두 \(steps)단계: 설명 \(says)개, 과제 \(tasks)개 중 \(done)개 직접 완료, 퀴즈 \(quizzes)개 중 \(right)개 정답.")
    }
    func sawSafety(_ count: Int) -> String {
        pick("The safety monitor reported \(count) violation\(count == 1 ? "" : "s") on the way (the lesson broke a rule on purpose).",
             "도중에 안전 모니터가 위반 \(count)건을 알렸습니다(레슨이 일부러 규칙을 깼습니다).")
    }
    func next(_ title: String) -> String { pick("Next: \(title). Enter starts it.", "다음 레슨: \(title). Enter로 시작합니다.") }
    var lastOne: String { pick("That was the last lesson. Enter shows the list of lessons.", "마지막 레슨이었습니다. Enter를 누르면 레슨 목록이 나옵니다.") }

    func scene(_ banner: SceneBanner) -> String {
        var parts = [pick("\(banner.nodes) nodes", "노드 \(banner.nodes)개")]
        if !banner.unsafe.isEmpty { parts.append("unsafe: " + banner.unsafe.joined(separator: ", ")) }
        if banner.acks != "all" { parts.append("acks=\(banner.acks)") }
        if !banner.noop { parts.append(pick("no-op off", "no-op 끔")) }
        return pick("═ New scene: ", "═ 새 장면: ") + parts.joined(separator: " · ") + " ═"
    }

    func note(_ note: LessonNote) -> String {
        switch note {
        case .taskNotDone: pick("Enter does not skip a task: do it with the keys (the hint comes after 30 s).",
                                "Enter로 과제를 건너뛸 수는 없어요. 키로 직접 해 보세요(30초가 지나면 힌트가 나옵니다).")
        case .pickAnAnswer(let n): answerWith(n)
        case .running: pick("The simulation is running to the next step; + makes it faster.",
                            "다음 단계까지 시뮬레이션이 진행 중입니다. +를 누르면 빨라집니다.")
        case .failedStep: pick("This step did not hold: b goes back, g picks a step.",
                               "이 단계가 예상대로 되지 않았어요. b로 뒤로 가거나 g로 단계를 고르세요.")
        case .waitsForYou: pick("The world waits while you read; Enter goes on.", "읽는 동안 세상은 멈춰 있어요. Enter로 계속하세요.")
        case .resumed(let step): pick("Resumed at step \(step), where you stopped; g lists the steps.",
                                      "멈췄던 \(step)단계부터 이어서 합니다. g로 단계 목록을 볼 수 있어요.")
        case .text(let text): text
        }
    }

    // MARK: - Step list

    var stepsTitle: String { pick("Steps: ↑↓ choose, Enter jumps there (replayed exactly), Esc closes",
                                  "단계: ↑↓ 고르기, Enter 이동(그대로 다시 재생), Esc 닫기") }
    var sayWord: String { pick("say", "설명") }
    var taskWord: String { pick("task", "과제") }
    var quizWord: String { pick("quiz", "퀴즈") }

    // MARK: - Menu

    var menuTitle: String { pick("Lessons", "레슨") }
    var finishedMark: String { pick("✓ finished", "✓ 완료") }
    func stoppedAt(_ step: Int, _ count: Int) -> String { pick("▶ stopped at \(step)/\(count)", "▶ \(step)/\(count)단계에서 멈춤") }
    var noLessons: String { pick("No lessons found: run raftlab where its scenarios/ directory is, or pass --dir.",
                                 "레슨을 찾지 못했습니다. scenarios/ 디렉터리가 있는 곳에서 실행하거나 --dir을 주세요.") }

    // MARK: - Footer

    var next: UIWords.KeyHint { UIWords.KeyHint(key: "Enter", word: pick("next", "계속")) }
    var back: UIWords.KeyHint { UIWords.KeyHint(key: "b", word: pick("back", "뒤로")) }
    var steps: UIWords.KeyHint { UIWords.KeyHint(key: "g", word: pick("steps", "단계")) }
    func answer(_ count: Int) -> UIWords.KeyHint { UIWords.KeyHint(key: "1-\(count)", word: pick("answer", "답")) }
    var doIt: UIWords.KeyHint { UIWords.KeyHint(key: "Enter", word: pick("do it", "해 주기")) }
    var faster: UIWords.KeyHint { UIWords.KeyHint(key: "+", word: pick("faster", "빠르게")) }
    var nextLesson: UIWords.KeyHint { UIWords.KeyHint(key: "Enter", word: pick("next lesson", "다음 레슨")) }
    var choose: UIWords.KeyHint { UIWords.KeyHint(key: "↑↓", word: pick("choose", "고르기")) }
    var jump: UIWords.KeyHint { UIWords.KeyHint(key: "Enter", word: pick("jump", "이동")) }
    var start: UIWords.KeyHint { UIWords.KeyHint(key: "Enter", word: pick("start", "시작")) }
    var scrollText: UIWords.KeyHint { UIWords.KeyHint(key: "↑↓", word: pick("scroll", "스크롤")) }

    // MARK: - Pace (issue 11)

    /// The narration pane's last line while the learner has paused the world (Space): in words,
    /// that nothing moves, timers included.
    var pausedNothingMoves: String {
        pick("‖ Paused: no time passes, so nothing moves, timers included. Space runs it on.",
             "‖ 일시 정지: 시간이 흐르지 않아서 타이머를 포함해 아무것도 움직이지 않습니다. Space를 누르면 다시 진행합니다.")
    }
}
