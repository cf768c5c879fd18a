
/// World events (`SimEvent`), one line each without the time: notes and violations as their
/// own describers write them, with their rules; what the network, the learner and the lesson
/// did, which no rule decided.
extension Describer {
    /// "Saturn's election timer fires: ..." citing 5.2; "partition drops RequestVote
    /// Jupiter→Saturn term 3" citing nothing.
    public func line<E: DescribedEngine>(_ e: SimEvent<E>) -> TextLine {
        switch e.kind {
        case let .note(node, n): return E.describe(n, by: node, self)
        case let .violation(v): return violationLine(v, E.self)
        case let .dropped(m, reason): return TextLine(dropped(E.describe(m, self), to: m.to, reason))
        case let .delivered(m, sentAt):
            let took = e.time - sentAt
            let message = E.describe(m, self)
            switch lang {
            case .en: return TextLine("\(message) arrives after \(took) ms")
            case .ko: return TextLine("\(message) 도착 (\(took) ms 걸림)")
            }
        case let .write(w): return TextLine(write(w, E.self))
        case let .read(r): return TextLine(read(r))
        case let .ignored(n, why) where why.isPastBasics: return TextLine(ignoredPastBasics(n, why))
        case let .crashed(n): return TextLine(E.crashed(n, self))
        case let .restarted(n): return TextLine(E.restarted(n, self))
        case let .consumed(from, count, through): return TextLine(E.consumed(from: from, count: count, through: through, self))
        case let .configured(change): return TextLine(configured(change, E.self))
        case let .ignored(n, .controllerElects): return TextLine(controllerElects(n))
        default: return TextLine(worldEvent(e.kind))
        }
    }

    /// The event's line as printed, its rules' tags at the end.
    public func event<E: DescribedEngine>(_ e: SimEvent<E>) -> String {
        line(e).rendered
    }

    /// "settings changed: Pre-Vote on, acks=1": what a `configure`, `a` or the options panel set.
    private func configured<E: DescribedEngine>(_ change: Reconfiguration<E.SettingsChange>, _ engine: E.Type) -> String {
        var parts = change.engine.map { E.describe($0, self) } ?? []
        if let latency = change.latency {
            let span = Self.span(latency.lowerBound, latency.upperBound)
            parts.append(Phrase(en: "latency \(span) ms", ko: "지연 \(span) ms")[lang])
        }
        if let acks = change.acks { parts.append("acks=\(acks.rawValue)") }
        let head = Phrase(en: "settings changed", ko: "설정이 바뀌었습니다")[lang]
        return parts.isEmpty ? head : head + ": " + parts.joined(separator: ", ")
    }

    private func dropped(_ message: String, to: NodeID, _ reason: DropReason) -> String {
        switch (reason, lang) {
        case (.partition, .en): return "partition drops \(message)"
        case (.cut, .en): return "cut link drops \(message)"
        case (.crashed, .en): return "dropped: \(message) (\(name(to)) is crashed)"
        case (.byHand, .en): return "dropped by hand: \(message)"
        case (.partition, .ko): return "파티션 때문에 버려짐: \(message)"
        case (.cut, .ko): return "끊긴 링크 때문에 버려짐: \(message)"
        case (.crashed, .ko): return "버려짐: \(message) (\(name(to, .subject)) 다운된 상태)"
        case (.byHand, .ko): return "직접 버린 메시지: \(message)"
        }
    }

    /// "Neptune | Saturn, Jupiter": the groups as given, then the nodes not listed, which form
    /// one more group together (scenario format, `partition`); a bar between groups, no
    /// format syntax (issue 11).
    func groups(_ groups: [[NodeID]]) -> String {
        let listed = Set(groups.joined())
        let rest = names.indices.filter { !listed.contains($0) }
        let all = rest.isEmpty ? groups : groups + [rest]
        return all.map { $0.map { name($0) }.joined(separator: ", ") }.joined(separator: " | ")
    }

