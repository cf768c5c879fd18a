import Picture
import Testing
import TestSupport
import RaftCore
import RaftSim
@testable import Screen

/// Issue 11, "every mark explained": the legend (`l`, and in `?`), labels that read by
/// themselves, the client drawn, every cut link its own mark, a partition's groups, and an
/// ellipsis wherever text is cut.
@Suite struct MarksTests {
    static let sizes = [(80, 24), (120, 36), (200, 50)]

    static func state(_ world: RaftWorld, lang: Lang = .en, _ width: Int, _ height: Int) -> AppState {
        var s = AppState.of(world, lang: lang)
        s.width = width
        s.height = height
        return s
    }

    /// The ring area's text (cards, links, messages), without the legend rows under it.
    static func ring(_ s: AppState) -> [String] {
        let buffer = ClusterViewTests.render(s)
        return ClusterViewTests.rows(buffer, ClusterGeometry.ringArea(ClusterViewTests.clusterRect(s)))
    }

    static func count(_ mark: Character, _ rows: [String]) -> Int { rows.reduce(0) { $0 + $1.filter { $0 == mark }.count } }

    // MARK: - Cut links

    /// Links a partition breaks, from the picture: pairs on different sides.
    static func brokenLinks(_ s: AppState) -> Int {
        let n = s.nodeCount
        return (0..<n).flatMap { a in ((a + 1)..<n).map { (a, $0) } }.filter { s.picture.link($0.0, $0.1).partitioned }.count
    }

    @Test func anIsolatedNodeShowsABreakOnEachOfItsLinks() {
        let world = GoldenWorlds.isolated()
        for (width, height) in Self.sizes {
            let s = Self.state(world, width, height)
            #expect(Self.brokenLinks(s) == 2)
            #expect(Self.count("╳", Self.ring(s)) == 2, "\(width)x\(height)")
        }
    }

    @Test(arguments: [5, 6, 7, 9])
    func everyLinkAPartitionBreaksHasItsOwnMark(nodes: Int) {
        var world = GoldenWorlds.running(nodes: nodes)
        world.partition([Array(stride(from: 0, to: nodes, by: 2))])
        world.run(for: 50)
        for (width, height) in Self.sizes {
            let s = Self.state(world, width, height)
            let broken = Self.brokenLinks(s)
            #expect(broken == (nodes + 1) / 2 * (nodes / 2))
            #expect(Self.count("╳", Self.ring(s)) == broken, "\(nodes) nodes at \(width)x\(height)")
        }
    }

    @Test func aOneWayCutKeepsItsDotsAndPointsTheBlockedWay() {
        var world = GoldenWorlds.running(nodes: 3)
        world.cut(from: 0, to: 1)
        let s = Self.state(world, 120, 36)
        #expect(Self.count("╳", Self.ring(s)) == 1)
        let buffer = ClusterViewTests.render(s)
        let cells = (0..<buffer.height).flatMap { y in (0..<buffer.width).map { (x: $0, y: y) } }
        let mark = cells.first { buffer[$0.x, $0.y].character == "╳" }!
        // The arrow beside the mark, bold like it, points from Neptune (top) down to Saturn.
        let arrows = cells.filter { abs($0.x - mark.x) <= 1 && abs($0.y - mark.y) <= 1 && buffer[$0.x, $0.y].style.bold }
            .map { buffer[$0.x, $0.y].character }
        #expect(arrows.contains("↘"))
        #expect(Self.ring(s).joined().contains("·"), "a one-way cut keeps its dots")
    }

    @Test func aPartitionNamesItsGroups() throws {
        let s = Self.state(GoldenWorlds.partition(), 120, 36)
        let groups = try #require(ClusterView.groups(s.picture))
        #expect(groups.map { $0.map(s.picture.name) } == [["Neptune", "Saturn", "Jupiter"], ["Mars", "Venus"]])
        #expect(Render.screen(s).lines.contains { $0.contains("can talk: Neptune, Saturn, Jupiter | Mars, Venus") })
        // With no legend rows under the ring (80x24), the log table's title names them.
        let narrow = Render.screen(Self.state(GoldenWorlds.partition(), 80, 24)).lines
        #expect(narrow.contains { $0.hasPrefix("Log  can talk: Neptune, Saturn, Jupiter | Mars, Venus") })
        #expect(ClusterView.groups(Self.state(GoldenWorlds.running(nodes: 5), 120, 36).picture) == nil)
    }

    // MARK: - Labels

