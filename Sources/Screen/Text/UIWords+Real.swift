import Picture

/// The screen's words for a real etcd cluster (issue 14): the header's timings, the footer's
/// refusals, the log table's and the cards' honesty about what is not measured.
extension UIWords {
    var freezeIsReal: String {
        pick("z pauses a member of a real etcd cluster (raftlab etcd); here, c crashes a node",
             "z는 실제 etcd 클러스터(raftlab etcd)의 멤버를 일시 정지함; 여기서는 c로 노드를 다운")
    }

    /// "? lists its keys" before the parenthesis: a narrow footer cuts the end.
    func notOnARealCluster(_ key: String) -> String {
        pick("\(key): a real etcd cluster cannot do that; ? lists its keys (no stepping, speed, history, dropped messages or options)",
             "\(key): 실제 etcd 클러스터에서는 할 수 없음; ?에 쓸 수 있는 키 (단계 실행, 속도, 기록, 메시지 버리기, 옵션 없음)")
    }

    func attachedNoFaults(_ key: String) -> String {
        pick("\(key): attached with --endpoints: raftlab leaves members it did not start alone",
             "\(key): --endpoints로 붙었으므로 raftlab이 시작하지 않은 멤버는 건드리지 않음")
    }

    /// "etcd 3.4.23 · real cluster" (attached: "attached").
    func realTitle(_ real: RealClusterPicture) -> String {
        real.title + pick(real.attached ? " · attached" : " · real cluster", real.attached ? " · 연결됨" : " · 실제 클러스터")
    }

    /// The title where the whole one does not fit: "real etcd" (attached: "attached etcd").
    func realTitleShort(_ real: RealClusterPicture) -> String {
        real.attached ? pick("attached etcd", "연결된 etcd") : pick("real etcd", "실제 etcd")
    }

    /// "heartbeat 300 ms · election 3–6 s": etcd draws each follower's timeout in [t, 2t).
    func realTimings(_ real: RealClusterPicture, compact: Bool) -> [String] {
        guard !real.attached else { return [] }  // an attached cluster's timings are its own, not known here
        let election = TimeText.spoken(real.electionMs)[lang] + "–" + TimeText.spoken(2 * real.electionMs)[lang]
        if compact { return ["♥ \(real.heartbeatMs) ms", pick("elect ", "선거 ") + election] }
        return [pick("heartbeat ", "하트비트 ") + "\(real.heartbeatMs) ms", pick("election ", "선거 ") + election]
    }

    /// The read mode of `R` on etcd: linearizable (ReadIndex) or serializable (local state).
    func realReadMode(_ mode: ReadMode) -> String {
        mode == .local ? pick("read serializable", "읽기 serializable") : pick("read linearizable", "읽기 linearizable")
    }

    /// What the log table shows of a real cluster.
    var realLogLegend: String {
        pick("each member's log up to its committed index (raftIndex); entry terms and uncommitted entries are not measured",
             "멤버별 커밋 인덱스(raftIndex)까지의 로그; 항목의 임기와 커밋 안 된 항목은 측정하지 않음")
    }
    var realLogLegendShort: String { pick("up to raftIndex; terms not measured", "raftIndex까지; 임기는 측정 안 함") }
    /// The help's rows on a real cluster (`KeyTable.realHelp`).
    var realKeys: [KeyHint] { KeyTable.realHelp.map { KeyHint(key: KeyTable.shown($0), word: $0.text[lang]) } }

    /// The footer on a real cluster, most used first (a narrow footer drops from the end, before
    /// help and quit): crash, write, isolate, read, then the rest; no faults when attached.
    func realHints(_ state: AppState) -> [KeyHint] {
        let commands: [KeyCommand] = state.picture.real?.attached == true
            ? [.write, .read, .transfer, .inspect]
            : [.crash, .write, .isolate, .read, .restart, .heal, .freeze, .transfer, .inspect]
        return [select(state.nodeCount)] + commands.map(hint) + [help, quit]
    }

    /// Under the help's keys on a real cluster.
    var realCannot: String {
        pick("Space . + - [ ] m x o a k S A D t s d: a real cluster cannot pause, step, change speed, go back, drop a message or change options; the footer says so.",
             "Space . + - [ ] m x o a k S A D t s d: 실제 클러스터는 일시 정지, 한 단계 실행, 속도 변경, 되돌리기, 메시지 버리기, 옵션 변경을 할 수 없으며 푸터가 그렇게 알려 줌.")
    }

    var notMeasured: String { pick("not measured", "측정 안 함") }
    var realKeyValues: String {
        pick("not shown: R reads x at the selected member", "표시 안 함: R로 선택한 멤버에서 x를 읽음")
    }

    var timerNotMeasured: String { pick("timer not measured", "타이머 측정 안 함") }
}
