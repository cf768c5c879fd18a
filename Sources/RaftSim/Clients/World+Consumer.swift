import RaftCore

/// The consumer reads committed entries up to a node's high watermark (its commit index),
/// skipping entries without a value (scenario format, `consume`).
extension World {
    public mutating func consume(from node: NodeID) {
        clients.enqueue(.consume(position: clients.consumerPosition), node: node, toNode: true,
                        at: now, latency: rng.draw(timing.latency), seq: nextSeq())
    }

    mutating func consumeArrives(_ position: Int, at node: NodeID) {
        guard nodes[node].isUp else { return }  // only while it is up
        let log = nodes[node].log
        let through = min(nodes[node].commitIndex, log.lastIndex)
        var count = 0
        if through > position {
            for index in (position + 1)...through where !log[index].isEmpty { count += 1 }
        }
        clients.enqueue(.consumeAnswer(position: position, count: count, through: max(through, position)),
                        node: node, toNode: false, at: now, latency: rng.draw(timing.latency), seq: nextSeq())
    }

    mutating func consumeAnswerArrives(_ position: Int, _ count: Int, _ through: Int, from node: NodeID) {
        guard position == clients.consumerPosition else { return }  // an answer to an older read
        clients.consumerPosition = through
        clients.consumed += count
        emit(.consumed(from: node, count: count, through: through))
    }
}
