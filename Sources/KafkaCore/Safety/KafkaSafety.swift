/// Checks kafka mode's safety properties from the notes (each names the node that acted),
/// reading the engine after the step for the records they name. Findings give a record's
/// place as Raft's index (offset + 1), as the rest of the world counts.
public struct KafkaSafety: SafetyChecks {
    public static let properties: [SafetyProperty] = [
        .hwMonotonic, .committedKept, .replicaAgreement, .consumerVisibility,
    ]

    /// One node as its notes describe it.
    struct Mirror: Sendable {
        var role: Role?
        var epoch: Int
        var hw: Int
        /// Offsets below this agree with the current leader's (checked already this epoch).
        var agreedBelow = 0
    }

    /// A record that was below a leader's HW, and the epoch of that leader.
    struct Committed: Sendable, Equatable {
        var record: Record
        var epoch: Int
    }

    var nodes: [Mirror]
    /// Per offset, the first record committed there; `others`: different records committed at
    /// the same offset later (only after a `committed_kept` violation).
    var committed: [Committed] = []
    var others: [Int: [Committed]] = [:]

    public init(_ engine: KafkaEngine) {
        nodes = engine.nodes.map { Mirror(role: engine.role(of: $0.id), epoch: $0.epoch, hw: $0.hw) }
        for id in engine.nodes.indices where engine.role(of: id) == .leader {
            commit(id, from: 0, through: engine.nodes[id].hw, engine)
        }
    }

    public mutating func observe(_ node: NodeID, _ notes: [Note], in engine: KafkaEngine, found: (Finding) -> Void) {
        var touched = NodeSet()
        for note in notes {
            guard let id = note.node else { continue }
            switch note.event {
            case let .state(role, epoch): changeState(id, role, epoch, engine, found)
            case let .advancesHW(hw, _, _):
                let from = nodes[id].hw
                setHW(id, hw, found)
                commit(id, from: from, through: hw, engine)
            case let .learnsHW(hw, _): setHW(id, hw, found)
            case let .truncates(_, _, hw, _):
                setHW(id, hw, found)
                nodes[id].agreedBelow = min(nodes[id].agreedBelow, hw)
            case .takesRecords: break
            default: continue
            }
            touched.insert(id)
        }
        touched.forEach { checkAgreement($0, engine, found) }
    }

    /// `consumer_visibility`: the world's consumer is handed `node`'s records through `index`.
    public mutating func consumerReads(from node: NodeID, through index: Int, in engine: KafkaEngine,
                                       found: (Finding) -> Void) {
        let hw = engine.nodes[node].hw
        guard index > hw else { return }
        found(Finding(.consumerVisibility, node: node, term: engine.nodes[node].epoch, index: hw + 1))
    }

    // MARK: - Roles and the HW

    mutating func changeState(_ id: NodeID, _ role: Role?, _ epoch: Int, _ engine: KafkaEngine,
                              _ found: (Finding) -> Void) {
        let was = nodes[id]
        nodes[id].role = role
        nodes[id].epoch = epoch
        nodes[id].agreedBelow = 0
        guard role == .leader, was.role != .leader || was.epoch != epoch else { return }
        checkCommittedKept(id, epoch, engine, found)
        commit(id, from: 0, through: nodes[id].hw, engine)
    }

    /// `hw_monotonic`: a leader's HW never goes down.
    mutating func setHW(_ id: NodeID, _ hw: Int, _ found: (Finding) -> Void) {
        if nodes[id].role == .leader && hw < nodes[id].hw {
            found(Finding(.hwMonotonic, node: id, term: nodes[id].epoch, index: hw + 1))
        }
        nodes[id].hw = hw
    }

    // MARK: - Committed records

    /// Records of `id` (a leader) at offsets `from..<hw` were below a leader's HW in its epoch.
    mutating func commit(_ id: NodeID, from: Int, through hw: Int, _ engine: KafkaEngine) {
        let log = engine.nodes[id].log
        let epoch = nodes[id].epoch
        for offset in min(from, committed.count)..<min(hw, log.leo) {
            let entry = Committed(record: log[offset], epoch: epoch)
            if offset == committed.count {
                committed.append(entry)
            } else if committed[offset].record != entry.record,
                      !(others[offset] ?? []).contains(where: { $0.record == entry.record }) {
                others[offset, default: []].append(entry)
            }
        }
    }

    /// `committed_kept`: a new leader of `epoch` holds every record committed in earlier epochs.
    func checkCommittedKept(_ id: NodeID, _ epoch: Int, _ engine: KafkaEngine, _ found: (Finding) -> Void) {
        let log = engine.nodes[id].log
        func kept(_ offset: Int, _ c: Committed) -> Bool {
            c.epoch >= epoch || (offset < log.leo && log[offset] == c.record)
        }
        var missing = committed.indices.first { !kept($0, committed[$0]) }
        for (offset, list) in others where list.contains(where: { !kept(offset, $0) }) {
            missing = min(missing ?? offset, offset)
        }
        guard let offset = missing else { return }
        found(Finding(.committedKept, node: id, term: epoch, index: offset + 1))
    }

    // MARK: - Followers

    /// `replica_agreement`: an up follower answered in the current epoch holds the leader's
    /// records below its HW.
    mutating func checkAgreement(_ id: NodeID, _ engine: KafkaEngine, _ found: (Finding) -> Void) {
        let node = engine.nodes[id]
        guard node.isUp, node.role == .follower, node.answeredInEpoch, let leaderID = engine.leader,
              leaderID != id, nodes[id].agreedBelow < node.hw else { return }
        let theirs = engine.nodes[leaderID].log
        for offset in nodes[id].agreedBelow..<node.hw
        where offset >= theirs.leo || offset >= node.leo || theirs[offset] != node.log[offset] {
            return found(Finding(.replicaAgreement, node: id, other: leaderID, term: node.epoch, index: offset + 1))
        }
        nodes[id].agreedBelow = node.hw
    }
}
