import RaftCore

/// Sentences for the notes of Raft past the basic algorithm (raft-extensions.md): snapshots
/// (paper 7, Figure 13), leadership transfer (thesis 3.10), reads (6.4) and membership (4.1-4.3).
extension Describer {
    /// A client read as the learner reads it: "read 1" / "읽기 1" (ids count from 0).
    public func readName(_ id: Int) -> String {
        lang == .en ? "read \(id + 1)" : "읽기 \(id + 1)"
    }

    /// "읽기 1을", "읽기 2를": the Korean name with its particle.
    func readName(_ id: Int, _ josa: Josa) -> String {
        let n = readName(id)
        return n + Korean.particle(n, josa)
    }

    func englishExtensionNote(_ me: String, _ n: Note) -> TextLine? {
        switch n {
        case let .takesSnapshot(index, term, uncommitted):
            if uncommitted {
                return TextLine("\(me) snapshots through index \(index) (term \(term)), past its commit index, "
                    + "and counts those entries as applied", .unsafeSnapshotUncommitted)
            }
            return TextLine("\(me) snapshots its state through index \(index) (term \(term)) and discards "
                + "the entries up to it", .logCompaction)
        case let .sendsSnapshot(peer, index, needed):
            return TextLine("\(me) no longer has entry \(needed), which \(name(peer)) needs next: it sends its "
                + "snapshot through index \(index) instead", .figure13)
        case let .installsSnapshot(from, index, term, kept):
            let rest = kept.map { $0 == 0 ? "its log ends there" : "it keeps the \($0) entries after it" }
                ?? "its log did not hold that entry, so the snapshot replaces its whole log"
            return TextLine("\(me) takes \(name(from))'s snapshot through index \(index) (term \(term)): \(rest); "
                + "commit and applied index reach \(index)", .figure13)
        case let .ignoresStaleSnapshot(from, index, commit):
            return TextLine("\(me) already committed through index \(commit): \(name(from))'s snapshot through "
                + "index \(index) changes nothing", .figure13)
        case let .restoresSnapshot(index):
            return TextLine("\(me) starts from its snapshot: commit and applied index \(index)", .logCompaction)
        case let .startsTransfer(target):
            return TextLine("\(me) starts handing leadership to \(name(target)): it holds new writes and "
                + "brings \(name(target)) up to date", .leadershipTransfer)
        case let .sendsTimeoutNow(target):
            return TextLine("\(name(target)) holds every entry of \(me): \(me) sends it TimeoutNow",
                            .leadershipTransfer)
        case let .timesOutNow(from):
            return TextLine("\(me) gets TimeoutNow from \(name(from)): it starts an election at once, "
                + "without Pre-Vote", .leadershipTransfer)
        case let .abandonsTransfer(target):
            return TextLine("\(name(target)) did not become leader within an election timeout: \(me) gives the "
                + "transfer up and takes writes again", .leadershipTransfer)
        case let .takesReadIndex(read, index):
            return TextLine("\(me) takes commit index \(index) as \(readName(read))'s read index and checks with a "
                + "round of heartbeats that a majority still follows it", .readIndex)
        case let .holdsRead(read, reason):
            return englishReadHold(me, readName(read), reason)
        case let .catchesUp(node, target):
            return TextLine("\(me) catches \(name(node)) up as a non-voter: it is added once it holds index \(target)",
                            .catchUp)
        case let .changeWaits(node, add, reason):
            let change = add ? "adding \(name(node))" : "removing \(name(node))"
            switch reason {
            case let .previousUncommitted(index):
                return TextLine("\(me) waits with \(change): the configuration at index \(index) is not committed yet",
                                .membership)
            case .noTermCommit:
                return TextLine("\(me) waits with \(change): it has not committed an entry of its own term yet",
                                .membership)
            }
        case .leavesAfterRemoval:
            return TextLine("the configuration without \(me) is committed: \(me) steps down", .removedServers)
        case .staysOutOfElections:
            return TextLine("\(me)'s election timer fires, but \(me) is not in its configuration: it does not "
                + "start an election", .removedServers)
        default:
            return nil
        }
    }

    private func englishReadHold(_ me: String, _ read: String, _ reason: Note.ReadHold) -> TextLine {
        switch reason {
        case .noTermCommit:
            return TextLine("\(me) holds \(read) until it commits an entry of its own term", .readIndex, .noOp)
        case .leaseExpired(let since):
            let when = since.map { "no majority has acknowledged its heartbeats since \($0) ms" }
                ?? "no majority has acknowledged its heartbeats"
            return TextLine("\(me) does not answer \(read): \(when), so its lease has run out", .lease)
        case .transferring:
            return TextLine("\(me) does not answer \(read) by lease: it sent TimeoutNow, so another node may lead soon",
                            .lease, .leadershipTransfer)
        case .leaseNeedsGuards:
            return TextLine("\(me) refuses \(read): a lease read needs both CheckQuorum and Pre-Vote", .lease)
        }
    }

