
/// What a client write went through (scenario format, "Clients"), by the value it carries.
extension Describer {
    /// "client sends write x=1 to Neptune (acks=all)".
    func write<E: DescribedEngine>(_ w: WriteEvent, _ engine: E.Type) -> String {
        switch lang {
        case .en: englishWrite(w, E.self)
        case .ko: koreanWrite(w, E.self)
        }
    }

    private func englishWrite<E: DescribedEngine>(_ w: WriteEvent, _ engine: E.Type) -> String {
        switch w {
        case let .sent(write, to, acks):
            let counted = acks == .zero ? ": acknowledged as it leaves, no answer awaited" : ""
            return "client sends write \(value(write)) to \(name(to)) (acks=\(acks.rawValue)\(counted))"
        case let .redirected(write, by, leader):
            guard let leader, leader != by else {
                return "\(name(by)) is not the leader and knows none: "
                    + "the client tries the next node with write \(value(write))"
            }
            return "\(name(by)) is not the leader: it redirects write \(value(write)) to \(name(leader))"
        case let .retried(write, to):
            return "no answer within \(Clients.retryAfter) ms: the client retries write \(value(write)) at \(name(to))"
        case let .duplicate(write, at, index):
            return "\(name(at)) already holds write \(value(write)) at \(E.place(index, self)): it does not append it again"
        case let .acknowledged(write, by, term):
            return "write \(value(write)) is acknowledged by \(name(by)) (\(E.period(term, self)))"
        case let .refused(write, by, .notEnoughReplicas):
            return "\(name(by)) answers write \(value(write)) with NOT_ENOUGH_REPLICAS: the ISR has fewer members "
                + "than min.insync.replicas, so nothing is appended; the write ends there"
        case let .refused(write, by, .notEnoughReplicasAfterAppend):
            return "\(name(by)) answers write \(value(write)) with NOT_ENOUGH_REPLICAS_AFTER_APPEND: it is committed, "
                + "but the ISR has fewer members than min.insync.replicas, so it is not acknowledged"
        case let .lost(write, term, reason):
            switch reason {
            case .reachedFollower(let n):
                return "write \(value(write)) is lost: sent with acks=0, it reached \(name(n)), which is not the leader"
            case .reachedCrashed(let n):
                return "write \(value(write)) is lost: sent with acks=0, it reached \(name(n)), which is crashed"
            case let .missingFromLeader(n, leaderTerm):
                return "write \(value(write)) is lost: acknowledged in \(E.period(term, self)), "
                    + "but \(name(n)), leader of \(E.period(leaderTerm, self)), does not hold it"
            }
        case let .held(write, at):
            return "\(name(at)) is handing leadership over: it holds write \(value(write)) instead of appending it"
        }
    }

    private func koreanWrite<E: DescribedEngine>(_ w: WriteEvent, _ engine: E.Type) -> String {
        switch w {
        case let .sent(write, to, acks):
            let counted = acks == .zero ? ": 보내는 순간 확인 응답된 것으로 치고 응답을 기다리지 않습니다" : ""
            return "클라이언트가 \(name(to))에게 \(value(write)) 쓰기를 보냅니다 (acks=\(acks.rawValue)\(counted))"
        case let .redirected(write, by, leader):
            guard let leader, leader != by else {
                return "\(name(by, .topic)) 리더가 아니고 아는 리더도 없어, \(value(write)) 쓰기는 다음 노드로 갑니다"
            }
            return "\(name(by, .topic)) 리더가 아니어서, \(value(write)) 쓰기를 리더 \(name(leader))에게 보내라고 알려 줍니다"
        case let .retried(write, to):
            return "\(Clients.retryAfter) ms 동안 응답이 없어, 클라이언트가 \(value(write)) 쓰기를 \(name(to))에게 다시 보냅니다"
        case let .duplicate(write, at, index):
            return "\(name(at, .topic)) \(value(write)) 쓰기를 이미 \(E.place(index, self))에 가지고 있어 다시 추가하지 않습니다"
        case let .acknowledged(write, by, term):
            return "\(name(by, .subject)) \(value(write)) 쓰기에 확인 응답합니다 (\(E.period(term, self)))"
        case let .refused(write, by, .notEnoughReplicas):
            return "\(name(by, .subject)) \(value(write)) 쓰기에 NOT_ENOUGH_REPLICAS(복제본 부족)로 답합니다: "
                + "ISR 구성원이 min.insync.replicas(최소 동기화 복제본 수)보다 적어 아무것도 추가하지 않고, 쓰기는 여기서 끝납니다"
        case let .refused(write, by, .notEnoughReplicasAfterAppend):
            return "\(name(by, .subject)) \(value(write)) 쓰기에 NOT_ENOUGH_REPLICAS_AFTER_APPEND(추가 후 복제본 부족)로 답합니다: "
                + "커밋되었지만 ISR 구성원이 min.insync.replicas보다 적어 확인 응답하지 않습니다"
        case let .lost(write, term, reason):
            switch reason {
            case .reachedFollower(let n):
                return "\(value(write)) 쓰기가 유실됩니다: acks=0으로 보냈는데 리더가 아닌 \(name(n))에게 도착했습니다"
            case .reachedCrashed(let n):
                return "\(value(write)) 쓰기가 유실됩니다: acks=0으로 보냈는데 다운된 \(name(n))에게 도착했습니다"
            case let .missingFromLeader(n, leaderTerm):
                return "\(value(write)) 쓰기가 유실됩니다: \(E.period(term, self))에 확인 응답되었지만 \(E.period(leaderTerm, self))의 리더 \(name(n))에게 이 쓰기가 없습니다"
            }
        case let .held(write, at):
            return "\(name(at, .subject)) 리더 자리를 넘기는 중이라 \(value(write)) 쓰기를 추가하지 않고 붙잡아 둡니다"
        }
    }
}
