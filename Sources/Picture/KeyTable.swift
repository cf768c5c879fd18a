/// The one key table: it drives key dispatch, the help (`?`), the footer, the lesson player's
/// hints, and a test that the README's key list matches it (product.md, "Keys").
public enum KeyTable {
    public static let bindings: [KeyBinding] = [
        KeyBinding([], "1..9", .selectByNumber, Phrase(en: "select", ko: "선택")),
        KeyBinding([.tab], "Tab", .selectNext, Phrase(en: "select", ko: "선택")),
        KeyBinding([.char("c")], "c", .crash, Phrase(en: "crash", ko: "다운")),
        KeyBinding([.char("r")], "r", .restart, Phrase(en: "restart", ko: "재시작")),
        KeyBinding([.char("p")], "p", .isolate, Phrase(en: "isolate", ko: "고립")),
        KeyBinding([.char("h")], "h", .heal, Phrase(en: "heal", ko: "복구")),
        KeyBinding([.char("s")], "s", .slow, Phrase(en: "slow", ko: "느리게"),
                   does: Phrase(en: "slow its links", ko: "링크 느리게")),
        KeyBinding([.char("t")], "t", .timeout, Phrase(en: "timeout", ko: "타이머 만료"),
                   does: Phrase(en: "time out now", ko: "지금 타이머 만료")),
        KeyBinding([.char("w")], "w", .write, Phrase(en: "write", ko: "쓰기"),
                   does: Phrase(en: "client write", ko: "클라이언트 쓰기")),
        KeyBinding([.char("W")], "W", .writeToSelected, Phrase(en: "write to it", ko: "그 노드에 쓰기")),
        KeyBinding([.char("a")], "a", .cycleAcks, Phrase(en: "acks", ko: "acks")),
        KeyBinding([.char("k")], "k", .consume, Phrase(en: "consume", ko: "컨슈머 읽기")),
        KeyBinding([.char("S")], "S", .snapshot, Phrase(en: "snapshot", ko: "스냅샷"),
                   does: Phrase(en: "snapshot it", ko: "스냅샷 만들기")),
        KeyBinding([.char("R")], "R", .read, Phrase(en: "read", ko: "읽기"),
                   does: Phrase(en: "client read", ko: "클라이언트 읽기")),
        KeyBinding([.char("v")], "v", .cycleReadMode, Phrase(en: "read mode", ko: "읽기 방식")),
        KeyBinding([.char("T")], "T", .transfer, Phrase(en: "transfer", ko: "리더십 이전"),
                   does: Phrase(en: "hand leadership to it", ko: "그 노드에게 리더 자리 넘기기")),
        KeyBinding([.char("A")], "A", .addMember, Phrase(en: "add", ko: "추가"),
                   does: Phrase(en: "add it to the configuration", ko: "구성에 추가")),
        KeyBinding([.char("D")], "D", .removeMember, Phrase(en: "remove", ko: "제거"),
                   does: Phrase(en: "remove it from the configuration", ko: "구성에서 제거")),
        KeyBinding([.char("z")], "z", .freeze, Phrase(en: "pause member", ko: "멤버 일시 정지"),
                   does: Phrase(en: "pause / resume it (SIGSTOP)", ko: "일시 정지 / 재개 (SIGSTOP)")),
        KeyBinding([.char("m")], "m", .highlight, Phrase(en: "message", ko: "메시지")),
        KeyBinding([.char("x")], "x", .drop, Phrase(en: "drop", ko: "버리기")),
        KeyBinding([.char("o")], "o", .options, Phrase(en: "options", ko: "옵션")),
        KeyBinding([.char(" ")], "Space", .togglePause, Phrase(en: "pause", ko: "일시 정지")),
        KeyBinding([.char(".")], ".", .stepEvent, Phrase(en: "step", ko: "한 단계")),
        KeyBinding([.char("+"), .char("=")], "+", .faster, Phrase(en: "faster", ko: "빠르게")),
        KeyBinding([.char("-"), .char("_")], "-", .slower, Phrase(en: "slower", ko: "느리게")),
        KeyBinding([.char("[")], "[", .back, Phrase(en: "history", ko: "기록")),
        KeyBinding([.char("]")], "]", .forward, Phrase(en: "history", ko: "기록")),
        KeyBinding([.pageUp], "PgUp", .eventsUp, Phrase(en: "older events", ko: "이전 이벤트")),
        KeyBinding([.pageDown], "PgDn", .eventsDown, Phrase(en: "newer events", ko: "최신 이벤트")),
        KeyBinding([.char("V")], "V", .eventsSize, Phrase(en: "events pane", ko: "이벤트 창")),
        KeyBinding([.char("<")], "<", .logLeft, Phrase(en: "log left", ko: "로그 왼쪽")),
        KeyBinding([.char(">")], ">", .logRight, Phrase(en: "log right", ko: "로그 오른쪽")),
        KeyBinding([.enter, .char("n")], "Enter n", .goOn, Phrase(en: "next", ko: "계속")),
        KeyBinding([.char("b")], "b", .previousStep, Phrase(en: "back", ko: "뒤로")),
        KeyBinding([.char("g")], "g", .stepList, Phrase(en: "steps", ko: "단계")),
        KeyBinding([.char("u")], "u", .retryTask, Phrase(en: "try again", ko: "다시 해 보기")),
        KeyBinding([.char("d")], "d", .diagram, Phrase(en: "diagram", ko: "다이어그램")),
        KeyBinding([.char("e")], "e", .explain, Phrase(en: "explain", ko: "설명")),
        KeyBinding([.char("i")], "i", .inspect, Phrase(en: "inspect", ko: "살펴보기")),
        KeyBinding([.char("l")], "l", .legend, Phrase(en: "legend", ko: "표시 설명")),
        KeyBinding([.char("?")], "?", .help, Phrase(en: "help", ko: "도움말")),
        KeyBinding([.escape], "Esc", .close, Phrase(en: "close", ko: "닫기")),
        KeyBinding([.char("q")], "q", .quit, Phrase(en: "quit", ko: "종료")),
    ]

