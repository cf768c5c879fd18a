/// The peer links raftlab can cut: relays between started members (`PeerRelays`), or none
/// when attached to a running cluster (`NoLinks`).
public protocol PeerLinks: Sendable {
    /// Starts one relay per member forwarding to `targets` (peer ports), on `ports` (nil: free
    /// ones); returns the ports the members advertise.
    func start(targets: [Int], ports: [Int]?) throws -> [Int]
    /// Tells the relays which etcd member id (hex) is member `member`.
    func name(memberID: String, as member: Int)
    func isolate(_ member: Int)
    func heal()
    /// Bytes carried so far per directed link, by `from * n + to`.
    func bytes(members: Int) -> [UInt64]
    func stop()
}

/// No relays: members advertise their own peer ports; nothing can be cut.
public struct NoLinks: PeerLinks {
    public init() {}
    public func start(targets: [Int], ports: [Int]?) throws -> [Int] { targets }
    public func name(memberID: String, as member: Int) {}
    public func isolate(_ member: Int) {}
    public func heal() {}
    public func bytes(members: Int) -> [UInt64] { Array(repeating: 0, count: members * members) }
    public func stop() {}
}

/// The relays between started members (`Relay/`).
extension PeerRelays: PeerLinks {
    public func bytes(members: Int) -> [UInt64] {
        var counts = Array(repeating: UInt64(0), count: members * members)
        for (link, n) in bytes() where link.from < members && link.to < members { counts[link.from * members + link.to] = n }
        return counts
    }
}
