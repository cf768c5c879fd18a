import KafkaCore

/// English sentences for Kafka's notes (Describer+KafkaNotes.swift), each with its rules.
extension Describer {
    func englishKafkaNote(_ n: KafkaCore.Note) -> TextLine {
        guard let node = n.node else { return englishControllerNote(n.event) }
        return englishKafkaRoleNote(name(node), n.event)
            ?? englishKafkaFollowerNote(name(node), n.event)
            ?? englishKafkaLeaderNote(name(node), n.event)
    }

    /// The controller: noticing crashes, electing, finding nobody to elect (Design, "Replication").
    private func englishControllerNote(_ e: KafkaCore.Note.Event) -> TextLine {
        switch e {
        case let .noticesCrash(of, leftISR, isr):
            let head = "the controller notices that \(name(of)) is still down a session timeout after its crash: "
            if leftISR {
                return TextLine(head + "\(name(of)) leaves the ISR, which is now \(members(isr))", .kafkaReplication)
            }
            if isr.contains(of) {
                return TextLine(head + "\(name(of)) stays in the ISR, its only member (the ISR is never empty)",
                                .kafkaReplication)
            }
            return TextLine(head + "\(name(of)) is not in the ISR (\(members(isr))), which stays as it is", .kafkaReplication)
        case let .elects(leader, epoch, isr, unclean):
            if unclean {
                return TextLine("no ISR member is up and unclean leader election is on: the controller makes "
                    + "\(name(leader)), outside the ISR, leader of epoch \(epoch), and the ISR becomes \(name(leader)) alone; "
                    + "committed records it lacks are lost", .kafkaUnclean)
            }
            return TextLine("the controller makes \(name(leader)) leader of epoch \(epoch): only an ISR member may lead, "
                + "and the ISR is \(members(isr))", .kafkaReplication)
        case let .offline(isr):
            return TextLine("the controller finds no ISR member up (ISR: \(members(isr))) and elects no leader: "
                + "a clean election takes only an ISR member, so writes wait", .kafkaReplication)
        default:
            return TextLine("")  // the controller makes no other note
        }
    }

    /// Becoming leader or follower.
    private func englishKafkaRoleNote(_ me: String, _ e: KafkaCore.Note.Event) -> TextLine? {
        switch e {
        case let .becomesLeader(epoch, epochStart, resumed):
            if resumed {
                return TextLine("\(me) is back before the controller noticed its crash and leads epoch \(epoch) again; "
                    + "its epoch starts at offset \(epochStart), its LEO", .kip101)
            }
            return TextLine("\(me) becomes leader of epoch \(epoch); its epoch starts at offset \(epochStart), its LEO, "
                + "and as leader it never truncates its log", .kip101)
        case let .follows(leader?, epoch):
            return TextLine("\(me) follows \(name(leader)), leader of epoch \(epoch): it will fetch records from it",
                            .kafkaReplication)
        case let .follows(nil, epoch):
            return TextLine("\(me) knows no leader in epoch \(epoch): it waits for the controller to elect one",
                            .kafkaReplication)
        case .state:
            return TextLine("")  // silent: never a line
        default:
            return nil
        }
    }

    /// A follower: truncating, taking records, learning the HW, re-sending.
    private func englishKafkaFollowerNote(_ me: String, _ e: KafkaCore.Note.Event) -> TextLine? {
        switch e {
        case let .truncates(to, count, hw, reason):
            let removes = "\(me) removes \(Self.recordCount(count)) from offset \(to) on"
            let why: String
            switch reason {
            case .leaderEpoch: why = ", where the leader's OffsetsForLeaderEpoch reply says its log and the leader's part"
            case .ownHW: why = ", all it had at and above its own HW, without asking the leader (no leader epochs, as before KIP-101)"
            case .outOfRange: why = ": the leader's log ends there (OFFSET_OUT_OF_RANGE)"
            }
            return TextLine(removes + why + "; its HW is now \(hw)", rules: Self.truncationRules(reason))
        case let .takesRecords(offset, 0, from):
            return TextLine("\(me) gets a Fetch reply from \(name(from)) with no records: nothing new at offset \(offset) yet",
                            .kafkaReplication)
        case let .takesRecords(offset, count, from):
            return TextLine("\(me) appends \(Self.records(offset, count: count)) from \(name(from))'s Fetch reply",
                            .kafkaReplication)
        case let .learnsHW(hw, from):
            return TextLine("\(me) raises its HW to \(hw) from \(name(from))'s Fetch reply: its records below offset \(hw) "
                + "are committed; a follower learns the HW one fetch after the leader", .kip101)
        case .resends(.offsetsForLeaderEpoch):
            return TextLine("\(me)'s OffsetsForLeaderEpoch got no reply within the fetch timeout: it asks again, "
                + "as it may not fetch before it knows where to truncate", .kip101)
        case .resends:
            return TextLine("\(me)'s Fetch got no reply within the fetch timeout: it sends a Fetch again", .kafkaReplication)
        case let .ignoresAnswer(from, request):
            return TextLine("\(me) ignores \(name(from))'s reply to request \(request): "
                + "it is not the reply to a request \(me) is waiting on", .kafkaProtocol)
        default:
            return nil
        }
    }