    /// The binding of a command (every command has exactly one).
    public static func binding(_ command: KeyCommand) -> KeyBinding {
        bindings.first { $0.command == command }!
    }

    /// The command a key gives, if any (digits select nodes or answer quizzes: see `Key`).
    public static func command(for key: Key) -> KeyCommand? {
        bindings.first { $0.keys.contains(key) }?.command
    }

    /// How the help writes a row's keys: "c  r", "PgUp PgDn < >".
    public static func shown(_ row: KeyHelpRow) -> String {
        row.groups.map { $0.map { binding($0).shown }.joined(separator: " ") }.joined(separator: "  ")
    }

    /// What a real etcd cluster honours (issue 14): the rest (step, speed, history, drop,
    /// options, acks, snapshot, membership, the diagram) says so in the footer.
    public static let realCommands: Set<KeyCommand> = [
        .selectByNumber, .selectNext, .crash, .restart, .freeze, .isolate, .heal, .write, .writeToSelected,
        .read, .cycleReadMode, .transfer, .eventsUp, .eventsDown, .eventsSize, .logLeft, .logRight,
        .explain, .inspect, .legend, .help, .close, .quit,
    ]

    /// The help of `raftlab etcd` (`?`): the keys as a real cluster takes them.
    public static let realHelp: [KeyHelpRow] = [
        KeyHelpRow([[.selectByNumber], [.selectNext]], Phrase(en: "select a member", ko: "멤버 선택")),
        KeyHelpRow([[.crash], [.restart]], Phrase(en: "kill the selected member (SIGKILL) / restart it from its data directory",
                                                  ko: "선택한 멤버 종료 (SIGKILL) / 데이터 디렉터리에서 재시작")),
        KeyHelpRow([[.freeze]], Phrase(en: "pause it (SIGSTOP: alive but silent) / resume it",
                                       ko: "일시 정지 (SIGSTOP: 살아 있지만 응답 없음) / 재개")),
        KeyHelpRow([[.isolate], [.heal]], Phrase(en: "isolate it: its relay drops all peer traffic / heal all",
                                                 ko: "고립: 릴레이가 피어 트래픽을 모두 끊음 / 모두 복구")),
        KeyHelpRow([[.write], [.writeToSelected]], Phrase(en: "put through the leader / through the selected member",
                                                          ko: "리더를 통해 put / 선택한 멤버를 통해 put")),
        KeyHelpRow([[.read], [.cycleReadMode]], Phrase(en: "read at the selected member / linearizable or serializable",
                                                       ko: "선택한 멤버에서 읽기 / linearizable 또는 serializable")),
        KeyHelpRow([[.transfer]], Phrase(en: "the leader hands leadership to the selected member",
                                         ko: "리더가 선택한 멤버에게 리더십을 넘김")),
        KeyHelpRow([[.eventsUp, .eventsDown, .logLeft, .logRight], [.eventsSize]], Phrase(
            en: "scroll the events pane / the log table / larger events pane", ko: "이벤트 / 로그 표 스크롤, 이벤트 창 크게")),
        KeyHelpRow([[.explain], [.inspect]], Phrase(en: "explain the latest event / inspect the selected member",
                                                    ko: "최근 이벤트 설명 / 선택한 멤버 살펴보기")),
        KeyHelpRow([[.help], [.legend], [.close], [.quit]], Phrase(
            en: "this help / every mark explained / close any overlay / quit (stops the members raftlab started)",
            ko: "이 도움말 / 모든 표시의 뜻 / 창 닫기 / 종료 (raftlab이 시작한 멤버를 멈춤)")),
    ]

