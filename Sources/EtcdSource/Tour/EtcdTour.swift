import Picture
import Words

/// The guided tour of a real cluster as the lesson player shows it (`raftlab etcd --tour`,
/// issue 14): each frame's report is built from the cluster's latest observation, and a task
/// or wait goes on by itself once the real cluster's state shows it done.
public final class EtcdTour: Sendable {
    let steps = TourSteps.all()
    let position = Locked<(index: Int, memory: TourMemory, closed: Bool)>((0, TourMemory(), false))

    public init() {}

    public static let id = "etcd-tour"
    static let title = LocalizedText(translations: [.init(language: "en", text: "A real etcd cluster"),
                                                    .init(language: "ko", text: "실제 etcd 클러스터")])

    /// The report for this frame, after moving past every task or wait the cluster has done;
    /// nil once the tour is closed.
    public func report(_ observation: EtcdObservation, settings: EtcdSettings, now: Int) -> LessonReport? {
        position.withLock { p -> LessonReport? in
            guard !p.closed else { return nil }
            var context = TourContext(observation: observation, memory: p.memory, now: now, settings: settings)
            while p.index < steps.count - 1, steps[p.index].kind != .say, steps[p.index].done(context) {
                enter(p.index + 1, &p, context)
                context.memory = p.memory
            }
            return report(p.index, context)
        }
    }

    /// Enter: past a text to read (the last one closes the tour); a task or a wait goes on
    /// only when the cluster shows it done.
    public func goOn(_ observation: EtcdObservation, settings: EtcdSettings, now: Int) {
        position.withLock { p in
            if !p.closed, steps[p.index].kind == .task { p.memory.enterOnTask = true }  // says so, and shows the keys
            guard !p.closed, steps[p.index].kind == .say else { return }
            guard p.index < steps.count - 1 else { p.closed = true; return }
            enter(p.index + 1, &p, TourContext(observation: observation, memory: p.memory, now: now, settings: settings))
        }
    }

    /// Reaches step `index`: its `begin` remembers what it needs; a task's hint clock starts.
    func enter(_ index: Int, _ p: inout (index: Int, memory: TourMemory, closed: Bool), _ context: TourContext) {
        p.index = index
        steps[index].begin(&p.memory, context)
        if steps[index].kind == .task { p.memory.since = context.now }
        p.memory.enterOnTask = false
    }

    public var closed: Bool { position.withLock { $0.closed } }

    func report(_ index: Int, _ c: TourContext) -> LessonReport {
        let step = steps[index]
        let text = LocalizedText(step.text(c))
        let phase: LessonReport.Phase
        switch step.kind {
        case .say: phase = .narrating(text)
        case .wait: phase = .running(step: step.text(c), previous: nil)
        case .task:
            phase = .task(TaskReport(say: text, held: false, actions: 0, keys: step.keys(c),
                                     hint: c.memory.enterOnTask || c.now - c.memory.since > 20_000,
                                     wrongTurn: step.wrongTurn(c).map(LocalizedText.init)))
        }
        let note: LessonNote? = step.kind == .task && c.memory.enterOnTask ? .taskNotDone(hintShown: true) : nil
        let summaries = steps.map { s in
            StepSummary(kind: s.kind == .say ? .say : s.kind == .task ? .task : .other, text: LocalizedText(s.text(c)))
        }
        return LessonReport(id: Self.id, number: nil, title: Self.title, summary: nil, steps: summaries, index: index,
                            phase: phase, scene: nil, note: note, nodes: c.observation.members.map(\.name))
    }
}
