import NIOCore

/// What the relays know, under one lock (issue 14): which member each etcd id is, who is isolated,
/// the open connections and whose link each is, and the bytes counted per link.
struct RelayBook {
    /// One relayed connection: the member whose relay accepted it, its sender once a head named
    /// one, and both channels (the accepted one and the one to the member's real peer port).
    struct Connection {
        let member: Int
        var sender: String?
        let channels: [any Channel]
    }

    /// Bytes on connections from one sender to one member's relay, per direction.
    struct Tally {
        var request: UInt64 = 0
        var response: UInt64 = 0
    }

    var names: [String: Int] = [:]
    var isolated: Set<Int> = []
    var connections: [Int: Connection] = [:]
    var tallies: [String: [Int: Tally]] = [:]
    var stopped = false
    private var nextConnection = 0

    /// A member's relay takes a connection only while running and while that member is not isolated.
    func admits(_ member: Int) -> Bool {
        !stopped && !isolated.contains(member)
    }

    /// Keeps a new connection, or says no (nil) if its member was isolated meanwhile.
    mutating func register(member: Int, channels: [any Channel]) -> Int? {
        guard admits(member) else { return nil }
        nextConnection += 1
        connections[nextConnection] = Connection(member: member, channels: channels)
        return nextConnection
    }

    /// Records a connection's sender; false if that cuts it (the sender is isolated).
    mutating func identify(_ id: Int, sender: String) -> Bool {
        guard var connection = connections[id] else { return false }
        connection.sender = sender
        connections[id] = connection
        return !isCut(connection)
    }

    /// Counts bytes relayed on a connection whose sender is known; others count nowhere.
    mutating func count(_ id: Int, request: Bool, bytes: Int) {
        guard let connection = connections[id], let sender = connection.sender else { return }
        var tally = tallies[sender, default: [:]][connection.member, default: Tally()]
        if request { tally.request += UInt64(bytes) } else { tally.response += UInt64(bytes) }
        tallies[sender, default: [:]][connection.member] = tally
    }

    mutating func forget(_ id: Int) {
        connections[id] = nil
    }

    /// A connection is cut when either end of its link is isolated (an unknown sender: only its relay's member).
    func isCut(_ connection: Connection) -> Bool {
        if isolated.contains(connection.member) { return true }
        guard let sender = connection.sender, let from = names[sender] else { return false }
        return isolated.contains(from)
    }

    /// Removes the connections that are cut now and returns their channels, to be closed.
    mutating func sweep() -> [any Channel] {
        let cut = connections.filter { isCut($0.value) }
        for id in cut.keys { connections[id] = nil }
        return cut.values.flatMap(\.channels)
    }

    /// Every channel, once: the relays are stopping and take nothing more.
    mutating func stopAll() -> [any Channel] {
        stopped = true
        defer { connections = [:] }
        return connections.values.flatMap(\.channels)
    }

    /// Bytes per directed link among named members: requests from→to, responses to→from.
    func links() -> [RelayLink: UInt64] {
        var links: [RelayLink: UInt64] = [:]
        for (sender, perMember) in tallies {
            guard let from = names[sender] else { continue }
            for (member, tally) in perMember {
                links[RelayLink(from: from, to: member), default: 0] += tally.request
                links[RelayLink(from: member, to: from), default: 0] += tally.response
            }
        }
        return links
    }
}
