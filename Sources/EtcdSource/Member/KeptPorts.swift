import Foundation

/// The ports of a cluster kept under `--data DIR` (issue 14), in `DIR/raftlab-ports`: a member
/// stores its peers' advertised URLs (their relays' ports) in its data directory and ignores
/// `--initial-cluster` on a restart, so a kept cluster must come back on the same ports or its
/// members never hear each other again. One line per member: "name client peer relay".
public enum KeptPorts {
    public static let fileName = "raftlab-ports"

    /// One member's ports.
    public struct Ports: Sendable, Equatable {
        public var name: String
        public var client: Int
        public var peer: Int
        public var relay: Int
    }

    /// The ports kept in `folder` for members `names`; nil for a new folder. Throws when the
    /// folder holds other members, or members whose ports were not kept.
    public static func load(folder: String, names: [String]) throws -> [Ports]? {
        let path = folder + "/" + fileName
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            let found = names.filter { FileManager.default.fileExists(atPath: folder + "/" + $0) }
            if !found.isEmpty { throw Problem.portsNotKept(folder) }
            return nil
        }
        let kept = parse(text)
        guard let kept, kept.map(\.name) == names else {
            throw Problem.otherMembers(folder, kept?.map(\.name) ?? [])
        }
        return kept
    }

    /// Writes the members' ports to `folder` (atomically).
    public static func save(_ plans: [MemberPlan], folder: String) throws {
        let text = plans.map { "\($0.name) \($0.clientPort) \($0.peerPort) \($0.relayPort)\n" }.joined()
        try text.write(toFile: folder + "/" + fileName, atomically: true, encoding: .utf8)
    }

    /// The lines of a ports file, or nil if one is not "name client peer relay".
    static func parse(_ text: String) -> [Ports]? {
        var kept: [Ports] = []
        for line in text.split(separator: "\n") where !line.isEmpty {
            let words = line.split(separator: " ")
            guard words.count == 4, let client = Int(words[1]), let peer = Int(words[2]), let relay = Int(words[3]) else { return nil }
            kept.append(Ports(name: String(words[0]), client: client, peer: peer, relay: relay))
        }
        return kept
    }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case portsNotKept(String)
        case otherMembers(String, [String])

        public var description: String {
            switch self {
            case .portsNotKept(let folder):
                return "\(folder) holds etcd members but not their ports (\(KeptPorts.fileName)); they cannot find each other again: use another folder"
            case let .otherMembers(folder, names):
                return "\(folder) holds the members \(names.joined(separator: ", ")); start with as many --nodes, or use another folder"
            }
        }
    }
}
