import ArgumentParser
import Foundation
import RaftSim
import Words

/// `--lang`: one of the languages raftlab speaks; anything else is a usage error listing them.
extension Lang: ExpressibleByArgument {}

/// `--mode`: raft or kafka (`fuzz`, and the worlds a scenario may hold).
extension ClusterMode: ExpressibleByArgument {}

/// The sandbox's `--mode`: one world, or both side by side (the command line's only: a scenario
/// holds one world, so `both` is no `ClusterMode`).
enum SandboxMode: String, ExpressibleByArgument, CaseIterable {
    case raft, kafka, both
}

/// A switch written `on` or `off` (`--leader-epochs`).
enum OnOff: String, ExpressibleByArgument, CaseIterable {
    case on, off
}

/// The accepted ranges of the command-line numbers, in one place.
enum ArgumentLimits {
    /// `--speed`: simulated ms per wall-clock ms. Faster cannot be drawn; slower would look frozen.
    static let speed = 0.001...1000.0
    /// `--nodes`: the sandbox names its nodes after the planets.
    static let nodes = 1...WorldSpec.planets.count

    /// Refuses a `--speed` outside `speed` (NaN and infinity included).
    static func checkSpeed(_ value: Double) throws {
        guard speed.contains(value) else {
            throw ValidationError("--speed must be from 0.001 to 1000 (simulated ms per wall-clock ms), found \(value)")
        }
    }

    /// Refuses a `--nodes` outside `nodes`.
    static func checkNodes(_ value: Int) throws {
        guard nodes.contains(value) else {
            throw ValidationError("--nodes must be from \(nodes.lowerBound) to \(nodes.upperBound), found \(value)")
        }
    }
}

extension Raftlab {
    /// Parses and runs the command. A usage error (a bad option or value) exits 2, like a
    /// scenario that cannot be read, rather than swift-argument-parser's 64.
    static func mainExitingTwoOnUsageErrors() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
