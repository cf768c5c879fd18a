import Testing
import TestSupport
import RaftCore
import RaftSim
@testable import Screen

/// The cluster view drawn from real worlds: cards, links and messages in flight.
@Suite struct ClusterViewTests {
    // MARK: - Helpers (the diagram's tests use them too)

    static func world(_ n: Int, seed: UInt64 = 1, configure: (inout WorldSpec) -> Void = { _ in }) -> RaftWorld {
        var spec = WorldSpec(names: Array(WorldSpec.planets.prefix(n)))
        spec.seed = seed
        configure(&spec)
        return RaftWorld(spec)
    }

    /// A world of `n` nodes that has elected a leader and settled for `settle` ms.
    static func elected(_ n: Int, seed: UInt64 = 1, settle: Int = 100) -> RaftWorld {
        var w = world(n, seed: seed)
        #expect(w.wait(limit: 3000) { $0.undisputedLeader != nil })
        w.run(for: settle)
        return w
    }

    static func state(_ world: RaftWorld, _ width: Int, _ height: Int, lang: Lang = .en) -> AppState {
        var s = AppState.of(world, lang: lang)
        s.width = width
        s.height = height
        return s
    }

    static func clusterRect(_ s: AppState) -> Rect {
        Layout(width: s.width, height: s.height, nodes: s.nodeCount, banner: !s.picture.monitor.violations.isEmpty).cluster
    }

