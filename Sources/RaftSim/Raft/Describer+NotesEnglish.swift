import RaftCore

/// English sentences for `Note`, each with the rules that decided it (Describer+Notes.swift).
extension Describer {
    func englishNote(_ node: NodeID, _ n: Note) -> TextLine {
        englishElectionNote(name(node), n) ?? englishLogNote(name(node), n)
    }

    /// Elections, votes and terms (5.1, 5.2, 5.4.1, Pre-Vote, CheckQuorum); nil for log notes.
    private func englishElectionNote(_ me: String, _ n: Note) -> TextLine? {
        switch n {
        case let .startsElection(term):
            return TextLine("\(me)'s election timer fires: it becomes candidate for term \(term) and votes for itself",
                            .leaderElection)
        case let .startsPreVote(term):
            return TextLine("\(me)'s election timer fires: it becomes pre-candidate and asks for pre-votes for term \(term) "
                + "without changing its term", .preVote)
        case let .grantsVote(to, term, pre):
            if pre {
                return TextLine("\(me) grants \(name(to)) a pre-vote for term \(term); "
                    + "its own term and vote stay as they are", .preVote)
            }
            return TextLine("\(me) votes for \(name(to)) in term \(term) and resets its election timer",
                            .leaderElection, .figure2)
        case let .refusesVote(to, term, pre, reason):
            let head = pre ? "\(me) refuses \(name(to)) a pre-vote for term \(term)"
                           : "\(me) refuses to vote for \(name(to)) in term \(term)"
            return englishVoteRefusal(me, name(to), reason, pre: pre).after("\(head): ")
        case let .countsVote(from, granted, pre, votes, needed):
            let ballot = pre ? "pre-vote" : "vote"
            let tally = "\(votes) of the \(needed) votes needed"
            let text = granted ? "\(me) gets \(name(from))'s \(ballot): \(tally)"
                               : "\(me) is refused a \(ballot) by \(name(from)): still \(tally)"
            return TextLine(text, rules: Self.rules(.leaderElection, pre: pre))
        case let .winsPreVote(term, votes):
            return TextLine("\(me) wins the pre-vote with \(votes) votes: it starts a real election for term \(term)",
                            .preVote)
        case let .becomesLeader(term, 0, _):
            return TextLine("\(me) starts as leader of term \(term), as the scene was set up")
        case let .becomesLeader(term, votes, voters):
            return TextLine("\(me) becomes leader of term \(term) with \(votes) of \(voters) votes, a majority",
                            .leaderElection)
        case let .adoptsTerm(term, from, previous):
            return englishAdoption(term, previous).after("\(me) sees term \(term) in a message from \(name(from)): ")
        case let .followsLeader(leader, term):
            return TextLine("\(me) hears from \(name(leader)), leader of term \(term), and becomes its follower",
                            .leaderElection)
        case let .losesQuorum(heard, needed):
            return TextLine("\(me) heard from only \(heard) of the \(needed) nodes needed (itself included) "
                + "within an election timeout: it steps down to follower", .checkQuorum)
        default:
            return nil
        }
    }

    // A higher term is adopted at once, whatever the role (5.1).
    private func englishAdoption(_ term: Int, _ previous: Role) -> TextLine {
        switch previous {
        case .leader, .candidate:
            return TextLine("it adopts the term and steps down from \(role(previous)) to follower", .terms)
        case .preCandidate:
            return TextLine("it adopts the term and gives up its pre-vote to become a follower", .terms)
        case .follower:
            return TextLine("it adopts term \(term) as a follower, with no vote cast yet", .terms)
        }
    }

    private func englishVoteRefusal(_ me: String, _ candidate: String, _ r: Note.VoteRefusal, pre: Bool) -> TextLine {
        switch r {
        case let .staleTerm(voterTerm):
            return TextLine("\(me) is already in term \(voterTerm)", rules: Self.rules(.terms, pre: pre))
        case let .alreadyVoted(other):
            let whom = name(other) == me ? "itself" : name(other)
            return TextLine("it already voted for \(whom) in this term", rules: Self.rules(.leaderElection, pre: pre))
        case let .logBehind(cTerm, cIndex, vTerm, vIndex):
            return TextLine("\(candidate)'s last entry (term \(cTerm), index \(cIndex)) is behind "
                + "\(me)'s (term \(vTerm), index \(vIndex))", rules: Self.rules(.electionRestriction, pre: pre))
        case let .heardFromLeader(leader):
            let who = leader.map { "leader \(name($0))" } ?? "a leader"
            return TextLine("it heard from \(who) less than a minimum election timeout ago", .preVote)
        case .isLeader:
            return TextLine("\(me) is the leader itself", .preVote)
        case let .knowsLeader(leader):
            return TextLine("it knows leader \(name(leader)) of this term", .preVote)
        case let .inLease(leader):
            let who = leader.map { "leader \(name($0))" } ?? "a leader"
            return TextLine("it heard from \(who) less than a minimum election timeout ago, so that leader's lease "
                + "still holds; it keeps its term", .disruptiveServers, .lease)
        case .notMember:
            return TextLine("\(candidate) is not in \(me)'s configuration, and \(me) heard from a leader less than a "
                + "minimum election timeout ago; it keeps its term", .disruptiveServers)
        case .restarted:
            return TextLine("\(me) restarted less than a minimum election timeout ago and may have heard from a leader "
                + "just before, whose lease may still hold; it keeps its term", .disruptiveServers, .lease)
        }
    }

