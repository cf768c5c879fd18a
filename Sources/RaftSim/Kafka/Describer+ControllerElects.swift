import Replication

/// `t` in kafka mode: no replica has an election timer, so the key says who picks leaders.
extension Describer {
    /// "Saturn has no election timer: in Kafka the controller, not a timer, picks leaders"
    /// [Kafka: Replication] (the controller elects from the ISR when it notices a crash).
    func controllerElects(_ n: NodeID) -> TextLine {
        switch lang {
        case .en:
            TextLine("\(name(n)) has no election timer to fire: in Kafka the controller, not a timer, picks leaders; "
                + "it elects one from the ISR when it notices that the leader crashed", .kafkaReplication)
        case .ko:
            TextLine("\(name(n))에는 만료시킬 선거 타이머가 없습니다: Kafka에서는 타이머가 아니라 컨트롤러가 리더를 고릅니다. "
                + "리더가 다운된 것을 알아채면 ISR에서 새 리더를 뽑습니다", .kafkaReplication)
        }
    }
}