    /// The cluster view alone, drawn into a buffer of the state's size.
    static func render(_ s: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: s.width, height: s.height)
        ClusterView.draw(s, into: &buffer, rect: clusterRect(s))
        return buffer
    }

    /// The text of a rectangle of the buffer, row by row (double-width characters once).
    static func rows(_ b: ScreenBuffer, _ r: Rect) -> [String] {
        (max(0, r.y)..<min(b.height, r.maxY)).map { y in
            var line = ""
            for x in max(0, r.x)..<min(b.width, r.maxX) where !b[x, y].continuation { line.append(b[x, y].character) }
            return line
        }
    }

    static func text(_ b: ScreenBuffer, _ r: Rect) -> String { rows(b, r).joined(separator: "\n") }

    static func cards(_ s: AppState) -> ClusterArrangement {
        ClusterGeometry.arrangement(in: ClusterGeometry.ringArea(clusterRect(s)), nodes: s.nodeCount)
    }

    // MARK: - Cards

    @Test func leaderCardShowsRoleWordGlyphAndHeartbeat() {
        let w = Self.elected(3)
        let leader = w.undisputedLeader!
        let s = Self.state(w, 120, 36)
        let card = Self.text(Self.render(s), Self.cards(s).cards[leader])
        #expect(card.contains("★ \(w.names[leader])"))
        #expect(card.contains("leader"))
        #expect(card.contains("♥"))
        #expect(!card.contains("timer"))
        #expect(card.contains("term \(w.nodes[leader].term)"))
        #expect(card.contains("commit \(w.nodes[leader].commitIndex)"))
        #expect(card.contains("disk") && card.contains("memory"))
    }

    @Test func followerCardShowsDrainingElectionTimer() {
        let w = Self.elected(3)
        let follower = (0..<3).first { $0 != w.undisputedLeader! }!
        let s = Self.state(w, 120, 36)
        let card = Self.text(Self.render(s), Self.cards(s).cards[follower])
        #expect(card.contains("○ \(w.names[follower])"))
        #expect(card.contains("follower"))
        #expect(card.contains("timer █"))
        #expect(card.contains("leader \(w.names[w.undisputedLeader!])"))
    }

    @Test func crashedCardKeepsDiskAndWipesMemory() {
        var w = Self.elected(3)
        let follower = (0..<3).first { $0 != w.undisputedLeader! }!
        w.crash(follower)
        for (width, height) in [(120, 36), (80, 24), (200, 50)] {
            let s = Self.state(w, width, height)
            let buffer = Self.render(s)
            let r = Self.cards(s).cards[follower]
            let card = Self.text(buffer, r)
            #expect(card.contains("crashed"), "\(width)x\(height)")
            #expect(!card.contains("commit") && !card.contains("timer") && !card.contains("█"), "\(width)x\(height)")
            #expect(card.contains("term 1"), "\(width)x\(height)")
            #expect(card.contains("vote \(w.names[w.undisputedLeader!])"), "\(width)x\(height)")
            #expect(buffer[r.x + 1, r.y + 1].style.dim, "a crashed card is greyed")
        }
    }

    @Test func candidateShowsVotesGrantedRefusedAndAwaited() {
        var w = Self.elected(3)
        w.crash(w.undisputedLeader!)
        #expect(w.wait(limit: 2000) { w in w.nodes.contains { $0.isUp && $0.role == .candidate } })
        let candidate = w.nodes.firstIndex { $0.isUp && $0.role == .candidate }!
        let s = Self.state(w, 120, 36)
        let card = Self.text(Self.render(s), Self.cards(s).cards[candidate])
        #expect(card.contains("◆ \(w.names[candidate])"))
        #expect(card.contains("candidate"))
        #expect(card.contains("1 of 3 votes, needs 2"))
    }

    @Test func preCandidateShowsPreVotes() {
        var w = Self.world(3) { $0.engine.preVote = true }
        #expect(w.wait(limit: 2000) { w in w.nodes.contains { $0.role == .preCandidate } })
        let node = w.nodes.firstIndex { $0.role == .preCandidate }!
        w.run(for: 1)
        let s = Self.state(w, 120, 36)
        let buffer = Self.render(s)
        let card = Self.text(buffer, Self.cards(s).cards[node])
        #expect(card.contains("◇ \(w.names[node])") && card.contains("pre-candidate"))
        #expect(card.contains("1 of 3 votes, needs 2"))
        #expect(Self.text(buffer, ClusterGeometry.ringArea(Self.clusterRect(s))).contains("PV"))
    }

    @Test func crashedTinyCardShowsNoCommitOrTimer() {
        var w = Self.elected(9)
        let follower = (0..<9).first { $0 != w.undisputedLeader! }!
        w.crash(follower)
        let s = Self.state(w, 80, 24)
        let card = Self.rows(Self.render(s), Self.cards(s).cards[follower])
        #expect(card[0].contains("✕ \(w.names[follower])"))
        #expect(card[1].contains("crashed") && !card[1].contains("c1") && !card[1].contains("█"))
    }

    @Test func selectedCardIsMarked() {
        let w = Self.elected(3)
        var s = Self.state(w, 120, 36)
        s.selected = 2
        let buffer = Self.render(s)
        let cards = Self.cards(s).cards
        #expect(buffer[cards[2].x, cards[2].y].character == "╔")
        #expect(buffer[cards[1].x, cards[1].y].character == "╭")
        #expect(buffer[cards[2].x + 2, cards[2].y].style.reverse)
        let tiny = Self.state(Self.elected(9), 80, 24)
        let first = Self.cards(tiny).cards[0]
        #expect(Self.rows(Self.render(tiny), first)[0].hasPrefix("▶"))
    }

    @Test func koreanCardsUseKoreanWords() {
        var w = Self.elected(3)
        let leader = w.undisputedLeader!
        let follower = (0..<3).first { $0 != leader }!
        w.crash(follower)
        let s = Self.state(w, 120, 36, lang: .ko)
        let buffer = Self.render(s)
        let cards = Self.cards(s).cards
        let leaderCard = Self.text(buffer, cards[leader])
        #expect(leaderCard.contains("리더") && leaderCard.contains("임기 1") && leaderCard.contains("커밋"))
        #expect(leaderCard.contains("디스크") && leaderCard.contains("메모리"))
        #expect(Self.text(buffer, cards[follower]).contains("다운"))
        #expect(!Self.text(buffer, Self.clusterRect(s)).contains("leader"))
    }

    // MARK: - Links and messages

    @Test func messagesInFlightShowTheirKind() {
        var w = Self.elected(3)
        _ = w.write("x=1", count: 3)
        #expect(w.wait(limit: 500) { w in
            w.network.envelopes.contains { if case .appendEntries(_, _, let e, _) = $0.message.body { e.count == 3 } else { false } }
        })
        w.run(for: 2)
        let s = Self.state(w, 120, 36)
        let text = Self.text(Self.render(s), Self.clusterRect(s))
        #expect(text.contains("AE3"))
        w.run(for: 60)
        let later = Self.text(Self.render(Self.state(w, 120, 36)), Self.clusterRect(s))
        #expect(later.contains("HB") || later.contains("ok"))
    }

    @Test func voteMessagesShowGrantedAndRefused() {
        var w = Self.world(3)
        #expect(w.wait(limit: 3000) { w in
            w.network.envelopes.contains { if case .voteReply(true, _) = $0.message.body { true } else { false } }
        })
        let s = Self.state(w, 120, 36)
        #expect(Self.text(Self.render(s), Self.clusterRect(s)).contains("✓"))
    }

    @Test func highlightedMessageIsReversed() {
        var w = Self.elected(3)
        w.run(for: 5)
        #expect(w.wait(limit: 200) { $0.network.inFlight > 0 })
        var s = Self.state(w, 120, 36)
        let link = w.network.links.firstIndex { !$0.isEmpty }!
        s.highlighted = Link(from: link / 3, to: link % 3)
        let plain = Self.render(Self.state(w, 120, 36))
        let lit = Self.render(s)
        let r = Self.clusterRect(s)
        var reversed = 0
        for y in r.y..<r.maxY { for x in r.x..<r.maxX where lit[x, y].style.reverse && !plain[x, y].style.reverse { reversed += 1 } }
        #expect(reversed >= 2)
    }

    @Test func partitionedLinksAreBrokenAndSlowLinksMarked() {
        var w = Self.elected(3)
        let r = ClusterGeometry.ringArea(Self.clusterRect(Self.state(w, 120, 36)))
        #expect(!Self.text(Self.render(Self.state(w, 120, 36)), r).contains("╳"))
        w.partition([[2]])
        let broken = Self.text(Self.render(Self.state(w, 120, 36)), r)
        #expect(broken.filter { $0 == "╳" }.count == 2, "links 0-2 and 1-2 broken, 0-1 whole")
        w.heal()
        w.slow(1, latency: 100...200)
        #expect(Self.text(Self.render(Self.state(w, 120, 36)), r).contains("~~"))
    }

    @Test func oneWayCutShowsItsDirection() {
        var w = Self.elected(3)
        w.cut(from: 0, to: 1)
        let s = Self.state(w, 120, 36)
        let text = Self.text(Self.render(s), ClusterGeometry.ringArea(Self.clusterRect(s)))
        #expect(text.filter { $0 == "╳" }.count == 1)
        #expect(["→╳", "↘", "↗"].contains { text.contains($0) })
    }

    // MARK: - Fitting

    @Test(arguments: [(80, 24), (120, 36), (200, 50), (160, 48), (100, 30)])
    func oneToNineNodesFitWithoutOverlap(size: (Int, Int)) {
        for n in 1...9 {
            var w = Self.world(n)
            w.run(for: 400)
            for lang in [Lang.en, .ko] {
                let s = Self.state(w, size.0, size.1, lang: lang)
                let area = ClusterGeometry.ringArea(Self.clusterRect(s))
                let cards = Self.cards(s).cards
                let buffer = Self.render(s)
                for (i, a) in cards.enumerated() {
                    #expect(a.x >= area.x && a.y >= area.y && a.maxX <= area.maxX && a.maxY <= area.maxY, "\(n) \(size)")
                    for b in cards[(i + 1)...] {
                        let apart = a.maxX <= b.x || b.maxX <= a.x || a.maxY <= b.y || b.maxY <= a.y
                        #expect(apart, "\(n) nodes at \(size): cards overlap")
                    }
                    #expect(Self.rows(buffer, a)[0].contains(w.names[i]), "\(n) nodes at \(size): \(w.names[i]) named")
                }
                var both = s
                for diagram in [false, true] {
                    both.diagram = diagram
                    for line in Render.screen(both).lines {
                        #expect(CharWidth.of(line) == size.0, "\(n) nodes at \(size) \(lang): a row keeps its width")
                    }
                }
            }
        }
    }

    @Test func drawsOnlyInsideItsRect() {
        var w = Self.elected(5)
        _ = w.write("x=1", count: 2)
        w.run(for: 7)
        w.crash(1)
        w.partition([[3]])
        var s = Self.state(w, 120, 36)
        s.selected = 2
        let rect = Rect(x: 7, y: 3, width: 61, height: 20)
        var buffer = ScreenBuffer(width: 120, height: 36)
        ClusterView.draw(s, into: &buffer, rect: rect)
        for y in 0..<36 {
            for x in 0..<120 where !rect.contains(x: x, y: y) { #expect(buffer[x, y] == .blank, "(\(x), \(y))") }
        }
    }

    @Test(arguments: [Rect(x: 3, y: 2, width: 30, height: 4), Rect(x: 0, y: 5, width: 80, height: 5),
                      Rect(x: 10, y: 1, width: 20, height: 12), Rect(x: 0, y: 0, width: 44, height: 2)])
    func smallRectsStayInside(rect: Rect) {
        var w = Self.elected(7)
        w.crash(3)
        w.partition([[1]])
        let s = Self.state(w, 120, 36)
        for diagram in [false, true] {
            var buffer = ScreenBuffer(width: 120, height: 36)
            if diagram {
                DiagramView.draw(s, into: &buffer, rect: rect)
            } else {
                ClusterView.draw(s, into: &buffer, rect: rect)
            }
            for y in 0..<36 {
                for x in 0..<120 where !rect.contains(x: x, y: y) { #expect(buffer[x, y] == .blank, "(\(x), \(y))") }
            }
        }
    }

    @Test func clicksFindTheCardsDrawn() {
        let s = Self.state(Self.elected(5), 120, 36)
        for (id, r) in Self.cards(s).cards.enumerated() {
            #expect(ClusterGeometry.node(at: r.x + 1, r.y + 1, s) == id)
        }
    }

    @Test func wholeScreenShowsTheCluster() {
        let s = Self.state(Self.elected(3), 120, 36)
        let text = Render.screen(s).text
        for name in ["Neptune", "Saturn", "Jupiter"] { #expect(text.contains(name)) }
        #expect(text.contains("★"))
    }
}