    /// The leader: writes, Fetches, the ISR and the HW.
    private func englishKafkaLeaderNote(_ me: String, _ e: KafkaCore.Note.Event) -> TextLine {
        switch e {
        case let .appends(offset, epoch, write):
            return TextLine("\(me) appends write \(value(write)) at offset \(offset), stamped with its leader epoch \(epoch)",
                            .kip101)
        case let .holdsWrite(write, offset):
            return TextLine("\(me) already holds write \(value(write)) at offset \(offset): "
                + "the idempotent producer's write is not appended again", .kafkaIdempotence)
        case let .fetchArrives(from, offset, caughtUp):
            return TextLine("\(me) gets \(name(from))'s Fetch at offset \(offset) and records \(name(from))'s LEO as \(offset); "
                + "\(name(from)) was last caught up at \(TimeText.seconds(caughtUp, .en))", .kafkaLag)
        case let .outOfRange(peer, offset, leo):
            return TextLine("\(name(peer)) fetches at offset \(offset), past the end of \(me)'s log (LEO \(leo)): "
                + "\(me) replies OFFSET_OUT_OF_RANGE with its LEO", .kafkaProtocol)
        case let .expandsISR(peer, isr):
            return TextLine("\(name(peer))'s Fetch has reached \(me)'s HW and the start of \(me)'s epoch: "
                + "\(name(peer)) joins the ISR, now \(members(isr))", .isFollowerInSync)
        case let .shrinksISR(removed, isr):
            let who = members(removed)
            let them = removed.count == 1 ? "it" : "them"
            return TextLine("\(me) removes \(who) from the ISR, now \(members(isr)): not caught up to \(me)'s LEO for longer "
                + "than replica.lag.time.max.ms; the HW and acks=all writes stop waiting for \(them)", .kafkaLag)
        case let .advancesHW(hw, isr, belowMin):
            let raised = "\(me) raises the HW to \(hw), the least LEO in the ISR (\(members(isr))): "
                + "records below offset \(hw) are committed"
            if belowMin {
                return TextLine(raised + ", but the ISR is smaller than min.insync.replicas, so acks=all writes "
                    + "committed now are answered NOT_ENOUGH_REPLICAS_AFTER_APPEND", .kafkaReplication, .kafkaMinISR)
            }
            return TextLine(raised, .kafkaReplication)
        case let .holdsFetch(peer, offset, until):
            return TextLine("\(me) has nothing at offset \(offset) for \(name(peer)) yet: it holds the Fetch until "
                + "its next append or \(TimeText.seconds(until, .en)), whichever comes first", .kafkaFetchWait)
        case let .answersFetch(peer, offset, 0, hw):
            return TextLine("\(me) replies to \(name(peer))'s Fetch with no records (nothing at offset \(offset)) "
                + "and its HW \(hw)", .kafkaReplication)
        case let .answersFetch(peer, offset, count, hw):
            return TextLine("\(me) replies to \(name(peer))'s Fetch with \(Self.records(offset, count: count)) "
                + "and its HW \(hw)", .kafkaReplication)
        case let .replacesHeldFetch(peer):
            return TextLine("\(me) drops the Fetch it held for \(name(peer)): a newer Fetch from \(name(peer)) replaces it",
                            .kafkaFetchWait)
        case let .answersEpoch(peer, lastEpoch, offset):
            return TextLine("\(me) replies to \(name(peer))'s OffsetsForLeaderEpoch (\(name(peer))'s last record is of epoch \(lastEpoch)) "
                + "with offset \(offset): where the two logs first differ in epoch, or the shorter one ends",
                .kip101, .kip279)
        case let .dropsRequest(from, epoch):
            return TextLine("\(me) drops \(name(from))'s request for epoch \(epoch): \(me) is not the leader of epoch \(epoch)",
                            .kip320)
        default:
            return TextLine("")  // controller, role and follower notes are handled above
        }
    }
}
