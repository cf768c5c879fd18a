import Replication

/// Client reads (raft-extensions.md, "Reads") and the steps past the basic algorithm that
/// found nothing to do, one line each.
extension Describer {
    /// "client sends read 1 to Neptune (ReadIndex)".
    func read(_ r: ReadEvent) -> String {
        switch lang {
        case .en: englishRead(r)
        case .ko: koreanRead(r)
        }
    }

    /// The read mode in words: "ReadIndex", "lease", "local".
    public static func readMode(_ mode: ReadMode) -> Phrase {
        switch mode {
        case .readIndex: Phrase(en: "ReadIndex", ko: "ReadIndex")
        case .lease: Phrase(en: "lease", ko: "리스")
        case .local: Phrase(en: "local", ko: "로컬")
        }
    }

    private func englishRead(_ r: ReadEvent) -> String {
        switch r {
        case let .sent(read, to, mode):
            return "client sends \(readName(read)) to \(name(to)) (\(Self.readMode(mode).en) read)"
        case let .redirected(read, by, leader, to):
            let known = leader.map { $0 == to ? "leader \(name($0))" : "\(name($0)), tried already" } ?? "no leader"
            return "\(name(by)) is not the leader and names \(known): the client takes \(readName(read)) to \(name(to))"
        case let .retried(read, to):
            return "no answer within \(Clients.retryAfter) ms: the client tries \(readName(read)) at \(name(to))"
        case let .answered(read, by, index, required, stale):
            guard stale else { return "\(name(by)) answers \(readName(read)) with its state through index \(index)" }
            return "\(name(by)) answers \(readName(read)) with its state through index \(index): stale, a write "
                + "acknowledged before the read is at index \(required)"
        case let .refused(read, by?):
            return "\(name(by)) refuses \(readName(read)): the read ends unanswered"
        case let .refused(read, nil):
            return "every node was tried: \(readName(read)) ends unanswered"
        }
    }

    private func koreanRead(_ r: ReadEvent) -> String {
        switch r {
        case let .sent(read, to, mode):
            return "클라이언트가 \(name(to))에게 \(readName(read, .object)) 보냅니다 (\(Self.readMode(mode).ko) 읽기)"
        case let .redirected(read, by, leader, to):
            let known = leader.map { $0 == to ? "리더 \(name($0, .object))" : "이미 시도한 \(name($0, .object))" }
                ?? "아는 리더가 없다고"
            return "\(name(by, .topic)) 리더가 아니어서 \(known) 알려 주고, 클라이언트는 \(readName(read, .object)) \(name(to))에게 보냅니다"
        case let .retried(read, to):
            return "\(Clients.retryAfter) ms 동안 응답이 없어, 클라이언트가 \(readName(read, .object)) \(name(to))에게 보냅니다"
        case let .answered(read, by, index, required, stale):
            guard stale else { return "\(name(by, .subject)) 인덱스 \(index)까지의 상태로 \(readName(read))에 응답합니다" }
            return "\(name(by, .subject)) 인덱스 \(index)까지의 상태로 \(readName(read))에 응답합니다: 오래된 값입니다. "
                + "읽기 전에 확인 응답된 쓰기가 인덱스 \(required)에 있습니다"
        case let .refused(read, by?):
            return "\(name(by, .subject)) \(readName(read, .object)) 거절합니다: 읽기는 응답 없이 끝납니다"
        case let .refused(read, nil):
            return "모든 노드를 시도했습니다: \(readName(read, .topic)) 응답 없이 끝납니다"
        }
    }

    /// A snapshot, transfer or membership step that found nothing to act on.
    func ignoredPastBasics(_ n: NodeID, _ why: IgnoredCommand) -> String {
        let en = lang == .en
        switch why {
        case .timeoutNonMember:
            return en ? "\(name(n)) is not in its own configuration: it never starts an election"
                : "\(name(n, .topic)) 자기 구성에 속하지 않아 선거를 시작하지 않습니다"
        case .snapshotDown:
            return en ? "\(name(n)) is down: a crashed node takes no snapshot"
                : "\(name(n, .subject)) 다운되어 있어 스냅샷을 만들지 않습니다"
        case .snapshotNothingNew:
            return en ? "\(name(n)) has applied nothing since its last snapshot: no new snapshot"
                : "\(name(n, .topic)) 마지막 스냅샷 이후 적용한 항목이 없어 새 스냅샷을 만들지 않습니다"
        case .noLeader:
            return en ? "no node leads now: there is no leader to ask" : "지금은 리더가 없어 요청할 곳이 없습니다"
        case .transferToLeader:
            return en ? "\(name(n)) already leads: nothing to transfer" : "\(name(n, .subject)) 이미 리더라 넘길 것이 없습니다"
        case .transferToCrashed:
            return en ? "\(name(n)) is down: leadership cannot go to a crashed node"
                : "\(name(n, .subject)) 다운되어 있어 리더 자리를 넘길 수 없습니다"
        case .transferToNonMember:
            return en ? "\(name(n)) is not in the leader's configuration: it cannot lead"
                : "\(name(n, .topic)) 리더의 구성에 없어 리더가 될 수 없습니다"
        case .addMember:
            return en ? "\(name(n)) is already a member" : "\(name(n, .topic)) 이미 구성원입니다"
        case .removeNonMember:
            return en ? "\(name(n)) is not a member: nothing to remove" : "\(name(n, .topic)) 구성원이 아니라 제거할 것이 없습니다"
        default:
            return ""
        }
    }
}

extension IgnoredCommand {
    /// The refusals of steps past the basic algorithm (raft-extensions.md), described apart.
    var isPastBasics: Bool {
        switch self {
        case .timeoutNonMember, .snapshotDown, .snapshotNothingNew, .noLeader, .transferToLeader, .transferToCrashed,
             .transferToNonMember, .addMember, .removeNonMember: true
        default: false
        }
    }
}
