import Replication

/// `t` in kafka mode: no replica has an election timer, so the key says who picks leaders. A
/// world event, so it cites no rule; the controller's own lines cite [Kafka: Replication].
extension Describer {
    /// "Saturn has no election timer to fire: in Kafka the controller, not a timer, picks leaders; ..."
    func controllerElects(_ n: NodeID) -> String {
        switch lang {
        case .en:
            "\(name(n)) has no election timer to fire: in Kafka the controller, not a timer, picks leaders; "
                + "it elects one from the ISR when it notices that the leader crashed"
        case .ko:
            "\(name(n))에는 만료시킬 선거 타이머가 없습니다: Kafka에서는 타이머가 아니라 컨트롤러가 리더를 고릅니다. "
                + "리더가 다운된 것을 알아채면 ISR에서 새 리더를 뽑습니다"
        }
    }
}
