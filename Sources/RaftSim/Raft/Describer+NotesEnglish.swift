import RaftCore

/// English sentences for `Note` (see Describer+Notes.swift for the tags).
extension Describer {
    func englishNote(_ node: NodeID, _ n: Note) -> String {
        englishElectionNote(name(node), n) ?? englishLogNote(name(node), n)
    }

    /// Elections, votes and terms (5.1, 5.2, 5.4.1, Pre-Vote, CheckQuorum); nil for log notes.
    private func englishElectionNote(_ me: String, _ n: Note) -> String? {
        switch n {
        case let .startsElection(term):
            return "\(me)'s election timer fires: it becomes candidate for term \(term) and votes for itself [5.2]"
        case let .startsPreVote(term):
            return "\(me)'s election timer fires: it becomes pre-candidate and asks for pre-votes for term \(term) "
                + "without changing its term [Pre-Vote]"
        case let .grantsVote(to, term, pre):
            if pre {
                return "\(me) grants \(name(to)) a pre-vote for term \(term); "
                    + "its own term and vote stay as they are [Pre-Vote]"
            }
            return "\(me) votes for \(name(to)) in term \(term) and resets its election timer [5.2, Figure 2]"
        case let .refusesVote(to, term, pre, reason):
            let head = pre ? "\(me) refuses \(name(to)) a pre-vote for term \(term)"
                           : "\(me) refuses to vote for \(name(to)) in term \(term)"
            return "\(head): \(englishVoteRefusal(me, name(to), reason, pre: pre))"
        case let .countsVote(from, granted, pre, votes, needed):
            let ballot = pre ? "pre-vote" : "vote"
            let tally = "\(votes) of the \(needed) votes needed \(Self.tag("5.2", pre: pre))"
            return granted ? "\(me) gets \(name(from))'s \(ballot): \(tally)"
                           : "\(me) is refused a \(ballot) by \(name(from)): still \(tally)"
        case let .winsPreVote(term, votes):
            return "\(me) wins the pre-vote with \(votes) votes: it starts a real election for term \(term) [Pre-Vote]"
        case let .becomesLeader(term, votes):
            return "\(me) becomes leader of term \(term) with \(votes) of \(names.count) votes, a majority [5.2]"
        case let .adoptsTerm(term, from, previous):
            return "\(me) sees term \(term) in a message from \(name(from)): " + englishAdoption(term, previous)
        case let .followsLeader(leader, term):
            return "\(me) hears from \(name(leader)), leader of term \(term), and becomes its follower [5.2]"
        case let .losesQuorum(heard, needed):
            return "\(me) heard from only \(heard) of the \(needed) nodes needed (itself included) "
                + "within an election timeout: it steps down to follower [CheckQuorum]"
        default:
            return nil
        }
    }

    private func englishAdoption(_ term: Int, _ previous: Role) -> String {
        switch previous {
        case .leader, .candidate:
            return "it adopts the term and steps down from \(role(previous)) to follower [5.1]"
        case .preCandidate:
            return "it adopts the term and gives up its pre-vote to become a follower [5.1]"
        case .follower:
            return "it adopts term \(term) as a follower, with no vote cast yet [5.1]"
        }
    }

    private func englishVoteRefusal(_ me: String, _ candidate: String, _ r: Note.VoteRefusal, pre: Bool) -> String {
        switch r {
        case let .staleTerm(voterTerm):
            return "\(me) is already in term \(voterTerm) \(Self.tag("5.1", pre: pre))"
        case let .alreadyVoted(other):
            return "it already voted for \(name(other)) in this term \(Self.tag("5.2", pre: pre))"
        case let .logBehind(cTerm, cIndex, vTerm, vIndex):
            return "\(candidate)'s last entry (term \(cTerm), index \(cIndex)) is behind "
                + "\(me)'s (term \(vTerm), index \(vIndex)) \(Self.tag("5.4.1", pre: pre))"
        case let .heardFromLeader(leader):
            let who = leader.map { "leader \(name($0))" } ?? "a leader"
            return "it heard from \(who) less than a minimum election timeout ago [Pre-Vote]"
        case .isLeader:
            return "\(me) is the leader itself [Pre-Vote]"
        }
    }

    /// Replication and commitment (5.3, 5.4.2, 8).
    private func englishLogNote(_ me: String, _ n: Note) -> String {
        switch n {
        case let .appends(index, term, write):
            if write == 0 { return "\(me) appends its no-op at index \(index) (term \(term)) [8]" }
            return "\(me) appends write \(value(write)) at index \(index) (term \(term)) [5.3]"
        case let .acceptsAppend(from, prevIndex, count):
            let what = count == 0 ? "a heartbeat" : Self.entries(prevIndex + 1, prevIndex + count)
            return "\(me) accepts \(what) from \(name(from)): its log matches through index \(prevIndex) [5.3]"
        case let .refusesAppend(from, reason):
            return "\(me) refuses AppendEntries from \(name(from)): \(englishAppendRefusal(me, name(from), reason))"
        case let .truncates(from, through):
            return "\(me) deletes \(Self.entries(from, through)), which \(from == through ? "conflicts" : "conflict") with the leader's log [5.3]"
        case let .backsOff(peer, nextIndex):
            return "\(me) backs off: it will send \(name(peer)) entries from index \(nextIndex) next [5.3]"
        case let .matchAdvances(peer, match):
            return "\(me) learns that \(name(peer)) stores its log through index \(match) (match index) [5.3]"
        case let .commits(index, count, total, unsafeRule):
            let stored = "stored on \(count) of \(total) nodes"
            return "\(me) commits through index \(index): \(stored) \(Self.commitTag(unsafeRule))"
        case let .holdsOldTerm(index, entryTerm, count):
            return "\(me) does not commit index \(index) (term \(entryTerm)) although \(count) nodes hold it: "
                + "it is not of \(me)'s current term [5.4.2, Figure 8]"
        case let .learnsCommit(index, from):
            return "\(me) learns from \(name(from)) that entries through index \(index) are committed "
                + "(the high watermark) [5.3]"
        case let .applies(from, through):
            return "\(me) applies \(Self.entries(from, through)) to its state machine [5.3]"
        case let .overwrites(from, through):
            return "\(me), the leader, deletes its own uncommitted \(Self.entries(from, through)) "
                + "to put the new write at index \(from) [unsafe: leader_overwrites]"
        case let .skipsLogCheck(prevIndex, prevTerm, at):
            return "\(me) does not check for an entry of term \(prevTerm) at index \(prevIndex): "
                + "it puts the entries at index \(at) [unsafe: append_without_log_check]"
        case let .ignoresEarlierVote(earlier, term):
            return "\(me) already voted for \(name(earlier)) in term \(term) and votes again [unsafe: vote_twice]"
        default:
            return ""  // election notes are handled above
        }
    }

    private func englishAppendRefusal(_ me: String, _ leader: String, _ r: Note.AppendRefusal) -> String {
        switch r {
        case let .staleTerm(followerTerm):
            return "\(leader)'s term is behind \(me)'s term \(followerTerm) [5.1]"
        case let .mismatch(prevIndex, prevTerm, found):
            guard let found else { return "it has no entry at index \(prevIndex) (term \(prevTerm) expected) [5.3]" }
            return "its entry at index \(prevIndex) is of term \(found), not term \(prevTerm) [5.3]"
        case let .wouldDeleteCommitted(index, commit):
            return "taking it would delete entry \(index), at or below its commit index \(commit) [5.4.3]"
        case .sameTermLeader:
            return "\(me) leads this same term itself: two leaders in one term [5.2]"
        }
    }
}
