import Picture
import Words

/// One stop of the guided tour of a real cluster (`raftlab etcd --tour`, issue 14): a text
/// to read, a task the learner does with the live keys, or a wait for the cluster itself.
/// Tasks and waits check the real cluster's state before the tour goes on.
struct TourStep: Sendable {
    enum Kind: Sendable { case say, task, wait }
    var kind: Kind
    /// The text, in both languages, from what the cluster and the tour remember.
    var text: @Sendable (TourContext) -> Phrase
    /// Whether the task or wait is done (a `say` is done when the learner goes on).
    var done: @Sendable (TourContext) -> Bool = { _ in false }
    /// The keys a task's solution takes (the footer and the hint show them).
    var keys: @Sendable (TourContext) -> [HintItem] = { _ in [] }
    /// Why the learner's last move does not do the task, while it does not (a wrong turn).
    var wrongTurn: @Sendable (TourContext) -> Phrase? = { _ in nil }
    /// What to remember on reaching the step (the leader it is about, the time).
    var begin: @Sendable (inout TourMemory, TourContext) -> Void = { _, _ in }
}

/// What the tour remembers between steps.
struct TourMemory: Sendable {
    /// The member a step is about (the leader to kill or isolate), and the term then.
    var member = 0
    var term = 0
    /// When the step began (ms since the start), and how long the cluster took to elect.
    var since = 0
    var took = 0
    /// The puts acknowledged when the step began.
    var acked = 0
    var newLeader = 0
    /// Enter was pressed during the task: the keys are shown and the tour says Enter does not skip it.
    var enterOnTask = false
}

/// The cluster as a step sees it.
struct TourContext: Sendable {
    var observation: EtcdObservation
    var memory: TourMemory
    var now: Int
    var settings: EtcdSettings

    func name(_ i: Int) -> String { observation.members[i].name }
    var member: String { name(memory.member) }
    /// The hint's keys for a command on the remembered member: its digit, then the command's key.
    func onMember(_ command: KeyCommand) -> HintItem { .key(command, node: member, digit: memory.member + 1) }
    /// The name of another member that `matches` (a wrong turn done to the wrong member), if any.
    func otherMember(where matches: (MemberObservation) -> Bool) -> String? {
        observation.members.indices.first { $0 != memory.member && matches(observation.members[$0]) }.map(name)
    }
    var electionMs: Int { settings.timings.electionMs }
}
