import Picture
import RaftCore

/// The options panel of a Raft world (`o`): engine switches, the unsafe rules (each named in
/// words, with the guarantee of Figure 3 it breaks) and timings, one row each.
extension RaftEngine {
    /// One row: its id, its label, how to read its value, and the change a step makes.
    struct OptionRow: Sendable {
        let id: String
        let label: Phrase
        let value: @Sendable (World<RaftEngine>) -> Phrase
        let change: @Sendable (World<RaftEngine>, Bool) -> Reconfiguration<EngineConfig.Change>
    }

    static let batches = [1, 4, 16, 64]
    static let heartbeats = [25, 50, 100, 200]
    static let elections: [ClosedRange<Int>] = [150...300, 300...600, 1000...2000]
    static let latencies: [ClosedRange<Int>] = [1...5, 10...20, 50...100, 100...300]

    static let on = Phrase(en: "on", ko: "켜짐")
    static let off = Phrase(en: "off", ko: "꺼짐")
    static func onOff(_ value: Bool) -> Phrase { value ? on : off }
    static func ms(_ r: ClosedRange<Int>) -> Phrase {
        Phrase(r.lowerBound == r.upperBound ? "\(r.lowerBound) ms" : "\(r.lowerBound)–\(r.upperBound) ms")
    }

    /// A switch of the engine's settings.
    static func toggle(_ id: String, _ label: Phrase, _ key: WritableKeyPath<EngineConfig.Change, Bool?> & Sendable,
                       _ read: @escaping @Sendable (EngineConfig) -> Bool) -> OptionRow {
        OptionRow(id: id, label: label, value: { onOff(read($0.settings)) }, change: { world, _ in
            var c = EngineConfig.Change()
            c[keyPath: key] = !read(world.settings)
            return Reconfiguration(engine: c)
        })
    }

    static let unsafePrefix = "unsafe:"

    /// An unsafe rule, on or off; its id holds its name in the format (`UnsafeRules.named`).
    static func unsafe(_ rule: UnsafeRules, _ label: Phrase) -> OptionRow {
        OptionRow(id: unsafePrefix + rule.names[0], label: label, value: { onOff($0.settings.unsafe.contains(rule)) }, change: { world, _ in
            Reconfiguration(engine: EngineConfig.Change(unsafe: world.settings.unsafe.symmetricDifference(rule)))
        })
    }

    static let optionRows: [OptionRow] = [
        toggle("prevote", Phrase(en: "Pre-Vote (thesis 9.6)", ko: "Pre-Vote (사전 투표)"), \.preVote) { $0.preVote },
        toggle("check_quorum", Phrase(en: "CheckQuorum", ko: "CheckQuorum (쿼럼 확인)"), \.checkQuorum) { $0.checkQuorum },
        toggle("noop", Phrase(en: "no-op when a term starts (8)", ko: "임기 시작 시 빈 항목 (8)"), \.noop) { $0.noop },
        toggle("pipeline", Phrase(en: "pipeline AppendEntries", ko: "AppendEntries 파이프라이닝"), \.pipeline) { $0.pipeline },
        OptionRow(id: "batch", label: Phrase(en: "batch: entries per AppendEntries", ko: "배치: AppendEntries당 항목 수"),
                  value: { Phrase("\($0.settings.batch)") },
                  change: { Reconfiguration(engine: EngineConfig.Change(batch: step(batches, $0.settings.batch, $1))) }),
        unsafe(.voteWithoutLogCheck,
               Phrase(en: "unsafe: vote without log check", ko: "위험: 로그 검사 없이 투표")),
        unsafe(.commitOldTerms, Phrase(en: "unsafe: commit old terms", ko: "위험: 이전 임기 항목 커밋")),
        unsafe(.writeWithoutQuorum,
               Phrase(en: "unsafe: write without quorum", ko: "위험: 과반수 없이 쓰기")),
        unsafe(.voteTwice, Phrase(en: "unsafe: vote twice in a term", ko: "위험: 한 임기에 두 번 투표")),
        unsafe(.leaderOverwrites,
               Phrase(en: "unsafe: leader overwrites its log", ko: "위험: 리더가 자기 로그를 덮어씀")),
        unsafe(.appendWithoutLogCheck,
               Phrase(en: "unsafe: append without log check", ko: "위험: 로그 검사 없이 항목 추가")),
        OptionRow(id: "heartbeat", label: Phrase(en: "heartbeat interval", ko: "하트비트 간격"),
                  value: { Phrase("\($0.settings.heartbeat) ms") },
                  change: { Reconfiguration(engine: EngineConfig.Change(heartbeat: step(heartbeats, $0.settings.heartbeat, $1))) }),
        OptionRow(id: "election", label: Phrase(en: "election timeout", ko: "선거 타임아웃"),
                  value: { ms($0.settings.election) },
                  change: { Reconfiguration(engine: EngineConfig.Change(election: step(elections, $0.settings.election, $1))) }),
        OptionRow(id: "latency", label: Phrase(en: "network latency", ko: "네트워크 지연"),
                  value: { ms($0.latency) },
                  change: { Reconfiguration(latency: step(latencies, $0.latency, $1)) }),
    ]

    public static func options(_ world: World<RaftEngine>) -> [OptionPicture] {
        optionRows.map { OptionPicture(id: $0.id, label: $0.label, value: $0.value(world), unsafe: $0.id.hasPrefix(unsafePrefix)) }
    }

    public static func change(option id: String, forward: Bool, _ world: World<RaftEngine>)
        -> Reconfiguration<EngineConfig.Change>? {
        optionRows.first { $0.id == id }?.change(world, forward)
    }

    /// The next (or previous) value of a choice, wrapping around.
    static func step<T: Equatable>(_ values: [T], _ current: T, _ forward: Bool) -> T {
        let i = values.firstIndex(of: current) ?? (forward ? values.count - 1 : 0)
        return values[(i + (forward ? 1 : values.count - 1)) % values.count]
    }
}
