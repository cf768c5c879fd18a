/// One line of the throughput meter (issue 11): what a leader committed under one setting,
/// measured by the source (the simulator), so that settings can stand side by side.
public struct ThroughputPicture: Sendable, Equatable {
    /// The setting, in words ("batch 4 · pipelining off").
    public var setting: Phrase
    /// Whether this setting is the one in force now.
    public var current: Bool
    /// Client writes committed under it.
    public var writes: Int
    /// Simulated ms during which the leader held client writes not yet committed.
    public var busy: Int
    /// Committed writes per simulated second, times 10.
    public var perSecondTenths: Int?
    /// The mean round trip measured (a request to a follower and its answer), in ms.
    public var roundTrip: Int?
    /// Committed writes per round trip, times 10.
    public var perRoundTripTenths: Int?

    public init(setting: Phrase, current: Bool, writes: Int, busy: Int, perSecondTenths: Int?, roundTrip: Int?,
                perRoundTripTenths: Int?) {
        self.setting = setting
        self.current = current
        self.writes = writes
        self.busy = busy
        self.perSecondTenths = perSecondTenths
        self.roundTrip = roundTrip
        self.perRoundTripTenths = perRoundTripTenths
    }
}