    private func worldEvent<E>(_ kind: SimEvent<E>.Kind) -> String {
        switch lang {
        case .en: englishWorldEvent(kind)
        case .ko: koreanWorldEvent(kind)
        }
    }

    private func englishWorldEvent<E>(_ kind: SimEvent<E>.Kind) -> String {
        switch kind {
        case let .timeoutForced(n):
            return "\(name(n))'s election timer is forced to fire now"
        case let .ignored(n, .timeoutLeader):
            return "\(name(n)) is the leader: a leader has no election timer to fire (its heartbeats keep the others' timers from running out)"
        case let .ignored(n, .timeoutDown):
            return "\(name(n)) is down: a crashed node has no timer to fire until it restarts"
        case let .ignored(n, .crashDown):
            return "\(name(n)) is already down"
        case let .ignored(n, .restartUp):
            return "\(name(n)) is already up: only a crashed node restarts"
        case let .partitioned(g):
            return "partition splits the network: \(groups(g))"
        case let .cut(from, to):
            return "link cut: messages \(name(from))→\(name(to)) are dropped until heal"
        case let .slowed(n, latency):
            return "\(name(n))'s links slow down: latency \(Self.span(latency.lowerBound, latency.upperBound)) ms"
        case .healed:
            return "heal: every partition, cut and slow link ends"
        case .overloaded(.inFlight(let limit)):
            return "the simulation stops here: more than \(limit) messages and retries are on their way "
                + "at once, more than raftlab can hold"
        case .overloaded(.events(let limit)):
            return "the simulation stops here: this run has handled \(limit) events, "
                + "as many as a headless run may"
        case .overloaded(.writes(let limit)):
            return "the simulation stops here: this run would send more than \(limit) client writes"
        default:
            return ""  // notes, drops, writes and violations are described above
        }
    }

    private func koreanWorldEvent<E>(_ kind: SimEvent<E>.Kind) -> String {
        switch kind {
        case let .timeoutForced(n):
            return "\(name(n))의 선거 타이머를 지금 강제로 만료시킵니다"
        case let .ignored(n, .timeoutLeader):
            return "\(name(n, .subject)) 리더입니다: 리더에게는 만료시킬 선거 타이머가 없습니다(리더의 하트비트가 다른 노드의 타이머 만료를 막습니다)"
        case let .ignored(n, .timeoutDown):
            return "\(name(n, .subject)) 다운되어 있습니다: 다운된 노드에는 재시작하기 전까지 만료시킬 타이머가 없습니다"
        case let .ignored(n, .crashDown):
            return "\(name(n, .subject)) 이미 다운되어 있습니다"
        case let .ignored(n, .restartUp):
            return "\(name(n, .subject)) 이미 실행 중입니다: 다운된 노드만 재시작할 수 있습니다"
        case let .partitioned(g):
            return "파티션으로 네트워크가 나뉩니다: \(groups(g))"
        case let .cut(from, to):
            return "링크 끊김: \(name(from))→\(name(to)) 메시지는 복구될 때까지 버려집니다"
        case let .slowed(n, latency):
            return "\(name(n))의 링크가 느려집니다: 지연 \(Self.span(latency.lowerBound, latency.upperBound)) ms"
        case .healed:
            return "복구: 모든 파티션, 끊긴 링크, 느린 링크가 해제됩니다"
        case .overloaded(.inFlight(let limit)):
            return "시뮬레이션을 여기서 중단합니다: 전달 중인 메시지와 재시도가 \(limit)개를 넘어 raftlab이 감당할 수 없습니다"
        case .overloaded(.events(let limit)):
            return "시뮬레이션을 여기서 중단합니다: 이 실행은 헤드리스 실행의 한도인 이벤트 \(limit)개를 처리했습니다"
        case .overloaded(.writes(let limit)):
            return "시뮬레이션을 여기서 중단합니다: 이 실행은 클라이언트 쓰기를 \(limit)개보다 많이 보내게 됩니다"
        default:
            return ""  // notes, drops, writes and violations are described above
        }
    }
}
