import DequeModule
import Replication

/// The throughput meter (issue 11): how fast a leader commits client writes, kept apart for
/// each setting of the engine it ran under, so that two settings stand side by side. Only
/// the time the leader holds client writes not yet committed counts (idle time would make
/// any setting look slow), and round trips are measured as they happen: a request to a
/// follower and its answer.
public struct ThroughputMeter<Key: Sendable & Equatable>: Sendable {
    /// What was measured under one setting.
    public struct Figures: Sendable, Equatable {
        public var key: Key
        /// Client writes the leader committed under this setting.
        public var writes = 0
        /// Simulated ms during which the leader held client writes not yet committed.
        public var busy = 0
        /// Round trips completed while busy (a request from the leader and its answer), and
        /// their total length in ms.
        public var roundTrips = 0
        public var roundTripTotal = 0

        /// Committed writes per simulated second, times 10 (one decimal, exact integers).
        public var perSecondTenths: Int? { busy > 0 ? writes * 10_000 / busy : nil }
        /// The mean round trip in ms, if one was measured.
        public var roundTrip: Int? { roundTrips > 0 ? (roundTripTotal + roundTrips / 2) / roundTrips : nil }
        /// Committed writes per round trip, times 10: per second times the mean round trip.
        public var perRoundTripTenths: Int? {
            guard busy > 0, roundTrips > 0 else { return nil }
            return (writes * roundTripTotal * 10 + busy * roundTrips / 2) / (busy * roundTrips)
        }
    }

    /// Every setting measured, in the order first measured.
    public private(set) var figures: [Figures] = []
    /// The leader whose writes are timed, and the indices of its client entries not yet committed.
    var leader: NodeID?
    var waiting: Deque<Int> = []
    /// The time up to which busy time has been counted.
    var since = 0
    /// Per link (`from * n + to`): when its last request was delivered and how long it took.
    var requests: [(at: Int, took: Int)] = []

    public init() {}

    /// Whether the leader holds client writes not yet committed.
    public var busy: Bool { !waiting.isEmpty }

    /// The figures as of `now`, counting the busy time not yet added (`key`: the setting in force).
    public func figures(now: Int, key: Key) -> [Figures] {
        var out = figures
        if busy, now > since, let k = out.firstIndex(where: { $0.key == key }) { out[k].busy += now - since }
        return out
    }

    /// Counts busy time up to `now` for the setting in force until now. Call before the
    /// setting changes, and before every other change here.
    mutating func advance(to now: Int, key: Key) {
        if busy, now > since { figures[slot(key)].busy += now - since }
        since = now
    }

    /// The leader appended client writes at these indices.
    mutating func appended(_ indices: ClosedRange<Int>, by node: NodeID, now: Int, key: Key) {
        advance(to: now, key: key)
        if leader != node {
            leader = node
            waiting.removeAll()
        }
        _ = slot(key)
        waiting.append(contentsOf: indices)
    }

    /// The leader committed every entry through `index` (Raft 5.3).
    mutating func committed(through index: Int, by node: NodeID, now: Int, key: Key) {
        guard node == leader, busy else { return }
        advance(to: now, key: key)
        var count = 0
        while let first = waiting.first, first <= index {
            waiting.removeFirst()
            count += 1
        }
        figures[slot(key)].writes += count
    }

    /// The node leads no more: its waiting writes are no longer timed.
    mutating func stopped(_ node: NodeID, now: Int, key: Key) {
        guard node == leader else { return }
        advance(to: now, key: key)
        waiting.removeAll()
        leader = nil
    }

    /// A message was delivered on `link` after `took` ms. A request's delivery is noted; an
    /// answer sent the moment the request on the reverse link arrived completes a round trip,
    /// counted when it reaches the timed leader while it is busy.
    mutating func delivered(request: Bool, link: Int, reverse: Int, to node: NodeID, sentAt: Int, now: Int,
                            links: Int, key: Key?) {
        if requests.count < links { requests = Array(repeating: (-1, 0), count: links) }
        if request {
            requests[link] = (now, now - sentAt)
            return
        }
        guard let key, node == leader, busy, requests[reverse].at == sentAt else { return }
        let k = slot(key)
        figures[k].roundTrips += 1
        figures[k].roundTripTotal += requests[reverse].took + (now - sentAt)
    }

    /// The index of the setting's figures, added when first seen.
    mutating func slot(_ key: Key) -> Int {
        if let k = figures.firstIndex(where: { $0.key == key }) { return k }
        figures.append(Figures(key: key))
        return figures.count - 1
    }
}