    /// The help (`?`): every key of product.md's table and what it does.
    public static let help: [KeyHelpRow] = [
        KeyHelpRow([[.selectByNumber], [.selectNext]], Phrase(
            en: "select a node (in a quiz, digits answer it)", ko: "노드 선택 (퀴즈 중에는 숫자가 답)")),
        KeyHelpRow([[.crash], [.restart]], Phrase(en: "crash / restart the selected node", ko: "선택한 노드 다운 / 재시작")),
        KeyHelpRow([[.isolate], [.heal]], Phrase(en: "isolate the selected node (partitions combine) / heal all",
                                                 ko: "선택한 노드 고립 (파티션은 겹침) / 모두 복구")),
        KeyHelpRow([[.slow], [.timeout]], Phrase(en: "slow the selected node's links / fire its election timer now",
                                                 ko: "선택한 노드의 링크를 느리게 / 선거 타이머를 지금 만료")),
        KeyHelpRow([[.write], [.writeToSelected]], Phrase(en: "write via the believed leader / to the selected node",
                                                          ko: "쓰기: 클라이언트가 아는 리더로 / 선택한 노드로")),
        KeyHelpRow([[.cycleAcks]], Phrase(en: "cycle the acks mode 0 / 1 / all", ko: "acks 모드 바꾸기 0 / 1 / all")),
        KeyHelpRow([[.consume]], Phrase(en: "consumer reads the selected node up to its high watermark",
                                        ko: "컨슈머가 선택한 노드에서 하이 워터마크까지 읽기")),
        KeyHelpRow([[.snapshot], [.transfer]], Phrase(en: "snapshot the selected node / hand it leadership (transfer)",
                                                      ko: "선택한 노드의 스냅샷 / 그 노드로 리더십 이전")),
        KeyHelpRow([[.read], [.cycleReadMode]], Phrase(en: "a client read / cycle the read mode ReadIndex / lease / local",
                                                       ko: "클라이언트 읽기 / 읽기 방식 바꾸기 ReadIndex / 리스 / 로컬")),
        KeyHelpRow([[.addMember], [.removeMember]], Phrase(en: "the leader adds / removes the selected node (one at a time)",
                                                           ko: "리더가 선택한 노드를 구성에 추가 / 제거 (한 번에 하나씩)")),
        KeyHelpRow([[.highlight], [.drop]], Phrase(en: "highlight the next message in flight / drop it",
                                                   ko: "전송 중인 다음 메시지 강조 / 버리기")),
        KeyHelpRow([[.options]], Phrase(en: "options: Pre-Vote, CheckQuorum, batch, timing, rules to break",
                                        ko: "옵션: Pre-Vote, CheckQuorum, 배치, 시간, 일부러 깰 규칙")),
        KeyHelpRow([[.togglePause, .stepEvent], [.faster, .slower]], Phrase(
            en: "pause / run; step one event while paused; faster / slower",
            ko: "일시 정지 / 실행, 정지 중 한 이벤트씩, 빠르게 / 느리게")),
        KeyHelpRow([[.back], [.forward]], Phrase(en: "back / forward through history; acting in the past forks it",
                                                 ko: "기록 뒤로 / 앞으로 (과거에서 조작하면 갈라짐)")),
        KeyHelpRow([[.eventsUp, .eventsDown, .logLeft, .logRight]], Phrase(
            en: "scroll the events pane / scroll the log table", ko: "이벤트 스크롤 / 로그 표 스크롤")),
        KeyHelpRow([[.goOn, .previousStep, .stepList, .retryTask]], Phrase(
            en: "next / previous / jump to a lesson step / try the task again",
            ko: "레슨 다음 / 이전 / 단계로 이동 / 과제를 처음부터 다시")),
        KeyHelpRow([[.diagram], [.eventsSize]], Phrase(en: "space-time diagram on / off / larger events pane",
                                                      ko: "시공간 다이어그램 켜기 / 끄기, 이벤트 창 크게")),
        KeyHelpRow([[.explain]], Phrase(en: "explain the highlighted message, else the latest event",
                                        ko: "강조한 메시지(없으면 최근 이벤트) 설명")),
        KeyHelpRow([[.inspect]], Phrase(en: "inspect the selected node: all its state, key/value state",
                                        ko: "선택한 노드 살펴보기: 모든 상태, 키/값 상태")),
        KeyHelpRow([[.help], [.legend], [.close], [.quit]], Phrase(
            en: "this help / every mark explained / close any overlay / quit",
            ko: "이 도움말 / 모든 표시의 뜻 / 창 닫기 / 종료 (터미널 복원)")),
    ]
}