    @Test(arguments: [3, 6])
    func aCandidatesVotesReadAsOfAndNeeds(nodes: Int) throws {
        var world = GoldenWorlds.running(nodes: nodes)
        world.crash(world.undisputedLeader!)
        #expect(world.wait(limit: 3000) { w in w.nodes.contains { $0.isUp && $0.role == .candidate } })
        let candidate = try #require(world.nodes.firstIndex { $0.isUp && $0.role == .candidate })
        let needed = nodes / 2 + 1
        for (width, height) in Self.sizes {
            let s = Self.state(world, width, height)
            let card = ClusterViewTests.text(ClusterViewTests.render(s), ClusterViewTests.cards(s).cards[candidate])
            // Never cut: the majority needed is always on the card, in words or the short form.
            #expect(card.contains("needs \(needed)") || card.contains("need \(needed)"), "\(width)x\(height):\n\(card)")
            #expect(card.contains(" of \(nodes)") || card.contains("/\(nodes)"), "\(width)x\(height)")
            #expect(!card.contains("✓") && !card.contains("?"))
        }
    }

    @Test func koreanVotesReadNaturally() throws {
        let world = GoldenWorlds.election()
        let candidate = try #require(world.nodes.firstIndex { $0.role == .candidate })
        let s = Self.state(world, lang: .ko, 120, 36)
        let card = ClusterViewTests.text(ClusterViewTests.render(s), ClusterViewTests.cards(s).cards[candidate])
        #expect(card.contains("3표 중 1표, 2표 필요"))
    }

    @Test func aLeadersCardShowsMatchAndNextInWords() throws {
        let world = GoldenWorlds.leaderProgress()
        let leader = try #require(world.undisputedLeader)
        let s = Self.state(world, 120, 36)
        let card = ClusterViewTests.text(ClusterViewTests.render(s), ClusterViewTests.cards(s).cards[leader])
        let peers = world.nodes[leader].volatile.peers.enumerated().filter { $0.offset != leader }.map(\.element)
        let low = peers.map(\.matchIndex).min()!, high = peers.map(\.matchIndex).max()!
        #expect(low < high)
        #expect(card.contains("match \(low)–\(high) · next"))
        #expect(!card.contains("m\(low)"))
    }

    @Test func theCardsHalvesAreExplainedUnderTheRing() {
        let lines = Render.screen(Self.state(GoldenWorlds.fresh(), 120, 36)).lines
        #expect(lines.contains { $0.contains("disk: kept in a crash") && $0.contains("memory: lost in a crash") })
        #expect(lines.contains { $0.contains("l: every mark explained") })
        let korean = Render.screen(Self.state(GoldenWorlds.fresh(), lang: .ko, 120, 36)).lines
        #expect(korean.contains { $0.contains("디스크: 다운돼도 남음") && $0.contains("메모리: 다운되면 사라짐") })
    }

