import Testing
import RaftCore
@testable import RaftSim

/// Lines keep their rules as typed citations: every note cites at least one, the printed line
/// ends with exactly their tags, and every rule a line can cite has a meaning in every language.
@Suite struct TextLineTests {
    static let describers = Lang.allCases.map { Describer(names: TextTests.names, values: TextTests.values, lang: $0) }

    // MARK: - Citation tags

    @Test func tagsFormat() {
        #expect(Citation.tags([]) == "")
        #expect(Citation.tags([.leaderElection]) == "[5.2]")
        #expect(Citation.tags([.leaderElection, .figure2]) == "[5.2, Figure 2]")
        #expect(Citation.tags([.preVote, .electionRestriction]) == "[Pre-Vote, 5.4.1]")
        #expect(Citation.tags([.checkQuorum]) == "[CheckQuorum]")
        #expect(Citation.tags([.noOp]) == "[8]")
        #expect(Citation.tags([.commitOwnTerm, .figure8]) == "[5.4.2, Figure 8]")
        #expect(Citation.tags([.unsafeCommitOldTerms]) == "[unsafe: commit_old_terms]")
        // Broken rules share one "unsafe:", after the rules kept.
        #expect(Citation.tags([.unsafeCommitOldTerms, .unsafeWriteWithoutQuorum])
                == "[unsafe: commit_old_terms, write_without_quorum]")
        #expect(Citation.tags([.unsafeVoteTwice, .logReplication]) == "[5.3, unsafe: vote_twice]")
        #expect(Citation(.kip, "392").tag == "KIP-392")
        #expect(Citation(.kafkaDocs, "4.7", name: "Replication").tag == "Replication")
    }

    @Test func citationsNameTheirSources() {
        #expect(Citation.preVote == Citation(.raftThesis, "9.6", name: "Pre-Vote"))
        #expect(Citation.checkQuorum == Citation(.raftThesis, "6.2", name: "CheckQuorum"))
        #expect(Citation.noOp == Citation(.raftPaper, "8"))
        #expect(RaftRules.unsafeRules.map(\.citation.section) == [
            "vote_without_log_check", "commit_old_terms", "write_without_quorum",
            "vote_twice", "leader_overwrites", "append_without_log_check",
            "snapshot_uncommitted", "lease_ignores_clock", "change_without_commit",
        ])
        #expect(RaftRules.unsafeRules.allSatisfy { $0.citation.source == .unsafeRule })
        #expect(RaftRules.broken([.writeWithoutQuorum, .commitOldTerms]) == [.unsafeCommitOldTerms, .unsafeWriteWithoutQuorum])
        #expect(Set(RaftRules.all).count == RaftRules.all.count)
    }

    @Test func renderedLine() {
        #expect(TextLine("heal").rendered == "heal")
        #expect(TextLine("Jupiter becomes leader", .leaderElection).rendered == "Jupiter becomes leader [5.2]")
        #expect(TextLine("x", .preVote, .terms) == TextLine("x", rules: [.preVote, .terms]))
    }

    // MARK: - Notes

    /// Each note case once, by name; a new case does not compile here until it is listed, and
    /// `everyNoteCaseIsListed` fails until TextTests.notes has it.
    static func kind(_ n: Note) -> String? {
        switch n {
        case .startsElection: "startsElection"
        case .startsPreVote: "startsPreVote"
        case .grantsVote: "grantsVote"
        case .refusesVote: "refusesVote"
        case .countsVote: "countsVote"
        case .winsPreVote: "winsPreVote"
        case .becomesLeader: "becomesLeader"
        case .adoptsTerm: "adoptsTerm"
        case .followsLeader: "followsLeader"
        case .losesQuorum: "losesQuorum"
        case .appends: "appends"
        case .acceptsAppend: "acceptsAppend"
        case .refusesAppend: "refusesAppend"
        case .truncates: "truncates"
        case .overwrites: "overwrites"
        case .skipsLogCheck: "skipsLogCheck"
        case .ignoresEarlierVote: "ignoresEarlierVote"
        case .backsOff: "backsOff"
        case .matchAdvances: "matchAdvances"
        case .commits: "commits"
        case .holdsOldTerm: "holdsOldTerm"
        case .learnsCommit: "learnsCommit"
        case .applies: "applies"
        case .takesSnapshot: "takesSnapshot"
        case .sendsSnapshot: "sendsSnapshot"
        case .installsSnapshot: "installsSnapshot"
        case .ignoresStaleSnapshot: "ignoresStaleSnapshot"
        case .restoresSnapshot: "restoresSnapshot"
        case .startsTransfer: "startsTransfer"
        case .sendsTimeoutNow: "sendsTimeoutNow"
        case .timesOutNow: "timesOutNow"
        case .abandonsTransfer: "abandonsTransfer"
        case .takesReadIndex: "takesReadIndex"
        case .holdsRead: "holdsRead"
        case .catchesUp: "catchesUp"
        case .changeWaits: "changeWaits"
        case .leavesAfterRemoval: "leavesAfterRemoval"
        case .staysOutOfElections: "staysOutOfElections"
        case .state, .stores: nil  // silent: never a line
        }
    }

    @Test func everyNoteCaseIsListed() {
        #expect(Set(TextTests.notes.compactMap { Self.kind($0.1) }).count == 38)
    }

    @Test func everyNoteCitesItsRules() {
        for d in Self.describers {
            for (node, note) in TextTests.notes {
                let line = d.noteLine(node, note)
                #expect(!line.rules.isEmpty, "no rule: \(line.text)")
                #expect(!line.text.isEmpty)
                #expect(!line.text.contains("["), "a tag left in the text: \(line.text)")
                #expect(line.rendered == line.text + " " + Citation.tags(line.rules))
                #expect(d.note(node, note) == line.rendered)
            }
        }
    }

    @Test func noteRulesAreTheSameInEveryLanguage() {
        let (en, ko) = (Self.describers[0], Self.describers[1])
        for (node, note) in TextTests.notes {
            #expect(en.noteLine(node, note).rules == ko.noteLine(node, note).rules, "\(note)")
        }
    }

    @Test func preVoteRulesComeFirst() {
        let en = Self.describers[0]
        let refusal = Note.refusesVote(to: 2, term: 3, pre: true, reason: .staleTerm(voterTerm: 4))
        #expect(en.noteLine(1, refusal).rules == [.preVote, .terms])
        #expect(en.noteLine(2, .countsVote(from: 1, granted: true, pre: true, votes: 2, needed: 2)).rules
                == [.preVote, .leaderElection])
        #expect(en.noteLine(0, .commits(index: 5, count: 2, total: 3, unsafeRule: [])).rules == [.logReplication, .commitOwnTerm])
    }

    @Test func silentNotesHaveNoLine() {
        for d in Self.describers {
            #expect(d.noteLine(0, .state(role: .leader, term: 2)) == TextLine(""))
            #expect(d.noteLine(0, .stores(at: 3, count: 1)) == TextLine(""))
        }
    }

    // MARK: - Events

    @Test func eventsPrintTheirLines() {
        for d in Self.describers {
            let vote = Message(from: 2, to: 1, term: 3, body: .voteReply(granted: true, pre: false))
            for kind in TextTests.catalogue + [.delivered(vote, sentAt: 0)] {
                let event = SimEvent<RaftEngine>(time: 0, kind: kind)
                let line = d.line(event)
                #expect(d.event(event) == line.rendered)
                switch kind {
                case let .note(node, note): #expect(line == d.noteLine(node, note))
                case let .violation(v):
                    #expect(line.rules == [RaftEngine.citation(of: v.property)])
                    #expect(d.violation(v, RaftEngine.self) == line.rendered)
                default: #expect(line.rules.isEmpty, "a world event cites a rule: \(line.rendered)")
                }
            }
        }
    }

    @Test func violationsCiteTheirProperty() {
        let rules = RaftSafety.properties.map(RaftEngine.citation(of:))
        #expect(rules == [.leaderElection, .logReplication, .logReplication, .safety, .safetyArgument, .readIndex])
        #expect(RaftEngine.citation(of: SafetyProperty(rawValue: "made_up")) == .figure3)
    }

    // MARK: - Meanings

    /// Every rule a line can cite: those the notes and the violations cite, and the catalogue's.
    static var citedRules: Set<Citation> {
        var rules = Set(RaftRules.all)
        for d in describers {
            for (node, note) in TextTests.notes { rules.formUnion(d.noteLine(node, note).rules) }
        }
        rules.formUnion(RaftSafety.properties.map(RaftEngine.citation(of:)))
        rules.insert(RaftEngine.citation(of: SafetyProperty(rawValue: "made_up")))
        return rules
    }

    @Test func everyCitedRuleHasAMeaningInEveryLanguage() {
        for rule in Self.citedRules {
            guard let meaning = RaftEngine.meaning(of: rule) else {
                Issue.record("no meaning for \(rule.tag)")
                continue
            }
            for lang in Lang.allCases { #expect(!meaning[lang].isEmpty, "\(rule.tag) in \(lang)") }
            #expect(TextTests.hasHangul(meaning.ko), "\(rule.tag) has no Korean")
            #expect(meaning.en != meaning.ko)
        }
    }

    @Test func unknownRulesHaveNoMeaning() {
        #expect(RaftRules.meaning(of: .paper("9.9")) == nil)
        #expect(RaftRules.meaning(of: .broken("made_up")) == nil)
        #expect(RaftRules.meaning(of: Citation(.kip, "392")) == nil)
    }

    @Test func explanationsReadAsTheOverlayListsThem() {
        let (en, ko) = (Self.describers[0], Self.describers[1])
        #expect(en.explanation(of: .safety, RaftEngine.self) == "5.4: safety. A leader holds every entry committed before its term.")
        #expect(ko.explanation(of: .safety, RaftEngine.self) == "5.4: 안전성. 리더는 자기 임기 전에 커밋된 모든 항목을 갖고 있습니다.")
        #expect(en.explanation(of: .checkQuorum, RaftEngine.self)
                == "CheckQuorum: a leader that has not heard from a majority within an election timeout steps down.")
        #expect(en.explanation(of: .unsafeCommitOldTerms, RaftEngine.self)
                == "broken on purpose: commits old-term entries by counting: a deliberately broken rule (options, o) decided this; the safety monitor reports the damage.")
        #expect(ko.explanation(of: .unsafeVoteTwice, RaftEngine.self)
                == "일부러 깬 규칙: 한 임기에 두 번 투표: 일부러 깬 규칙(옵션 o)이 이 결정을 내렸습니다. 안전성 모니터가 그 피해를 보고합니다.")
        #expect(en.explanation(of: .paper("9.9"), RaftEngine.self) == nil)
    }
}
