import KafkaCore

/// Korean sentences for Kafka's notes, in the 합니다 register and docs/glossary.md's terms
/// (리더 에포크, 레코드, 오프셋, Fetch 요청, 컨트롤러, 잘라내기); each cites the same rules as
/// in English.
extension Describer {
    func koreanKafkaNote(_ n: KafkaCore.Note) -> TextLine {
        guard let node = n.node else { return koreanControllerNote(n.event) }
        return koreanKafkaRoleNote(node, n.event)
            ?? koreanKafkaFollowerNote(node, n.event)
            ?? koreanKafkaLeaderNote(node, n.event)
    }

    /// The members of a set of nodes followed by the particle that fits the last one.
    func members(_ set: NodeSet, _ josa: Josa) -> String {
        let text = members(set)
        guard let last = set.members.last else { return text }
        return text + Korean.particle(name(last), josa)
    }

    private func koreanControllerNote(_ e: KafkaCore.Note.Event) -> TextLine {
        switch e {
        case let .noticesCrash(of, leftISR, isr):
            let head = "컨트롤러는 \(name(of, .subject)) 다운된 뒤 세션 타임아웃이 지나도 돌아오지 않았음을 알아챕니다. "
            if leftISR {
                return TextLine(head + "\(name(of, .subject)) ISR에서 빠지고, 이제 ISR은 \(members(isr))입니다", .kafkaReplication)
            }
            if isr.contains(of) {
                return TextLine(head + "\(name(of, .subject)) ISR의 유일한 구성원이므로 ISR에 남습니다(ISR은 비지 않습니다)",
                                .kafkaReplication)
            }
            return TextLine(head + "\(name(of, .topic)) ISR(\(members(isr)))에 없으므로 ISR은 그대로입니다", .kafkaReplication)
        case let .elects(leader, epoch, isr, unclean):
            if unclean {
                return TextLine("실행 중인 ISR 구성원이 없고 언클린 리더 선출이 켜져 있어, 컨트롤러가 ISR 밖의 "
                    + "\(name(leader, .object)) 에포크 \(epoch)의 리더로 정하고 ISR은 \(name(leader)) 하나가 됩니다. "
                    + "\(name(leader))에게 없는 커밋된 레코드는 유실됩니다", .kafkaUnclean)
            }
            return TextLine("컨트롤러가 \(name(leader, .object)) 에포크 \(epoch)의 리더로 정합니다: ISR 구성원만 리더가 될 수 있고, "
                + "ISR은 \(members(isr))입니다", .kafkaReplication)
        case let .offline(isr):
            return TextLine("컨트롤러가 실행 중인 ISR 구성원을 찾지 못해(ISR: \(members(isr))) 리더를 정하지 않습니다: "
                + "언클린 리더 선출이 아니면 ISR 구성원만 리더가 될 수 있으므로, 쓰기는 기다립니다", .kafkaReplication)
        default:
            return TextLine("")  // the controller makes no other note
        }
    }

    private func koreanKafkaRoleNote(_ node: NodeID, _ e: KafkaCore.Note.Event) -> TextLine? {
        let me = name(node, .subject)
        switch e {
        case let .becomesLeader(epoch, epochStart, resumed):
            if resumed {
                return TextLine("\(me) 컨트롤러가 다운을 알아채기 전에 돌아와 에포크 \(epoch)의 리더를 다시 맡습니다. "
                    + "에포크는 LEO인 오프셋 \(epochStart)에서 시작합니다", .kip101)
            }
            return TextLine("\(me) 에포크 \(epoch)의 리더가 됩니다. 에포크는 LEO인 오프셋 \(epochStart)에서 시작하고, "
                + "리더는 자기 로그를 잘라내지 않습니다", .kip101)
        case let .follows(leader?, epoch):
            return TextLine("\(me) 에포크 \(epoch)의 리더 \(name(leader))의 팔로워가 되어, 리더에게서 레코드를 가져옵니다",
                            .kafkaReplication)
        case let .follows(nil, epoch):
            return TextLine("\(me) 에포크 \(epoch)의 리더를 알지 못해, 컨트롤러가 리더를 정할 때까지 기다립니다",
                            .kafkaReplication)
        case .state:
            return TextLine("")  // silent: never a line
        default:
            return nil
        }
    }