    @Test func everyNodesAppliedIndexIsAlwaysInView() {
        let world = GoldenWorlds.running(nodes: 5)
        for (width, height) in Self.sizes {
            let lines = Render.screen(Self.state(world, width, height)).lines
            for node in world.nodes where node.isUp {
                let name = world.names[node.id]
                #expect(lines.contains { $0.contains(name) && $0.contains("applied \(node.volatile.appliedIndex)") },
                        "\(name) at \(width)x\(height)")
            }
        }
    }

    // MARK: - The client

    @Test func theClientIsDrawnWithTheWritesItWaitsOn() {
        let world = GoldenWorlds.clientWaiting()
        let waiting = world.clients.writes.compactMap { $0 }.filter { !$0.answered && !$0.lost && $0.acks != .zero }
        #expect(waiting.count == 5)
        for (width, height) in [(80, 24), (120, 36)] {
            let ring = Self.ring(Self.state(world, width, height))
            #expect(ring.contains { $0.contains("client · acks=all") }, "\(width)x\(height)")
            #expect(ring.contains { $0.contains("waiting 5: z=3 q=1") }, "\(width)x\(height)")
        }
    }

    @Test func theCountsAreAlwaysInView() {
        for nodes in [3, 9] {
            var world = GoldenWorlds.running(nodes: nodes)
            world.write("acks0", acks: .zero)
            world.run(for: 50)
            for (width, height) in Self.sizes {
                let lines = Render.screen(Self.state(world, width, height)).lines
                let acked = world.clients.acked
                #expect(lines.contains { $0.contains("acknowledged \(acked) · lost \(world.clients.lost)") },
                        "\(nodes) nodes at \(width)x\(height)")
            }
        }
    }

    // MARK: - The legend

    @Test(arguments: [Lang.en, .ko])
    func theLegendExplainsEveryRoleGlyphAndMessageLabel(lang: Lang) {
        var s = Self.state(GoldenWorlds.running(nodes: 3), lang: lang, 120, 36)
        let text = LegendOverlay.lines(s, width: 80).map { $0.runs.map(\.text).joined() }.joined(separator: "\n")
        for role: Role? in [.leader, .follower, .candidate, .preCandidate, nil] {
            #expect(text.contains(UIWords.glyph(role) + " " + UIWords(lang).role(role)), "\(String(describing: role))")
        }
        for mark in ["RV", "AE3", "HB", "✓ ✗", "PV", "╳", "~", "┃", "▲", "‹ ›", "♥", "[5.2]", "[5.4.1]", lang == .en ? "[Figure 2]" : "[그림 2]"] {
            #expect(text.contains(mark), "\(mark)")
        }
        let words = ClusterWords(lang)
        for label in [words.disk, words.memory, words.votes(granted: 2, refused: 0, of: 3, needed: 2)[0],
                      words.progress(match: 2, next: 3), words.applied(4), words.commit(4), words.shortCommit(4)] {
            #expect(text.contains(label), "\(label)")
        }
        s.overlay = .legend
        #expect(Render.screen(s).lines.contains { $0.contains(LegendWords(lang).title) })
    }

    @Test func lOpensTheLegendEscClosesItAndArrowsScrollIt() {
        var s = Self.state(GoldenWorlds.running(nodes: 3), 80, 24)
        _ = Update.apply(&s, .key(.char("l")))
        #expect(s.overlay == .legend)
        let top = Render.screen(s).lines
        _ = Update.apply(&s, .key(.down))
        #expect(s.overlayScroll == 1)
        for _ in 0..<200 { _ = Update.apply(&s, .key(.pageDown)) }
        let end = OverlayView.maxScroll(.legend, s)
        #expect(end > 0 && s.overlayScroll == end, "scrolling stops at the last line")
        #expect(Render.screen(s).lines != top)
        #expect(Render.screen(s).lines.contains { $0.contains("▸") && $0.contains("a message arrives") })
        _ = Update.apply(&s, .key(.up))
        #expect(s.overlayScroll == end - 1)
        _ = Update.apply(&s, .key(.escape))
        #expect(s.overlay == nil && s.overlayScroll == 0)
        _ = Update.apply(&s, .key(.char("?")))
        #expect(s.overlay == .help && s.overlayScroll == 0)
    }

    @Test func theHelpShowsTheLegendBesideTheKeysOnAWideScreenAndUnderThemElse() {
        var wide = Self.state(GoldenWorlds.running(nodes: 3), 200, 50)
        wide.overlay = .help
        let row = Render.screen(wide).lines.first { $0.contains("crash / restart the selected node") }
        #expect(row?.contains("│ Cards") == true || row?.contains("★ leader") == true)
        var narrow = Self.state(GoldenWorlds.running(nodes: 3), 120, 36)
        narrow.overlay = .help
        let lines = Render.screen(narrow).lines
        let keys = lines.firstIndex { $0.contains("crash / restart the selected node") }!
        let marks = lines.firstIndex { $0.contains("Marks (l shows them alone)") }!
        #expect(marks > keys && lines[marks + 2].contains("★ leader"))
    }

    // MARK: - The ellipsis

    @Test func cutTextEndsInAnEllipsis() {
        #expect(Ellipsis.cut("Neptune", columns: 7) == "Neptune")
        #expect(Ellipsis.cut("Neptune", columns: 5) == "Nept…")
        #expect(Ellipsis.cut("Neptune", columns: 1) == "…")
        #expect(Ellipsis.cut("Neptune", columns: 0) == "")
        #expect(Ellipsis.cut("넵튠행성", columns: 6) == "넵튠…")  // two columns a syllable
        #expect(Ellipsis.cut("넵튠행성", columns: 5) == "넵튠…")
        #expect(Ellipsis.fit("Sat", 5) == "Sat  ")
        #expect(Ellipsis.fit("Saturnus", 5) == "Satu…")
        var buffer = ScreenBuffer(width: 10, height: 1)
        #expect(buffer.putCut("Betelgeuse-Orion", x: 2, y: 0, maxX: 8) == 8)
        #expect(buffer.lines[0] == "  Betel…  ")
    }

    @Test func longNamesAreCutWithAnEllipsisEverywhere() {
        let world = GoldenWorlds.longNames()
        for (width, height) in Self.sizes {
            let lines = Render.screen(Self.state(world, width, height)).lines
            // A name is whole or ends in "…": never a bare prefix.
            for name in world.names {
                for prefix in (4..<name.count).map({ String(name.prefix($0)) }) {
                    let bare = lines.contains { line in
                        line.components(separatedBy: prefix).dropFirst().contains { rest in
                            !(rest.first.map { $0.isLetter || $0 == "-" || $0 == "…" } ?? false)
                        }
                    }
                    #expect(!bare, "\(prefix) cut without … at \(width)x\(height)")
                }
            }
            #expect(lines.contains { $0.contains("…") })
        }
    }
}

