import RaftCore
import RaftSim
import Testing
@testable import Lessons

/// Steps and conditions in words (issue 11, "Nothing raw"): what the lesson player shows for a
/// step while the world runs to it, in the step list and on a failure screen, in both languages.
struct StepWordsTests {
    static let names = ["Neptune", "Saturn", "Jupiter"]
    static let neptune: NodeID = 0, saturn: NodeID = 1, jupiter: NodeID = 2

    static func title(_ step: Step) -> Phrase { StepWords.title(step, names: names) }

    @Test func waitsSayUntilWhatAndForHowLong() {
        let wait = Self.title(.wait(Condition(leader: .node(Self.saturn), within: 3000)))
        #expect(wait == Phrase(en: "the simulation runs until Saturn leads (at most 3 s)",
                               ko: "Saturn이 리더가 될 때까지 시뮬레이션이 진행됩니다 (최대 3초)"))
        let commit = Self.title(.wait(Condition(commit: [PerNode(0, NumberMatch(1)), PerNode(1, NumberMatch(1)),
                                                          PerNode(2, NumberMatch(1))], within: 500)))
        #expect(commit == Phrase(en: "the simulation runs until the commit index of Neptune, Saturn and Jupiter is 1 (at most 500 ms)",
                                 ko: "Neptune, Saturn, Jupiter의 커밋 인덱스가 1이 될 때까지 시뮬레이션이 진행됩니다 (최대 500 ms)"))
        let two = Self.title(.wait(Condition(role: [PerNode(0, [nil])], committed: "x=1")))
        #expect(two == Phrase(en: "the simulation runs until Neptune is crashed and the entry x=1 is committed (at most 5 s)",
                              ko: "Neptune이 다운되고 x=1 항목이 커밋될 때까지 시뮬레이션이 진행됩니다 (최대 5초)"))
    }

    @Test func runsSayHowLongAndWhatToWatch() {
        #expect(StepWords.running(.run(2000), names: Self.names)
                == Phrase(en: "the simulation runs for 2 s: watch the cluster", ko: "시뮬레이션이 2초 동안 진행됩니다. 클러스터를 지켜보세요"))
        #expect(Self.title(.run(300)).en == "the simulation runs for 300 ms")
        #expect(Self.title(.run(1500)).ko == "시뮬레이션이 1.5초 동안 진행됩니다")
    }

    @Test func commandsAreSentences() {
        #expect(Self.title(.command(.crash(0))) == Phrase(en: "Neptune crashes", ko: "Neptune이 다운됩니다"))
        #expect(Self.title(.command(.restart(2))) == Phrase(en: "Jupiter restarts", ko: "Jupiter가 재시작합니다"))
        #expect(Self.title(.command(.partition([[1]]))) == Phrase(en: "Saturn is isolated from the others", ko: "Saturn이 고립됩니다"))
        #expect(Self.title(.command(.partition([[0, 1]]))).en == "a partition splits the network: Neptune, Saturn | Jupiter")
        #expect(Self.title(.command(.timeout(1))).ko == "Saturn의 선거 타이머가 만료됩니다")
        #expect(Self.title(.command(.write(value: "x=1", to: nil, acks: nil, count: 1)))
                == Phrase(en: "the client writes x=1", ko: "클라이언트가 x=1을 씁니다"))
        #expect(Self.title(.command(.write(value: "order", to: 0, acks: .one, count: 50)))
                == Phrase(en: "50 clients write order#1 … order#50 to Neptune (acks=1)",
                          ko: "클라이언트 50개가 Neptune에게 order#1 … order#50을 씁니다 (acks=1)"))
        #expect(Self.title(.command(.slow(2, latency: 100...100))).en == "Jupiter's links slow down to 100 ms")
        #expect(Self.title(.command(.cut(from: 2, to: 0))).ko == "Jupiter→Neptune 링크가 끊깁니다 (한 방향)")
        let configure = Self.title(.command(.configure(Reconfiguration(engine: ClusterChange.raft(EngineConfig.Change(batch: 1, pipeline: false,
                                                                                                     unsafe: [.voteTwice]))))))
        #expect(configure == Phrase(en: "settings change: batches of at most 1 entry, pipelining off, broken on purpose: votes twice in a term",
                                    ko: "설정 변경: 배치 최대 항목 1개, 파이프라이닝 끔, 일부러 깬 규칙: 한 임기에 두 번 투표"))
    }

    @Test func checksAndScenesInWords() {
        let check = Self.title(.expect(Condition(acked: NumberMatch(.ge, 1), violations: NumberMatch(0))))
        #expect(check == Phrase(en: "check: at least 1 write has been acknowledged and no safety violation has been reported",
                                ko: "확인: 확인 응답된 쓰기 1개 이상, 안전성 위반 0건"))
        var spec = WorldSpec(names: ["Neptune", "Saturn", "Jupiter", "Mars", "Venus"])
        spec.engine.unsafe = [.commitOldTerms]
        #expect(Self.title(.scene(.raft(spec))).en
                == "new scene: 5 nodes (Neptune, Saturn, Jupiter, Mars, Venus) · broken on purpose: commits old-term entries by counting")
    }

    /// No step's words hold format syntax: braces, snake_case keys, the unsafe rules' names.
    @Test func noStepIsWrittenAsTheFormat() {
        let steps: [Step] = [
            .wait(Condition(leader: .oneOf([1, 2]), role: [PerNode(0, [.candidate, nil])], term: [PerNode(0, NumberMatch(.gt, 2))],
                            votedFor: [PerNode(1, nil)], log: [PerNode(0, [1, 1, 2])], applied: [PerNode(1, NumberMatch(2))],
                            match: [PerNode(2, NumberMatch(3))], inFlight: NumberMatch(0), consumed: NumberMatch(4),
                            lost: NumberMatch(1), violated: [.leaderCompleteness, .stateMachineSafety], within: 200)),
            .command(.configure(Reconfiguration(engine: ClusterChange.raft(EngineConfig.Change(checkQuorum: true, unsafe: [.writeWithoutQuorum, .appendWithoutLogCheck]))))),
            .command(.drop(from: 0, to: 1)), .command(.consume(from: 2)), .command(.heal),
        ]
        for step in steps {
            let words = Self.title(step)
            for text in [words.en, words.ko] {
                #expect(!text.contains("{") && !text.contains("}") && !text.contains("_"), "\(text)")
                #expect(!text.contains("within") && !text.contains("in flight:") && !text.contains("leader:"), "\(text)")
            }
        }
    }

    /// A failure names what was expected and what the world shows instead.
    @Test func findingsSayWhatWasExpectedAndFound() {
        var spec = WorldSpec(names: Self.names)
        spec.state = [0: InitialState(term: 1, log: [LogItem(term: 1)], commit: 1),
                      1: InitialState(term: 1, log: [LogItem(term: 1)], commit: 1),
                      2: InitialState(term: 1, log: [LogItem(term: 1)], commit: 1)]
        spec.leader = 0
        var world = ClusterWorld.raft(RaftWorld(spec))
        world.run(for: 100)
        let commit = world.commitIndex(of: 0)
        let c = Condition(leader: .node(1), role: [PerNode(2, [nil])], commit: [PerNode(0, NumberMatch(.ge, 5))], acked: NumberMatch(1))
        let findings = ConditionWords.findings(c, in: world)
        #expect(findings.map(\.lines) == [
            Phrase(en: "expected: Saturn leads\nfound: Neptune leads (term 1)", ko: "기대: Saturn이 리더\n실제: Neptune이 리더 (임기 1)"),
            Phrase(en: "expected: Jupiter is crashed\nfound: Jupiter is a follower", ko: "기대: Jupiter가 다운됨\n실제: Jupiter는 팔로워"),
            Phrase(en: "expected: Neptune's commit index is at least 5\nfound: Neptune's commit index is \(commit)",
                   ko: "기대: Neptune의 커밋 인덱스 5 이상\n실제: Neptune의 커밋 인덱스 \(commit)"),
            Phrase(en: "expected: 1 write has been acknowledged\nfound: no write has been acknowledged", ko: "기대: 확인 응답된 쓰기 1개\n실제: 확인 응답된 쓰기 0개"),
        ])
        #expect(ConditionWords.findings(Condition(leader: .node(0)), in: world).isEmpty, "a condition that holds finds nothing")
    }
}

