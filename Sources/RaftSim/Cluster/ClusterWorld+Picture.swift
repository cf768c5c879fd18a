import KafkaCore
import Picture
import RaftCore

/// The cluster picture of a world of either engine (`World.picture`).
extension ClusterWorld {
    public func picture(run: RunPicture, events: [EventPicture], lesson: LessonReport? = nil) -> ClusterPicture {
        switch self {
        case .raft(let w): w.picture(run: run, events: events, lesson: lesson)
        case .kafka(let w): w.picture(run: run, events: events, lesson: lesson)
        }
    }

    /// One event as the screen shows it, in every language.
    public func eventPicture(_ e: ClusterEvent) -> EventPicture {
        switch (self, e) {
        case let (.raft(w), .raft(e)): w.eventPicture(e)
        case let (.kafka(w), .kafka(e)): w.eventPicture(e)
        // An event of a world the scene replaced: its text needs no world but the names.
        case let (_, .raft(e)): RaftWorld.textPicture(e, names: names, values: values)
        case let (_, .kafka(e)): KafkaWorld.textPicture(e, names: names, values: values)
        }
    }
}

/// The options panel (`o`) of a world of either engine (`PicturedEngine.options`, `change`).
extension ClusterWorld {
    public var options: [OptionPicture] {
        read(raft: { RaftEngine.options($0) }, kafka: { KafkaEngine.options($0) })
    }

    /// The change a row makes (its next or previous value), if the row exists.
    public func change(option id: String, forward: Bool) -> Reconfiguration<ClusterChange>? {
        switch self {
        case .raft(let w): RaftEngine.change(option: id, forward: forward, w)?.mapChange { ClusterChange.raft($0) }
        case .kafka(let w): KafkaEngine.change(option: id, forward: forward, w)?.mapChange { ClusterChange.kafka($0) }
        }
    }

    /// Messages sent between nodes so far.
    public var messagesSent: Int { read(raft: \.messagesSent, kafka: \.messagesSent) }
}
