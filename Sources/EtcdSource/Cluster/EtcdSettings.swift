/// How `raftlab etcd` runs: members it starts (names, the executable, timings, a kept data
/// folder) or endpoints of a running cluster it attaches to.
public struct EtcdSettings: Sendable {
    public var names: [String]
    public var binary: String
    public var timings: EtcdTimings
    /// `--data DIR`: members' folders under it, kept after quitting; nil: a temporary folder, removed.
    public var dataFolder: String?
    /// `--endpoints`: client URLs of a running cluster (raftlab starts nothing, cuts nothing).
    public var endpoints: [String]?
    /// How often each member's status is asked (ms).
    public var pollMs = 100

    public init(names: [String], binary: String, timings: EtcdTimings, dataFolder: String? = nil, endpoints: [String]? = nil) {
        self.names = names
        self.binary = binary
        self.timings = timings
        self.dataFolder = dataFolder
        self.endpoints = endpoints
    }

    public var attached: Bool { endpoints != nil }
}
