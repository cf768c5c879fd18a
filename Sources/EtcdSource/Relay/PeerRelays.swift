import Dispatch
import NIOCore
import NIOPosix

/// The small TCP relays that carry etcd's peer traffic, one per member, so raftlab can cut links
/// without root and see which carry bytes (issue 14). Member i advertises its relay's address as
/// its peer URL; the relay forwards to the member's real peer port. Thread-safe.
public final class PeerRelays: Sendable {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case alreadyStarted
        case portsDoNotMatchTargets
        /// A port asked for (a kept cluster's, `KeptPorts`) that another socket holds.
        case portInUse(Int)

        public var description: String {
            switch self {
            case .alreadyStarted: "the relays were already started"
            case .portsDoNotMatchTargets: "one relay port is needed per member"
            case .portInUse(let port):
                "port \(port), kept for a member's relay, is in use by another program: stop it, or start from a new --data folder"
            }
        }
    }

    /// Before start, running (the event loop and the listeners), or stopped for good.
    private enum Phase {
        case idle
        case running(group: MultiThreadedEventLoopGroup, listeners: [any Channel])
        case stopped
    }

    private let ledger = RelayLedger()
    private let phase = Locked(Phase.idle)

    public init() {}

    /// Binds one relay per member on 127.0.0.1 (`ports`, or free ones) forwarding to `targets`,
    /// the members' real peer ports; returns the bound ports in member order. Once per instance.
    public func start(targets: [Int], ports: [Int]? = nil) throws -> [Int] {
        let ports = ports ?? Array(repeating: 0, count: targets.count)
        guard ports.count == targets.count else { throw Problem.portsDoNotMatchTargets }
        return try phase.withLock { phase in
            guard case .idle = phase else { throw Problem.alreadyStarted }
            let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
            var listeners: [any Channel] = []
            do {
                for (member, target) in targets.enumerated() {
                    do {
                        listeners.append(try RelayListener.bind(member: member, port: ports[member], target: target,
                                                                group: group, ledger: ledger))
                    } catch let error as IOError where error.errnoCode == EADDRINUSE && ports[member] != 0 {
                        throw Problem.portInUse(ports[member])
                    }
                }
            } catch {
                phase = .stopped
                Self.close(listeners, group)
                throw error
            }
            phase = .running(group: group, listeners: listeners)
            return listeners.map { $0.localAddress?.port ?? 0 }
        }
    }

    /// Says which member sends with this etcd id (hex, as in `X-Server-From`); ids are learned after start.
    public func name(memberID: String, as member: Int) {
        guard let id = MemberID.normalized(memberID) else { return }
        ledger.name(id, as: member)
    }

    /// Cuts every link of `member`: its open connections, to its relay and from it to other relays,
    /// close now, and new ones close until `heal()`.
    public func isolate(_ member: Int) {
        ledger.isolate(member)
    }

    /// Lets every member's links carry traffic again.
    public func heal() {
        ledger.heal()
    }

    /// The members isolated now.
    public func isolated() -> Set<Int> {
        ledger.isolated()
    }

    /// Bytes relayed per directed link since start: requests from→to, responses to→from.
    public func bytes() -> [RelayLink: UInt64] {
        ledger.links()
    }

    /// Closes every relay and connection and ends the event loop; safe to call twice.
    /// Not from the relays' own event loop.
    public func stop() {
        let previous = phase.withLock { phase in
            defer { phase = .stopped }
            return phase
        }
        ledger.stopAll()
        if case .running(let group, let listeners) = previous { Self.close(listeners, group) }
    }

    /// Closes the listeners and ends the event loop, waiting for it; the wait's callback runs on a
    /// queue of our own, since the width-limited global queue NIO would use may be full of callers
    /// blocked like this one (two tests stopping at once waited a second for a thread).
    private static func close(_ listeners: [any Channel], _ group: MultiThreadedEventLoopGroup) {
        for listener in listeners { try? listener.close().wait() }
        let done = DispatchSemaphore(value: 0)
        group.shutdownGracefully(queue: DispatchQueue(label: "raftlab.relays.shutdown")) { _ in done.signal() }
        done.wait()
    }

    deinit {
        stop()
    }
}