    private func koreanKafkaFollowerNote(_ node: NodeID, _ e: KafkaCore.Note.Event) -> TextLine? {
        let me = name(node, .subject)
        switch e {
        case let .truncates(to, count, hw, reason):
            let why: String
            switch reason {
            case .leaderEpoch: why = "리더의 OffsetsForLeaderEpoch 응답에 따르면 두 로그가 거기서 갈라집니다"
            case .ownHW: why = "리더 에포크 없이(KIP-101 이전처럼) 리더에게 묻지 않고 자기 HW 이상을 모두 버립니다"
            case .outOfRange: why = "리더의 로그가 거기서 끝납니다(OFFSET_OUT_OF_RANGE, 범위를 벗어난 오프셋)"
            }
            return TextLine("\(me) 오프셋 \(to)부터 레코드 \(count)개를 잘라냅니다: \(why). HW는 이제 \(hw)입니다",
                            rules: Self.truncationRules(reason))
        case let .takesRecords(offset, 0, from):
            return TextLine("\(me) \(name(from))에게서 레코드 없는 Fetch 응답을 받습니다: 오프셋 \(offset)에 아직 새 레코드가 없습니다",
                            .kafkaReplication)
        case let .takesRecords(offset, count, from):
            return TextLine("\(me) \(name(from))의 Fetch 응답에 담긴 레코드 \(count)개(오프셋 \(Self.offsets(offset, count: count)))를 "
                + "추가합니다", .kafkaReplication)
        case let .learnsHW(hw, from):
            return TextLine("\(me) \(name(from))의 Fetch 응답을 보고 HW를 \(number(hw, .toward)) 올립니다: 오프셋 \(hw) 아래의 "
                + "레코드는 커밋되었습니다. 팔로워는 리더보다 Fetch 요청 한 번 늦게 HW를 압니다", .kip101)
        case .resends(.offsetsForLeaderEpoch):
            return TextLine("\(name(node))의 OffsetsForLeaderEpoch가 응답 대기 시간 안에 응답을 받지 못해 다시 묻습니다: "
                + "어디서 잘라낼지 알기 전에는 Fetch 요청을 보낼 수 없습니다", .kip101)
        case .resends:
            return TextLine("\(name(node))의 Fetch 요청이 응답 대기 시간 안에 응답을 받지 못해, Fetch 요청을 다시 보냅니다",
                            .kafkaReplication)
        case let .ignoresAnswer(from, request):
            return TextLine("\(me) \(name(from))의 \(request)번 요청 응답을 무시합니다: \(name(node, .subject)) 기다리는 요청의 "
                + "응답이 아닙니다", .kafkaProtocol)
        default:
            return nil
        }
    }