extension StepWordsTests {
    /// Korean numbers in a clause to wait for: "2보다 커질 때까지", "5개 이상이 될 때까지".
    @Test func koreanComparisonsReadAsKorean() {
        let term = ConditionWords.until(Condition(term: [PerNode(0, NumberMatch(.gt, 2))]), names: Self.names)
        #expect(term.ko == "Neptune의 임기가 2보다 커질 때까지")
        #expect(term.en == "until Neptune's term is more than 2")
        let acked = ConditionWords.until(Condition(acked: NumberMatch(.ge, 5)), names: Self.names)
        #expect(acked.ko == "확인 응답된 쓰기가 5개 이상이 될 때까지")
        let fewer = ConditionWords.until(Condition(inFlight: NumberMatch(.lt, 3)), names: Self.names)
        #expect(fewer == Phrase(en: "until fewer than 3 messages are in flight", ko: "전송 중인 메시지가 3개보다 적어질 때까지"))
    }
}

extension StepWordsTests {
    @Test func logsOfOneEntryAndOfSeveral() {
        let one = ConditionWords.until(Condition(log: [PerNode(1, [1])]), names: Self.names)
        #expect(one == Phrase(en: "until Saturn's log holds exactly one entry, of term 1",
                              ko: "Saturn의 로그가 임기 1의 항목 하나로 채워질 때까지"))
        let two = ConditionWords.until(Condition(log: [PerNode(0, [1, 2]), PerNode(1, [1, 2])]), names: Self.names)
        #expect(two == Phrase(en: "until the logs of Neptune and Saturn hold exactly entries of terms 1, 2",
                              ko: "Neptune과 Saturn의 로그가 임기 1, 2의 항목으로 채워질 때까지"))
    }
}
