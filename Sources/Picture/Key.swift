/// A key the screen understands.
public enum Key: Sendable, Hashable {
    case char(Character)
    case enter, escape, tab, backTab, up, down, left, right, pageUp, pageDown, backspace
}

/// What a key does in the live view and the lesson player (product.md, "Keys").
public enum KeyCommand: Sendable, Hashable, CaseIterable {
    case selectByNumber, selectNext
    case crash, restart, isolate, heal, slow, timeout, write, writeToSelected, cycleAcks, consume
    /// raft-extensions.md: `S` snapshot the selected node, `R` read, `v` the read mode,
    /// `T` transfer leadership to the selected node, `A` / `D` add / remove it.
    case snapshot, read, cycleReadMode, transfer, addMember, removeMember
    case highlight, drop, options
    /// `z`: pause (SIGSTOP) / resume a real etcd member (issue 14); the simulator has no such fault.
    case freeze
    case togglePause, stepEvent, faster, slower, back, forward
    case eventsUp, eventsDown, logLeft, logRight
    /// `V`: the events pane enlarged / back to its size.
    case eventsSize
    case goOn, previousStep, stepList, retryTask
    case diagram, explain, inspect, legend, help, close, quit
}

/// One key (or keys) and its command, what the footer calls it and what a lesson's hint says
/// it does.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// How the help and the footer write the keys ("c", "Enter n", "PgUp").
    public let shown: String
    public let command: KeyCommand
    /// The footer's word for it.
    public let word: Phrase
    /// What a lesson's hint says it does (the footer's word when nil).
    public let does: Phrase?

    public init(_ keys: [Key], _ shown: String, _ command: KeyCommand, _ word: Phrase, does: Phrase? = nil) {
        self.keys = keys
        self.shown = shown
        self.command = command
        self.word = word
        self.does = does
    }
}

/// One row of the help (`?`): groups of commands (keys of one group joined by a space, groups
/// by two) and what they do.
public struct KeyHelpRow: Sendable {
    public let groups: [[KeyCommand]]
    public let text: Phrase
    public init(_ groups: [[KeyCommand]], _ text: Phrase) {
        self.groups = groups
        self.text = text
    }
}
