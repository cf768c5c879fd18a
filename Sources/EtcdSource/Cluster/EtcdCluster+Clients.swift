import Foundation
import Picture

/// The client's puts, reads and transfers through the v3 JSON gateway (etcd 3.4
/// `/v3/kv/put`, `/v3/kv/range`, `/v3/maintenance/transfer-leadership`). Every put sets the
/// one key `x` to a value counting up (x=1, x=2, ...), so a stale read shows an older value.
extension EtcdCluster {
    func write(to n: Int?) -> EtcdRefusal? {
        let target = n ?? state.withLock { $0.believedLeader } ?? 0
        let key = Self.key
        let value = state.withLock { observation -> Int in
            observation.lastValue += 1
            observation.writes.waiting += 1
            return observation.lastValue
        }
        let kv = "\(key)=\(value)", member = name(target)
        note(EtcdWords.writeSent(kv, member))
        let body = ["key": Self.base64(key), "value": Self.base64(String(value))]
        clientGateway.post(url(target), "/v3/kv/put", body) { [weak self] answer in
            self?.update { observation, t in
                observation.writes.waiting -= 1
                switch answer {
                case .success(let reply):
                    observation.writes.ok += 1
                    observation.lastAcked = kv
                    observation.add(EtcdEvent(time: t, text: EtcdWords.writeDone(kv, member, revision: reply.number("header.revision"))))
                case .failure(let error):
                    observation.writes.failed += 1
                    observation.add(EtcdEvent(time: t, text: EtcdWords.writeFailed(kv, member, Self.reason(error)), kind: .lostWrite))
                }
            }
        }
        return nil
    }

    /// Reads `x` at member `n`: serializable answers from the member's own state; linearizable
    /// asks the leader first (etcd's ReadIndex).
    func read(at n: Int, serializable: Bool) -> EtcdRefusal? {
        guard settings.names.indices.contains(n) else { return .notReal }
        let key = Self.key
        state.withLock { $0.reads.waiting += 1 }
        let member = name(n)
        clientGateway.post(url(n), "/v3/kv/range", ["key": Self.base64(key), "serializable": serializable]) { [weak self] answer in
            self?.update { observation, t in
                observation.reads.waiting -= 1
                switch answer {
                case .success(let reply):
                    observation.reads.ok += 1
                    let value = reply.list("kvs").first.flatMap { $0.string("value") }.flatMap(Self.unbase64)
                    observation.lastRead = ReadRecord(member: n, serializable: serializable, value: value)
                    observation.add(EtcdEvent(time: t, text: EtcdWords.readDone(member, key: key, serializable: serializable,
                                                                               value: value, revision: reply.number("header.revision"))))
                case .failure(let error):
                    observation.reads.failed += 1
                    observation.add(EtcdEvent(time: t, text: EtcdWords.readFailed(member, key: key, Self.reason(error))))
                }
            }
        }
        return nil
    }

    /// `T`: the leader hands leadership to member `n` (etcd 3.4 MoveLeader, sent to the leader).
    func transfer(to n: Int) -> EtcdRefusal? {
        // etcd's MoveLeader to a member that is down waits with no deadline (3.4), and the
        // leader takes no proposal meanwhile: refused here, first (its followers may still name
        // a killed leader).
        guard state.withLock({ $0.members[n].running }) else { return .alreadyDown(name(n)) }
        guard let leader = state.withLock({ $0.believedLeader }) else { return .noLeader }
        guard leader != n else { return .alreadyLeads(name(n)) }
        guard let id = state.withLock({ $0.members[n].decimalID }) else { return .noLeader }
        let member = name(n)
        note(EtcdWords.transferAsked(name(leader), member))
        clientGateway.post(url(leader), "/v3/maintenance/transfer-leadership", ["targetID": String(id)]) { [weak self] answer in
            guard let self, case .failure(let error) = answer else { return }
            self.note(EtcdWords.transferFailed(member, Self.reason(error)))
        }
        return nil
    }

    /// The one key the client writes and reads.
    static let key = "x"

    func url(_ n: Int) -> String { clientURLs.withLock { $0[n] } }

    static func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }
    static func unbase64(_ text: String) -> String? { Data(base64Encoded: text).flatMap { String(data: $0, encoding: .utf8) } }

    static func reason(_ error: GatewayError) -> String {
        switch error {
        case .unreachable: return "no answer"
        case .refused(let why): return why
        }
    }
}
