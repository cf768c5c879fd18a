import KafkaCore
import Picture

/// The controller on screen (kafka-mode.md, "The controller"): the epoch and ISR it holds,
/// what it decided (the leader it names for the epoch, or that the partition is offline) and
/// the noticing due next. Read from its state: it keeps no record of past decisions.
extension KafkaEngine {
    public static func controller(_ world: KafkaWorld) -> ControllerPicture? {
        let c = world.engine.controller
        return ControllerPicture(epoch: c.epoch, leader: c.leader, isr: world.engine.isr.members.filter { $0 < world.size },
                                 decision: decision(c, world), next: nextNotice(world))
    }

    /// "elected Neptune for epoch 2"; offline when no ISR member is up [Design "Unclean leader
    /// election"; `offlinePartitionLeaderElection`].
    static func decision(_ c: Controller, _ world: KafkaWorld) -> Phrase {
        guard let leader = c.leader else {
            return Phrase(en: "offline: no ISR member is up", ko: "오프라인: 살아 있는 ISR 구성원 없음")
        }
        let name = world.names[leader]
        return Phrase(en: "elected \(name) for epoch \(c.epoch)", ko: "에포크 \(c.epoch)의 리더로 \(name) 선출")
    }

    /// The earliest crash it has not noticed yet: `session_timeout` after it, the node leaves
    /// the ISR (kafka-mode.md, "The controller"; `broker.session.timeout.ms`).
    static func nextNotice(_ world: KafkaWorld) -> Phrase? {
        let timeout = world.engine.settings.sessionTimeout
        let due = world.engine.controller.crashedAt.enumerated().compactMap { node, at in at.map { (node, $0 + timeout) } }
        guard let (node, time) = due.min(by: { $0.1 < $1.1 }) else { return nil }
        let name = world.names[node], en = TimeText.seconds(time, .en), ko = TimeText.seconds(time, .ko)
        return Phrase(en: "notices \(name)'s crash at \(en)", ko: "\(ko)에 \(name) 다운을 알아챔")
    }
}
