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
    var tour: String { pick("Tour", "투어") }
    var task: String { pick("Your turn", "직접 해 보기") }
    var quiz: String { pick("Quiz", "퀴즈") }
    var running: String { pick("Watch", "지켜보기") }
    var failed: String { pick("Not as planned", "예상과 다름") }
    var ended: String { pick("Lesson done", "레슨 끝") }

    // MARK: - Narration pane

    var more: String { pick("more", "더 보기") }
    var goOn: String { pick("Enter ▸ go on", "Enter ▸ 계속") }
    /// "▶ the simulation runs until Saturn leads (at most 3 s)": the step in words (StepWords).
    func runningTo(_ step: Phrase) -> String { "▶ " + step[lang] }
    var hint: String { pick("Hint:", "힌트:") }
    var taskWaits: String {
        pick("The simulation is paused until you press a key for this task (or Space, to let it run).",
             "이 과제의 키를 누를 때까지 시뮬레이션은 일시 정지 상태입니다. 그냥 진행하려면 Space를 누르세요.")
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
    /// `a` until the acks mode is `acks` (the key goes round 0, 1, all).
    func acksHint(_ acks: String) -> String {
        pick("press a until the acks mode is \(acks) (the header shows acks=\(acks))",
             "acks 모드가 \(acks)\(Korean.particle(acks, .subject)) 될 때까지 a를 누르세요 (맨 위 줄에 acks=\(acks))")
    }
    /// `v` `presses` times, until the header shows the read mode `mode` as it names it on a
    /// simulated or a `real` cluster (`Update.nextReadMode`); none when it shows it already.
    func readModeHint(_ mode: ReadMode, presses: Int, real: Bool = false) -> String {
        let shown = real ? UIWords(lang).realReadMode(mode) : ClusterWords(lang).readWithMode(mode)
        if presses == 0, real { return pick("the header shows “\(shown)” already", "맨 위 줄이 이미 ‘\(shown)’입니다") }
        guard presses > 0 else { return pick("the read mode is \(ClusterWords(lang).readMode(mode)) already (the header shows “\(shown)”)",
                                             "읽기 방식은 이미 \(ClusterWords(lang).readMode(mode))입니다 (맨 위 줄에 ‘\(shown)’)") }
        let counted = ["한", "두"]
        let times = pick(presses == 1 ? "once" : "twice", "\(counted[min(presses, 2) - 1]) 번")
        return pick("press v \(times), until the header shows “\(shown)”",
                    "맨 위 줄에 ‘\(shown)’\(Korean.particle(shown, .subject)) 나올 때까지 v를 \(times) 누르세요")
    }
    /// The options panel: open it, ↓ to the row (it opens on the first), step the value, close it.
    func optionHint(row: Int, label: Phrase, value: Phrase, isSwitch: Bool) -> String {
        let key = isSwitch ? "Enter" : "→"
        let (name, shown) = (label[lang], value[lang])
        let set = pick("press \(key) until it reads \(shown), then Esc (close)",
                       "\(shown)\(Korean.particle(shown, .subject)) 될 때까지 \(key)\(Korean.particle(key, .object)) 누르고 Esc로 닫으세요")
        guard row > 0 else {
            return pick("press o (options): the first row is “\(name)”; \(set)", "o를 눌러 옵션을 열면 첫 줄이 ‘\(name)’입니다. \(set)")
        }
        let counted = ["한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열"]
        let times = pick(row == 1 ? "once" : row == 2 ? "twice" : "\(row) times", row <= 10 ? "\(counted[row - 1]) 번" : "\(row)번")
        return pick("press o (options), then ↓ \(times) to “\(name)”, then \(set)",
                    "o를 눌러 옵션을 열고 ↓를 \(times) 눌러 ‘\(name)’ 줄로 간 다음, \(set)")
    }
    func enterDoes(_ step: Phrase) -> String {
        pick("press Enter to have it done: \(step.en)", "Enter를 누르면 대신 해 줍니다: \(step.ko)")
    }
    var enterDone: String { pick("done with Enter; now watch", "Enter로 했습니다. 이제 지켜보세요") }

    /// What a command's key does, for the hint (the key table's words).
    func does(_ command: KeyCommand) -> String {
        let binding = KeyTable.binding(command)
        return (binding.does ?? binding.word)[lang]
    }

    func answerWith(_ count: Int) -> String { pick("Press 1–\(count) to answer.", "1–\(count) 중에서 골라 답하세요.") }
    var right: String { pick("✓ Right.", "✓ 맞았습니다.") }
    func wrong(_ answer: Int) -> String { pick("✗ Not quite: the answer is \(answer).", "✗ 아쉽습니다. 정답은 \(answer)번입니다.") }

    var failedIntro: String { pick("This step did not go as the lesson expected:", "이 단계가 레슨의 예상대로 되지 않았습니다:") }
    func waited(_ ms: Int) -> String {
        let span = TimeText.spoken(ms)
        return pick("(waited \(span.en) of simulated time)", "(시뮬레이션 시간으로 \(span.ko) 기다렸습니다)")
    }
    var failedWhy: String {
        pick("What you did changed the story. b goes back a step, g picks a step; both replay exactly.",
             "여러분이 한 일 때문에 이야기가 달라졌습니다. b는 한 단계 뒤로, g는 단계를 골라 이동하며, 둘 다 그대로 다시 재생합니다.")
    }

    func finished(_ title: String) -> String { pick("Finished: \(title)", "'\(title)' 레슨을 마쳤습니다") }
    func counts(steps: Int, says: Int, tasks: Int, done: Int, quizzes: Int, right: Int) -> String {
        pick("\(steps) steps: \(says) narrations, \(done) of \(tasks) tasks done by you, \(right) of \(quizzes) quiz answers right.",
             "모두 \(steps)단계: 설명 \(says)개, 과제 \(tasks)개 중 \(done)개 직접 완료, 퀴즈 \(quizzes)개 중 \(right)개 정답.")
    }
    func sawSafety(_ count: Int) -> String {
        pick("The safety monitor reported \(count) violation\(count == 1 ? "" : "s") on the way (the lesson broke a rule or chose an unsafe setting on purpose).",
             "도중에 안전성 모니터가 위반 \(count)건을 알렸습니다(레슨이 일부러 규칙을 깨거나 안전하지 않은 설정을 골랐습니다).")
    }
    func next(_ title: String) -> String { pick("Next: \(title). Enter starts it.", "다음 레슨: \(title). Enter로 시작합니다.") }
    var lastOne: String { pick("That was the last lesson. Enter shows the list of lessons.", "마지막 레슨이었습니다. Enter를 누르면 레슨 목록이 나옵니다.") }

    func scene(_ banner: SceneBanner) -> String {
        var parts = [pick("\(banner.nodes) nodes", "노드 \(banner.nodes)개")]
        if !banner.unsafe.isEmpty {
            parts.append(pick("broken on purpose: ", "일부러 깬 규칙: ") + banner.unsafe.map { $0[lang] }.joined(separator: ", "))
        }
        if banner.acks != "all" { parts.append("acks=\(banner.acks)") }
        if !banner.noop { parts.append(pick("no no-op for a new leader", "새 리더의 빈 항목 없음")) }
        return pick("═ New scene: ", "═ 새 장면: ") + parts.joined(separator: " · ") + " ═"
    }

    func note(_ note: LessonNote) -> String {
        switch note {
        case .taskNotDone(hintShown: false): pick("Enter does not skip a task: do it with the keys (the hint comes after 30 s).",
                                                  "Enter로 과제를 건너뛸 수는 없습니다. 키로 직접 해 보세요(30초가 지나면 힌트가 나옵니다).")
        case .taskNotDone(hintShown: true): pick("Enter does not skip a task: press the keys the hint names.",
                                                 "Enter로 과제를 건너뛸 수는 없습니다. 힌트에 나온 키를 눌러 보세요.")
        case .pickAnAnswer(let n): pick("Enter does not answer: choose 1–\(n) first. A guess is fine: the lesson then shows why.",
                                        "Enter로는 답할 수 없습니다. 먼저 1–\(n) 중에서 고르세요. 짐작으로 골라도 괜찮습니다. 이유는 레슨이 보여 줍니다.")
        case .keysWhileQuiz(let n): pick("Cluster keys (crash, write, ...) wait until you answer: choose 1–\(n); the lesson says when it is your turn.",
                                         "다운, 쓰기 같은 클러스터 키는 답하기 전에는 작동하지 않습니다. 1–\(n) 중에서 고르세요. 여러분 차례가 되면 레슨이 알려 줍니다.")
        case .running: pick("The simulation is running to the next step; + makes it faster.",
                            "다음 단계까지 시뮬레이션이 진행 중입니다. +를 누르면 빨라집니다.")
        case .failedStep: pick("This step did not hold: b goes back, g picks a step.",
                               "이 단계가 예상대로 되지 않았습니다. b로 뒤로 가거나 g로 단계를 고르세요.")
        case .keysWhileReading: pick("Cluster keys (crash, write, ...) wait while you read: press Enter to go on; the lesson says when it is your turn.",
                                     "다운, 쓰기 같은 클러스터 키는 읽는 동안에는 작동하지 않습니다. Enter로 넘어가세요. 여러분 차례가 되면 레슨이 알려 줍니다.")
        case .keysWhileRunning: pick("Cluster keys (crash, write, ...) wait while the lesson plays this part; the lesson says when it is your turn. + makes it faster.",
                                     "다운, 쓰기 같은 클러스터 키는 레슨이 이 부분을 보여 주는 동안에는 작동하지 않습니다. 여러분 차례가 되면 레슨이 알려 줍니다. +를 누르면 빨라집니다.")
        case .waitsForYou: pick("The simulation is paused while you read; Enter goes on.",
                                "읽는 동안 시뮬레이션은 일시 정지 상태입니다. Enter로 계속하세요.")
        case .resumed(let step): pick("Resumed at step \(step), where you stopped; g lists the steps.",
                                      "지난번에 그만둔 \(step)단계부터 이어서 합니다. g로 단계 목록을 볼 수 있습니다.")
        case .text(let text): text
        case .trap(let trap): self.trap(trap)
        }
    }

    // MARK: - Step list

    var stepsTitle: String { pick("Steps: ↑↓ choose, Enter jumps there (replayed exactly), Esc closes",
                                  "단계: ↑↓ 고르기, Enter 이동(그대로 다시 재생), Esc 닫기") }
    var taskWord: String { pick("Your turn", "직접 해 보기") }
    var quizWord: String { pick("Quiz", "퀴즈") }

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

    // MARK: - No trap (issue 11)

    var wrongTurn: String { pick("✗ That went another way:", "✗ 과제와 다른 길로 갔습니다:") }
    var retryOffer: String { pick("u ▸ try the task again from its start", "u ▸ 과제를 처음부터 다시 해 보기") }
    var retryAnyTime: String {
        pick("u tries the task again from its start.", "u를 누르면 과제를 처음부터 다시 할 수 있습니다.")
    }
    var retry: UIWords.KeyHint { UIWords.KeyHint(key: "u", word: pick("try again", "다시 해 보기")) }

    func trap(_ note: TrapNote) -> String {
        switch note {
        case .retried: pick("Back at the start of the task: try again.", "과제를 시작한 때로 돌아왔습니다. 다시 해 보세요.")
        case .noTask: pick("u tries a task again; there is no task now.", "u는 과제를 다시 할 때 씁니다. 지금은 과제가 없습니다.")
        case .atWrongTurn: pick("The task cannot go on from here: u tries it again from its start.",
                                "이 과제는 여기서 더 나아갈 수 없습니다. u를 누르면 처음부터 다시 할 수 있습니다.")
        case .realigned:
            pick("Your way of doing the task took the cluster somewhere this lesson's next step does not expect; it was replayed the way the hint shows so you can go on.",
                 "여러분이 과제를 한 방식으로는 클러스터가 이 레슨의 다음 단계가 예상하지 않은 상태가 되었습니다. 계속할 수 있도록 힌트에 나온 방법으로 다시 재생했습니다.")
        }
    }
}
