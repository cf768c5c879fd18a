import Picture

/// An engine the cluster picture can show: what only it knows of its nodes, messages and
/// notes, and the settings its options panel offers. A second engine plugs into the picture
/// by conforming, beside `RaftEngine+Picture.swift`.
public protocol PicturedEngine: DescribedEngine {
    /// Every node as the screen shows it.
    static func nodes(_ world: World<Self>) -> [NodePicture]
    /// A message's short label and tone.
    static func look(_ message: Message) -> MessageLook
    /// A message in words: its line, fields and rule (`e`).
    static func explain(_ message: Message, sentAt: Int, deliverAt: Int, _ world: World<Self>) -> MessageExplain
    /// What the diagram and the styles make of a note (a new leader, an election started).
    static func kind(of note: Note, by node: NodeID) -> EventPicture.Kind
    /// The rows of the options panel (`o`), with their values now.
    static func options(_ world: World<Self>) -> [OptionPicture]
    /// The change a row makes (its next or previous value), if the row exists.
    static func change(option id: String, forward: Bool, _ world: World<Self>) -> Reconfiguration<SettingsChange>?
    /// What its message labels mean, most useful first.
    static var legend: [Phrase] { get }
    /// Its message labels for the legend (`l`): what each means, where, and the rule.
    static var marks: [MarkPicture] { get }
    /// The heartbeat period (the diagram's scale).
    static func heartbeat(_ settings: Settings) -> Int
    /// The throughput meter's lines, grouped by the settings that decide throughput.
    static func throughput(_ world: World<Self>) -> [ThroughputPicture]
    /// Its controller, if it has one that is not a node (Kafka's).
    static func controller(_ world: World<Self>) -> ControllerPicture?
    /// The marks of its cards and log rows for the legend (`l`), when they are not Raft's.
    static var nodeMarks: [MarkPicture] { get }
    /// Its words for the client's marks, a partition's groups and the diagram's marks, when
    /// the screen's own (Raft's) would be false.
    static var clientMarks: [MarkPicture] { get }
    static var groupsMark: MarkPicture? { get }
    static var diagramMarks: [MarkPicture] { get }
}

extension PicturedEngine {
    /// No controller: Raft's leaders are elected by the nodes themselves.
    public static func controller(_ world: World<Self>) -> ControllerPicture? { nil }
    /// The screen's own card marks (Raft's).
    public static var nodeMarks: [MarkPicture] { [] }
    public static var clientMarks: [MarkPicture] { [] }
    public static var groupsMark: MarkPicture? { nil }
    public static var diagramMarks: [MarkPicture] { [] }
}
