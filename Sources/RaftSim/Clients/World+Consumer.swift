import Replication

/// The consumer reads committed entries up to a node's high watermark (its commit index),
/// skipping entries without a value (scenario format, `consume`).
extension World {
    public mutating func consume(from node: NodeID) {
        clients.enqueue(.consume(position: clients.consumerPosition), node: node, toNode: true,
                        at: now, latency: rng.draw(latency), seq: nextSeq())
    }

    mutating func consumeArrives(_ position: Int, at node: NodeID) {
        guard engine.isUp(node) else { return }  // only while it is up
        let through = min(engine.commitIndex(of: node), engine.lastIndex(of: node))
        if monitor != nil, through > position { observeConsumer(node, through: through) }
        var count = 0
        if through > position {
            for index in (position + 1)...through where engine.write(at: index, in: node) != 0 { count += 1 }
        }
        clients.enqueue(.consumeAnswer(position: position, count: count, through: max(through, position)),
                        node: node, toNode: false, at: now, latency: rng.draw(latency), seq: nextSeq())
    }

    mutating func consumeAnswerArrives(_ position: Int, _ count: Int, _ through: Int, from node: NodeID) {
        guard position == clients.consumerPosition else { return }  // an answer to an older read
        clients.consumerPosition = through
        clients.consumed += count
        emit(.consumed(from: node, count: count, through: through))
    }
}