    func koreanExtensionNote(_ node: NodeID, _ n: Note) -> TextLine? {
        let me = name(node, .subject)
        switch n {
        case let .takesSnapshot(index, term, uncommitted):
            if uncommitted {
                return TextLine("\(me) 커밋 인덱스를 넘어 인덱스 \(index)(임기 \(term))까지 스냅샷을 만들고, "
                    + "그 항목들을 적용된 것으로 칩니다", .unsafeSnapshotUncommitted)
            }
            return TextLine("\(me) 인덱스 \(index)(임기 \(term))까지의 상태를 스냅샷으로 저장하고 그 항목들을 버립니다",
                            .logCompaction)
        case let .sendsSnapshot(peer, index, needed):
            return TextLine("\(name(peer))에게 다음으로 필요한 \(needed)번 항목을 \(name(node, .topic)) 이미 버렸습니다. "
                + "대신 인덱스 \(index)까지의 스냅샷을 보냅니다", .figure13)
        case let .installsSnapshot(from, index, term, kept):
            let rest = kept.map { $0 == 0 ? "로그가 거기서 끝납니다" : "그 뒤의 항목 \($0)개는 남깁니다" }
                ?? "로그에 그 항목이 없어 로그 전체를 스냅샷으로 바꿉니다"
            return TextLine("\(me) \(name(from))의 인덱스 \(index)(임기 \(term))까지의 스냅샷을 받아들입니다: \(rest). "
                + "커밋 인덱스와 적용 인덱스가 \(number(index, .toward)) 올라갑니다", .figure13)
        case let .ignoresStaleSnapshot(from, index, commit):
            return TextLine("\(me) 이미 인덱스 \(commit)까지 커밋했으므로 \(name(from))의 인덱스 \(index)까지의 "
                + "스냅샷은 아무것도 바꾸지 않습니다", .figure13)
        case let .restoresSnapshot(index):
            return TextLine("\(me) 스냅샷에서 시작합니다: 커밋 인덱스와 적용 인덱스가 \(index)입니다", .logCompaction)
        case let .startsTransfer(target):
            return TextLine("\(me) \(name(target))에게 리더 자리를 넘기기 시작합니다: 새 쓰기는 붙잡아 두고 "
                + "\(name(target))의 로그를 따라잡게 합니다", .leadershipTransfer)
        case let .sendsTimeoutNow(target):
            return TextLine("\(name(target, .subject)) \(name(node))의 모든 항목을 가졌으므로, \(me) TimeoutNow를 보냅니다",
                            .leadershipTransfer)
        case let .timesOutNow(from):
            return TextLine("\(me) \(name(from))에게서 TimeoutNow를 받고, Pre-Vote 없이 곧바로 선거를 시작합니다",
                            .leadershipTransfer)
        case let .abandonsTransfer(target):
            return TextLine("\(name(target, .subject)) 선거 타임아웃 안에 리더가 되지 못해, \(me) 이전을 포기하고 "
                + "다시 쓰기를 받습니다", .leadershipTransfer)
        case let .takesReadIndex(read, index):
            return TextLine("\(me) 커밋 인덱스 \(number(index, .object)) \(readName(read))의 읽기 인덱스로 삼고, "
                + "하트비트 한 차례로 과반수가 아직 자신을 따르는지 확인합니다", .readIndex)
        case let .holdsRead(read, reason):
            return koreanReadHold(node, readName(read), reason)
        case let .catchesUp(peer, target):
            return TextLine("\(me) \(name(peer, .object)) 투표권 없는 노드로 따라잡게 합니다: 인덱스 \(target)까지 "
                + "갖추면 추가합니다", .catchUp)
        case let .changeWaits(peer, add, reason):
            let change = add ? "\(name(peer)) 추가" : "\(name(peer)) 제거"
            switch reason {
            case let .previousUncommitted(index):
                return TextLine("\(me) \(change)를 미룹니다: 인덱스 \(index)의 구성이 아직 커밋되지 않았습니다",
                                .membership)
            case .noTermCommit:
                return TextLine("\(me) \(change)를 미룹니다: 아직 자기 임기의 항목을 커밋하지 않았습니다", .membership)
            }
        case .leavesAfterRemoval:
            return TextLine("\(name(node, .subject)) 빠진 구성이 커밋되어, \(me) 리더에서 물러납니다", .removedServers)
        case .staysOutOfElections:
            return TextLine("\(name(node))의 선거 타이머가 만료되었지만 자기 구성에 속하지 않아 선거를 시작하지 않습니다",
                            .removedServers)
        default:
            return nil
        }
    }

    private func koreanReadHold(_ node: NodeID, _ read: String, _ reason: Note.ReadHold) -> TextLine {
        let me = name(node, .subject), readObject = read + Korean.particle(read, .object)  // "읽기 1을"
        switch reason {
        case .noTermCommit:
            return TextLine("\(me) 자기 임기의 항목을 커밋할 때까지 \(readObject) 붙잡아 둡니다", .readIndex, .noOp)
        case .leaseExpired(let since):
            let when = since.map { "\($0) ms 이후로 과반수가 하트비트에 응답하지 않아" } ?? "과반수가 하트비트에 응답하지 않아"
            return TextLine("\(me) \(read)에 응답하지 않습니다: \(when) 리스가 끝났습니다", .lease)
        case .transferring:
            return TextLine("\(me) 리스로 \(read)에 응답하지 않습니다: TimeoutNow를 보냈으니 곧 다른 노드가 리더가 될 수 있습니다",
                            .lease, .leadershipTransfer)
        case .leaseNeedsGuards:
            return TextLine("\(me) \(readObject) 거절합니다: 리스 읽기에는 CheckQuorum과 Pre-Vote가 모두 필요합니다", .lease)
        }
    }
}
