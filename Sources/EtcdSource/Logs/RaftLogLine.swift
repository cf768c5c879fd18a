import Foundation

/// What one of etcd's raft log lines says (etcd 3.4, `--logger=zap`: one JSON object per
/// line whose `msg` is etcd-io/raft's own text, e.g. "8e9e05c52164694d became candidate at term 3").
public enum RaftLogLine: Sendable, Equatable {
    /// "<id> became follower|pre-candidate|candidate|leader at term N" (raft.go `become*`).
    case became(member: String, role: LoggedRole, term: Int)
    /// "raft.node: <id> elected leader <leader> at term N" (node.go, a leader seen).
    case electedLeader(member: String, leader: String, term: Int)
    /// "raft.node: <id> lost leader <leader> at term N".
    case lostLeader(member: String, leader: String, term: Int)
    /// "<id> [...] cast MsgVote|MsgPreVote for <candidate> [...] at term N" (a vote granted).
    case castVote(member: String, candidate: String, preVote: Bool, term: Int)
    /// "<id> [...] rejected MsgVote|MsgPreVote from <candidate> [...] at term N".
    case rejectedVote(member: String, candidate: String, preVote: Bool, term: Int)
    /// "<id> is starting a new election at term N" (its election timer fired).
    case electionTimeout(member: String, term: Int)
    /// "<id> has received 2 MsgVoteResp votes and 0 vote rejections".
    case tally(member: String, granted: Int, rejected: Int, preVote: Bool)

    public enum LoggedRole: String, Sendable, Equatable {
        case follower, preCandidate = "pre-candidate", candidate, leader
    }

    /// The member (hex id) whose line it is.
    public var member: String {
        switch self {
        case .became(let m, _, _), .electedLeader(let m, _, _), .lostLeader(let m, _, _), .castVote(let m, _, _, _),
             .rejectedVote(let m, _, _, _), .electionTimeout(let m, _), .tally(let m, _, _, _):
            return m
        }
    }

    /// The line's raft event, or nil for any other line (startup, rafthttp, applies...).
    public static func parse(_ line: String) -> RaftLogLine? {
        guard line.contains("\"msg\""), let data = line.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let message = object["msg"] as? String else { return nil }
        return parse(message: message)
    }

    /// The raft text of a `msg` field.
    public static func parse(message: String) -> RaftLogLine? {
        let words = message.split(separator: " ").map(String.init)
        let text = words.first == "raft.node:" ? Array(words.dropFirst()) : words
        guard let member = text.first, member.allSatisfy(\.isHexDigit), text.count >= 4 else { return nil }
        let term = Int(text.last ?? "") ?? -1
        if text.count == 6, text[1] == "became", text[3] == "at", text[4] == "term",
           let role = LoggedRole(rawValue: text[2]), term >= 0 {
            return .became(member: member, role: role, term: term)
        }
        if text.count == 7, text[1] == "elected" || text[1] == "lost", text[2] == "leader", term >= 0 {
            return text[1] == "elected" ? .electedLeader(member: member, leader: text[3], term: term)
                                        : .lostLeader(member: member, leader: text[3], term: term)
        }
        if message.contains(" is starting a new election at term "), term >= 0 {
            return .electionTimeout(member: member, term: term)
        }
        if let vote = voteLine(text, member: member, term: term) { return vote }
        return tallyLine(text, member: member)
    }

    /// "cast MsgVote for <id>" / "rejected MsgPreVote from <id>" (raft.go `Step`).
    static func voteLine(_ text: [String], member: String, term: Int) -> RaftLogLine? {
        for (i, word) in text.enumerated() where (word == "cast" || word == "rejected") && i + 3 < text.count {
            let kind = text[i + 1]
            guard kind == "MsgVote" || kind == "MsgPreVote", term >= 0 else { continue }
            let candidate = text[i + 3]
            if word == "cast", text[i + 2] == "for" {
                return .castVote(member: member, candidate: candidate, preVote: kind == "MsgPreVote", term: term)
            }
            if word == "rejected", text[i + 2] == "from" {
                return .rejectedVote(member: member, candidate: candidate, preVote: kind == "MsgPreVote", term: term)
            }
        }
        return nil
    }

    /// "<id> has received 2 MsgVoteResp votes and 0 vote rejections" (raft.go `poll`).
    static func tallyLine(_ text: [String], member: String) -> RaftLogLine? {
        guard text.count == 10, text[1] == "has", text[2] == "received", let granted = Int(text[3]),
              text[4] == "MsgVoteResp" || text[4] == "MsgPreVoteResp", let rejected = Int(text[7]) else { return nil }
        return .tally(member: member, granted: granted, rejected: rejected, preVote: text[4] == "MsgPreVoteResp")
    }
}