    private func koreanKafkaLeaderNote(_ node: NodeID, _ e: KafkaCore.Note.Event) -> TextLine {
        let me = name(node, .subject)
        switch e {
        case let .appends(offset, epoch, write):
            return TextLine("\(me) \(value(write)) 쓰기를 오프셋 \(offset)에 추가하고 자기 리더 에포크 \(number(epoch, .object)) 붙입니다",
                            .kip101)
        case let .holdsWrite(write, offset):
            return TextLine("\(name(node, .topic)) \(value(write)) 쓰기를 이미 오프셋 \(offset)에 가지고 있어 다시 추가하지 않습니다 "
                + "(멱등 프로듀서)", .kafkaIdempotence)
        case let .fetchArrives(from, offset, caughtUp):
            return TextLine("\(me) \(name(from))의 오프셋 \(offset) Fetch 요청을 받고 \(name(from))의 LEO를 \(number(offset, .toward)) "
                + "기록합니다. \(name(from, .subject)) 마지막으로 따라잡은 시각은 \(TimeText.seconds(caughtUp, .ko))입니다", .kafkaLag)
        case let .outOfRange(peer, offset, leo):
            return TextLine("\(name(peer, .subject)) \(name(node))의 로그 끝(LEO \(leo))을 넘는 오프셋 \(offset)에서 Fetch 요청을 "
                + "보냅니다: \(me) LEO와 함께 OFFSET_OUT_OF_RANGE(범위를 벗어난 오프셋)로 응답합니다", .kafkaProtocol)
        case let .expandsISR(peer, isr):
            return TextLine("\(name(peer))의 Fetch 요청이 \(name(node))의 HW와 에포크 시작 오프셋에 이르러, "
                + "\(name(peer, .subject)) ISR에 들어갑니다. 이제 ISR은 \(members(isr))입니다", .isFollowerInSync)
        case let .shrinksISR(removed, isr):
            return TextLine("\(me) \(members(removed, .object)) ISR에서 뺍니다: replica.lag.time.max.ms(복제 지연 허용 시간)보다 오래 "
                + "\(name(node))의 LEO를 따라잡지 못했습니다. 이제 ISR은 \(members(isr))이고, HW와 acks=all 쓰기는 "
                + "더 이상 기다리지 않습니다", .kafkaLag)
        case let .advancesHW(hw, isr, belowMin):
            let raised = "\(me) HW를 ISR(\(members(isr)))에서 가장 작은 LEO인 \(number(hw, .toward)) 올립니다: "
                + "오프셋 \(hw) 아래의 레코드는 커밋되었습니다"
            if belowMin {
                return TextLine(raised + ". 다만 ISR이 min.insync.replicas(최소 동기화 복제본 수)보다 작아서, 지금 커밋된 acks=all 쓰기는 "
                    + "NOT_ENOUGH_REPLICAS_AFTER_APPEND(추가 후 복제본 부족) 응답을 받습니다", .kafkaReplication, .kafkaMinISR)
            }
            return TextLine(raised, .kafkaReplication)
        case let .holdsFetch(peer, offset, until):
            return TextLine("\(me) \(name(peer))에게 줄 오프셋 \(offset)의 레코드가 아직 없어, 다음 추가 때나 "
                + "\(TimeText.seconds(until, .ko)) 중 먼저 오는 때까지 Fetch 요청을 붙잡아 둡니다", .kafkaFetchWait)
        case let .answersFetch(peer, offset, 0, hw):
            return TextLine("\(me) \(name(peer))의 Fetch 요청에 레코드 없이(오프셋 \(offset)에 아직 없음) HW \(hw)와 함께 응답합니다",
                            .kafkaReplication)
        case let .answersFetch(peer, offset, count, hw):
            return TextLine("\(me) \(name(peer))의 Fetch 요청에 레코드 \(count)개(오프셋 \(Self.offsets(offset, count: count)))와 "
                + "HW \(hw)로 응답합니다", .kafkaReplication)
        case let .replacesHeldFetch(peer):
            return TextLine("\(me) \(name(peer))에게서 더 새로운 Fetch 요청이 와서, 붙잡아 두었던 이전 Fetch 요청을 버립니다",
                            .kafkaFetchWait)
        case let .answersEpoch(peer, lastEpoch, offset):
            return TextLine("\(me) \(name(peer))의 OffsetsForLeaderEpoch(\(name(peer))의 마지막 레코드는 에포크 \(lastEpoch))에 "
                + "오프셋 \(number(offset, .toward)) 응답합니다: 두 로그의 에포크가 처음 달라지는 곳, 또는 짧은 로그가 끝나는 곳입니다",
                .kip101, .kip279)
        case let .dropsRequest(from, epoch):
            return TextLine("\(me) \(name(from))의 에포크 \(epoch) 요청을 버립니다: \(name(node, .topic)) 에포크 \(epoch)의 리더가 아닙니다",
                            .kip320)
        default:
            return TextLine("")  // controller, role and follower notes are handled above
        }
    }
}