    /// Replication and commitment (5.3, 5.4.2, 8).
    private func englishLogNote(_ me: String, _ n: Note) -> TextLine {
        switch n {
        case let .appends(index, term, write):
            if let voters = Entry(term: term, write: write).voters {
                return TextLine("\(me) appends a configuration entry at index \(index) (term \(term)): voters "
                    + "\(members(voters)); it follows this configuration from now on", .membership)
            }
            if write == 0 { return TextLine("\(me) appends its no-op at index \(index) (term \(term))", .noOp) }
            return TextLine("\(me) appends write \(value(write)) at index \(index) (term \(term))", .logReplication)
        case let .acceptsAppend(from, prevIndex, count):
            let what = count == 0 ? "a heartbeat" : Self.entries(prevIndex + 1, prevIndex + count)
            return TextLine("\(me) accepts \(what) from \(name(from)): its log matches through index \(prevIndex)",
                            .logReplication)
        case let .refusesAppend(from, reason):
            return englishAppendRefusal(me, name(from), reason).after("\(me) refuses AppendEntries from \(name(from)): ")
        case let .truncates(from, through):
            let verb = from == through ? "conflicts" : "conflict"
            return TextLine("\(me) deletes \(Self.entries(from, through)), which \(verb) with the leader's log",
                            .logReplication)
        case let .backsOff(peer, nextIndex):
            return TextLine("\(me) backs off: it will send \(name(peer)) entries from index \(nextIndex) next",
                            .logReplication)
        case let .matchAdvances(peer, match):
            return TextLine("\(me) learns that \(name(peer)) stores its log through index \(match) (match index)",
                            .logReplication)
        case let .commits(index, count, total, unsafeRule):
            return TextLine("\(me) commits through index \(index): stored on \(count) of \(total) nodes",
                            rules: Self.commitRules(unsafeRule))
        case let .holdsOldTerm(index, entryTerm, count):
            return TextLine("\(me) does not commit index \(index) (term \(entryTerm)) although \(count) nodes hold it: "
                + "it is not of \(me)'s current term", .commitOwnTerm, .figure8)
        case let .learnsCommit(index, from):
            return TextLine("\(me) learns from \(name(from)) that entries through index \(index) are committed "
                + "(the high watermark)", .logReplication)
        case let .applies(from, through):
            return TextLine("\(me) applies \(Self.entries(from, through)) to its state machine", .logReplication)
        case let .overwrites(from, through):
            return TextLine("\(me), the leader, deletes its own uncommitted \(Self.entries(from, through)) "
                + "to put the new write at index \(from)", .unsafeLeaderOverwrites)
        case let .skipsLogCheck(prevIndex, prevTerm, at):
            return TextLine("\(me) does not check for an entry of term \(prevTerm) at index \(prevIndex): "
                + "it puts the entries at index \(at)", .unsafeAppendWithoutLogCheck)
        case let .ignoresEarlierVote(earlier, term):
            return TextLine("\(me) already voted for \(name(earlier)) in term \(term) and votes again", .unsafeVoteTwice)
        default:
            // Election notes are handled above; silent notes have no text.
            return englishExtensionNote(me, n) ?? TextLine("")
        }
    }

    private func englishAppendRefusal(_ me: String, _ leader: String, _ r: Note.AppendRefusal) -> TextLine {
        switch r {
        case let .staleTerm(followerTerm):
            return TextLine("\(leader)'s term is behind \(me)'s term \(followerTerm)", .terms)
        case let .mismatch(prevIndex, prevTerm, found):
            guard let found else {
                return TextLine("it has no entry at index \(prevIndex) (term \(prevTerm) expected)", .logReplication)
            }
            return TextLine("its entry at index \(prevIndex) is of term \(found), not term \(prevTerm)", .logReplication)
        case let .wouldDeleteCommitted(index, commit):
            // Leader completeness (Figure 3, argued in 5.4.3): a committed entry is never deleted.
            return TextLine("taking it would delete entry \(index), at or below its commit index \(commit): "
                            + "a committed entry stays in every later leader's log (leader completeness)", .figure3, .safetyArgument)
        case .sameTermLeader:
            return TextLine("\(me) leads this same term itself: two leaders in one term", .leaderElection)
        case let .wouldDeleteSnapshot(index, snapshot):
            return TextLine("taking it would delete entry \(index), which its snapshot through index \(snapshot) "
                + "already holds as applied state", .unsafeSnapshotUncommitted)
        }
    }
}
