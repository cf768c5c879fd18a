import Picture
import Testing
import TestSupport
import RaftCore
import RaftSim
@testable import Screen

/// The header, banner, log table, events pane, footer, overlays and too-small message, drawn
/// from real worlds and read back as text (and, where the meaning is in a style, as cells).
@Suite struct PanesTests {
    // MARK: - Worlds

    /// Three planets, a leader elected and `writes` writes committed and applied everywhere.
    static func world(writes: Int = 2, seed: UInt64 = 1) -> RaftWorld {
        var spec = WorldSpec(names: Array(WorldSpec.planets.prefix(3)))
        spec.seed = seed
        var world = RaftWorld(spec)
        _ = world.wait(limit: 2000) { $0.undisputedLeader != nil }
        for k in 0..<writes { world.write("\(Character(UnicodeScalar(97 + k % 26)!))=\(k + 1)") }
        _ = world.wait(limit: 3000) { $0.clients.acked == writes }
        world.run(for: 200)
        return world
    }

    static func state(_ world: RaftWorld, lang: Lang = .en, width: Int = 120, height: Int = 36) -> AppState {
        var state = AppState.of(world, lang: lang)
        state.width = width
        state.height = height
        return state
    }

    static func screen(_ state: AppState) -> ScreenBuffer { Render.screen(state) }

    /// The row of the screen whose text starts with `prefix`.
    static func row(_ buffer: ScreenBuffer, startingWith prefix: String) -> Int? {
        buffer.lines.firstIndex { $0.hasPrefix(prefix) }
    }

    /// Column of a log slot's gap cell at full width (label 12 columns, first index 1).
    static func slot(_ index: Int) -> Int { LogTableView.labelWidth + 3 * (index - 1) }

    // MARK: - The whole screen

    @Test(arguments: [Lang.en, .ko])
    func everyRowIsExactlyTheScreenWide(lang: Lang) {
        let world = Self.world()
        let overlays: [Overlay?] = [nil, .help, .options(row: 7), .explain, .inspect]
        for (w, h) in [(120, 36), (80, 24), (100, 30), (160, 50)] {
            for overlay in overlays {
                var state = Self.state(world, lang: lang, width: w, height: h)
                state.overlay = overlay
                let buffer = Self.screen(state)
                #expect(buffer.lines.count == h)
                #expect(buffer.lines.allSatisfy { CharWidth.of($0) == w }, "\(lang) \(w)x\(h) \(String(describing: overlay))")
            }
        }
    }

    @Test func englishScreenAfterTwoCommittedWrites() {
        let world = Self.world()
        let leader = world.undisputedLeader!
        let text = Self.screen(Self.state(world)).lines
        #expect(text[0].hasPrefix("raftlab · sandbox"))
        for piece in ["time 0.", "speed ×0.02", "▶ running", "seed 1", "acks=all"] { #expect(text[0].contains(piece)) }
        #expect(text.contains { $0.hasPrefix("★ \(world.names[leader])") })
        #expect(text.contains { $0.hasPrefix("consumer") && $0.contains("has read nothing yet") })
        #expect(text.joined().contains("\(world.names[leader]) commits"))
        var large = Self.state(world)
        large.eventsLarge = true  // `v`: the whole run so far, from the election on
        #expect(Self.screen(large).lines.joined().contains("\(world.names[leader]) becomes leader"))
        #expect(text[35].contains("c crash") && text[35].contains("q quit"))
    }

    @Test func koreanScreenUsesKoreanWords() {
        let world = Self.world()
        let text = Self.screen(Self.state(world, lang: .ko)).lines
        #expect(text[0].hasPrefix("raftlab · 샌드박스"))
        for piece in ["시간", "속도 ×0.02", "실행 중", "시드 1"] { #expect(text[0].contains(piece)) }
        #expect(text.contains { $0.hasPrefix("로그") })
        #expect(text.contains { $0.hasPrefix("컨슈머") })
        #expect(text.joined().contains("리더가 됩니다") || text.joined().contains("리더"))
        #expect(text[35].contains("다운") && text[35].contains("종료"))
        #expect(!text.joined().contains("crash"))
    }

    @Test func renderIsAPureFunctionOfTheState() {
        let state = Self.state(Self.world())
        #expect(Render.screen(state) == Render.screen(state))
    }

    // MARK: - Header and banner

    @Test func speedFactors() {
        #expect(HeaderView.speed(0.02) == "×0.02")
        #expect(HeaderView.speed(1) == "×1")
        #expect(HeaderView.speed(0.005) == "×0.005")
        #expect(HeaderView.speed(2.5) == "×2.5")
    }

    /// A world that cannot keep up with its speed says the speed it reaches (issue 10).
    @Test func headerShowsTheSpeedReachedWhenItFallsShort() {
        var state = Self.state(Self.world())
        state.picture.run.speed = 1000
        state.picture.run.reached = 290.62
        #expect(Self.screen(state).lines[0].contains("speed ×1000 (×290 reached)"))
        state.picture.run.reached = 957
        #expect(!Self.screen(state).lines[0].contains("reached"))
        state.lang = .ko
        state.picture.run.reached = 1.37
        #expect(Self.screen(state).lines[0].contains("속도 ×1000 (실제 ×1.4)"))
    }

    @Test func thePastBeforeTheKeptEventsSaysTheyWereLetGo() {
        var state = Self.state(Self.world())
        state.picture.events = []
        state.picture.run.inPast = true
        state.picture.now = 1_000
        #expect(Self.screen(state).lines.joined(separator: "\n").contains("no events yet"))
        state.picture.run.eventsKeptFrom = 5_000
        #expect(Self.screen(state).lines.joined(separator: "\n").contains("events this old were not kept"))
        // The present, when every kept event is routine: not "no events yet" (issue 11).
        state.picture.now = 6_000
        let present = Self.screen(state).lines.joined(separator: "\n")
        #expect(present.contains("only heartbeats") && !present.contains("no events yet"))
    }

    @Test func headerShowsPauseHistoryAndTitle() {
        var state = Self.state(Self.world(), width: 80, height: 24)
        state.picture.run.paused = true
        state.picture.run.inPast = true
        state.picture.lesson = LessonReport(
            id: "04-who-may-lead", number: 4, title: LocalizedText("Who may lead: only an up-to-date log can win"),
            summary: nil, steps: [StepSummary(kind: .say, text: LocalizedText("…"))], index: 0,
            phase: .narrating(LocalizedText("…")), scene: nil, note: nil, nodes: ["Neptune", "Saturn", "Jupiter"])
        let header = Self.screen(state).lines[0]
        #expect(header.contains("◀ history ‖ paused"))
        #expect(header.contains("step 1/1 · 4"))
        state.width = 120
        #expect(Self.screen(state).lines[0].contains("step 1/1 · 4. Who may lead"))
        #expect(header.hasSuffix("acks=all"))
    }

    /// Lesson 4's unsafe half: Jupiter, behind, wins without the log check.
    static func violatedWorld() -> RaftWorld {
        var spec = WorldSpec(names: Array(WorldSpec.planets.prefix(3)))
        var initial = InitialState()
        initial.term = 2
        initial.votedFor = 0
        initial.log = [LogItem(term: 1), LogItem(term: 1, value: "a=1")]
        initial.commit = 2
        spec.state = [0: initial, 1: initial, 2: initial]
        spec.leader = 0
        spec.engine.unsafe = .voteWithoutLogCheck
        var world = RaftWorld(spec)
        world.crash(2)
        world.write("b=2")
        world.write("c=3")
        _ = world.wait(limit: 300) { $0.clients.acked == 2 }
        _ = world.wait(limit: 300) { $0.nodes[1].commitIndex == 5 }
        world.crash(0)
        world.restart(2)
        world.timeout(2)
        _ = world.wait(limit: 200) { $0.isUndisputedLeader(2) }
        return world
    }

    @Test func bannerSaysWhatBrokeAndWhere() {
        let world = Self.violatedWorld()
        #expect(!world.violations.isEmpty)
        let buffer = Self.screen(Self.state(world))
        #expect(buffer.lines[1].hasPrefix("⚠ "))
        // The guarantee by name and what it means (Figure 3), then what broke where.
        #expect(buffer.lines[1].contains("Leader completeness broken: later leaders must hold every committed entry · Jupiter leads term"))
        #expect(buffer[0, 1].style.tint == .bad && buffer[0, 1].style.bold)
        let ko = Self.screen(Self.state(world, lang: .ko))
        #expect(ko.lines[1].contains("리더 완전성 깨짐: 이후의 리더는 커밋된 항목을 모두 가져야 합니다 · "))
        let events = buffer.lines.joined()
        #expect(events.contains("SAFETY VIOLATION"))
    }

    // MARK: - Log table

    @Test func logRowsShowTermsCommitBarsAndTheLeadersMarkers() throws {
        var world = Self.world()
        let leader = world.undisputedLeader!
        let follower = (leader + 1) % 3
        world.partition([[follower]])
        world.write("c=3")
        _ = world.wait(limit: 1000) { $0.nodes[leader].commitIndex == 4 }
        world.run(for: 120)
        let buffer = Self.screen(Self.state(world))
        let leaderRow = try #require(Self.row(buffer, startingWith: "★ \(world.names[leader])"))
        let followerRow = try #require(Self.row(buffer, startingWith: "○ \(world.names[follower])"))
        let term = world.nodes[leader].term
        // The leader holds 4 entries, all committed: the bar sits after index 4.
        #expect(buffer[Self.slot(4) + 2, leaderRow].character == Character(String(term)))
        #expect(buffer[Self.slot(4) + 2, leaderRow].style.bold)
        #expect(buffer[Self.slot(5), leaderRow].character == "┃")
        // The isolated follower holds 3 (committed), and the leader matched it through 3.
        #expect(buffer[Self.slot(4) + 2, followerRow].character == " ")
        #expect(buffer[Self.slot(4), followerRow].character == "┃")
        // The leader's record of the follower reads in words after the rows, beside each
        // node's applied index (no "m" glued to a term: "m1" read as a label).
        let next = world.nodes[leader].volatile.peers[follower].nextIndex
        #expect(buffer.lines[followerRow].contains("applied 3 · match 3 · next \(next)"))
        #expect(buffer.lines[leaderRow].contains("applied 4") && !buffer.lines[leaderRow].contains("match"))
        #expect(buffer[Self.slot(3) + 1, followerRow].character == " ")
        // The legend explains the markers in words.
        #expect(buffer.lines.contains { $0.hasPrefix("Log") && $0.contains("high watermark") && $0.contains("m match") })
    }

    @Test func logRowsMarkMatchAndNextInTheRowWhenTheirWordsDoNotFit() throws {
        var world = Self.world()
        let leader = world.undisputedLeader!
        let follower = (leader + 1) % 3
        world.partition([[follower]])
        world.write("c", count: 20)
        _ = world.wait(limit: 1000) { $0.nodes[leader].commitIndex == 23 }
        world.run(for: 120)
        let buffer = Self.screen(Self.state(world, width: 80, height: 24))
        let followerRow = try #require(Self.row(buffer, startingWith: "○ \(world.names[follower])"))
        #expect(!buffer.lines[followerRow].contains("match"))
        #expect(buffer.lines[followerRow].dropFirst(LogTableView.labelWidth).contains("m"))
    }

    @Test func uncommittedEntriesAreDimAndRightOfTheBar() throws {
        var world = Self.world()
        let leader = world.undisputedLeader!
        world.partition([[leader]])
        world.write("c=3")
        world.run(for: 100)
        #expect(world.nodes[leader].log.lastIndex == 4 && world.nodes[leader].commitIndex == 3)
        let buffer = Self.screen(Self.state(world))
        let row = try #require(Self.row(buffer, startingWith: "★ \(world.names[leader])"))
        #expect(buffer[Self.slot(4), row].character == "┃")
        #expect(buffer[Self.slot(4) + 2, row].style.dim)
        #expect(!buffer[Self.slot(3) + 2, row].style.dim)
    }

    @Test func crashedRowsAreDimWithoutACommitBar() throws {
        var world = Self.world()
        let victim = (world.undisputedLeader! + 1) % 3
        world.crash(victim)
        let buffer = Self.screen(Self.state(world))
        let row = try #require(Self.row(buffer, startingWith: "✕ \(world.names[victim])"))
        #expect(buffer[0, row].style.dim)
        #expect(!buffer.lines[row].contains("┃"))
        #expect(buffer[Self.slot(1) + 2, row].style.dim)
    }

    @Test func consumerPositionIsMarked() throws {
        var world = Self.world()
        world.consume(from: world.undisputedLeader!)
        world.run(for: 100)
        #expect(world.clients.consumerPosition == 3)
        let buffer = Self.screen(Self.state(world))
        let row = try #require(Self.row(buffer, startingWith: "consumer"))
        #expect(buffer[Self.slot(3) + 2, row].character == "▲")
        #expect(buffer.lines[row].contains("read through 3"))
    }

    /// Issue 11: with 50 writes waiting and one committed per round trip (batch 1, no
    /// pipelining), the table follows the leader's commit point, not the tail of the logs;
    /// `<` holds it, `>` with the last entry in view follows again.
    @Test func logFollowsTheCommitPointUntilHeld() throws {
        var spec = WorldSpec(names: Array(WorldSpec.planets.prefix(3)))
        spec.seed = 11
        spec.engine.batch = 1
        spec.engine.pipeline = false
        spec.state = [0: InitialState(term: 1), 1: InitialState(term: 1), 2: InitialState(term: 1)]
        spec.leader = 0
        var world = RaftWorld(spec)
        world.run(for: 100)
        world.write("order", count: 50)
        world.run(for: 150)
        var state = Self.state(world, width: 80, height: 24)
        let commit = try #require(state.picture.nodes[0].commit)
        let longest = state.picture.longestLog
        let columns = LogTableView.columns(80)
        #expect(longest - commit > columns, "the commit point is far from the tail")
        let first = LogTableView.firstIndex(state)
        #expect(first == commit + 1 - LogTableView.behindCommit)
        var buffer = Self.screen(state)
        let neptune = try #require(Self.row(buffer, startingWith: "★ Neptune"))
        #expect(buffer[LogTableView.labelWidth + 3 * (commit + 1 - first), neptune].character == "┃")
        _ = Update.apply(&state, .key(.char("<")))
        #expect(state.logScroll == first - 1)
        buffer = Self.screen(state)
        #expect(buffer.lines.contains { $0.hasPrefix("Log  held · > at the end follows") })
        world.run(for: 300)  // commits move on; the held table does not
        state.picture = ClusterPicture.of(world)
        #expect(LogTableView.firstIndex(state) == first - 1)
        while state.logScroll != nil { _ = Update.apply(&state, .key(.char(">"))) }
        #expect(LogTableView.firstIndex(state) == LogTableView.defaultFirstIndex(state))
    }

    @Test func logScrollsWithMarkersForHiddenEntries() throws {
        let world = Self.world(writes: 40)
        var state = Self.state(world, width: 80, height: 24)
        let longest = world.nodes.map(\.log.lastIndex).max()!
        #expect(longest > LogTableView.columns(80))
        var buffer = Self.screen(state)
        var index = try #require(Self.row(buffer, startingWith: "index"))
        #expect(buffer[LogTableView.labelWidth - 1, index].character == "‹")
        #expect(buffer.lines[index].contains(String(longest)))
        state.logScroll = 1
        buffer = Self.screen(state)
        index = try #require(Self.row(buffer, startingWith: "index"))
        #expect(buffer[LogTableView.labelWidth - 1, index].character == " ")
        #expect(buffer.lines[index].hasSuffix("› "))
        #expect(buffer[Self.slot(1) + 2, index].character == "1")
    }

    // MARK: - Events

    @Test func eventsShowWholeLinesWrappedNewestLastAndScrollByEvents() throws {
        var world = Self.world()
        for k in 0..<8 {
            world.write("k=\(k)")
            world.run(for: 100)
        }
        var state = Self.state(world)
        let rect = Layout(width: 120, height: 36, nodes: 3, banner: false).events
        let x = rect.x + 2
        let main = world.events.filter(\.isMain)
        let text = { (e: SimEvent<RaftEngine>) in world.eventPicture(e).text.en }
        let time = { (e: SimEvent<RaftEngine>) in String(Describer.time(e.time).drop { $0 == " " }) }
        #expect(main.count > rect.height + 10)
        /// The pane's rows (time column and text), oldest first.
        func rows(_ buffer: ScreenBuffer) -> [String] {
            buffer.lines[(rect.y + 1)..<rect.maxY].map { String($0.dropFirst(x)) }
        }
        /// The events shown whole, each its rows joined: a time starts an event, blank continues it.
        func blocks(_ rows: [String]) -> [(time: String, text: String)] {
            var out: [(time: String, text: String)] = []
            for row in rows {
                let words = row.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                guard let head = words.first else { continue }
                if row.hasPrefix(" "), !(head.first?.isNumber ?? false) || head.last != "s" {  // a continuation
                    if head != "…", !out.isEmpty { out[out.count - 1].text += " " + words.joined(separator: " ") }
                } else {
                    out.append((head, words.dropFirst().joined(separator: " ")))
                }
            }
            return out
        }
        let shown = blocks(rows(Self.screen(state)))
        #expect(shown.count >= 3)
        // Newest last, every line whole (wrapped, never cut), continuation rows indented.
        for (k, block) in shown.reversed().enumerated() {
            let event = main[main.count - 1 - k]
            #expect(block.time == time(event))
            #expect(block.text == text(event))
        }
        #expect(rows(Self.screen(state)).contains { $0.hasPrefix("        ") && $0.contains { $0 != " " } })
        #expect(!rows(Self.screen(state)).contains { $0.hasSuffix("…") })
        // PgUp scrolls back by events: the newest shown is three older.
        state.eventsScroll = 3
        let back = Self.screen(state)
        #expect(back.lines[rect.y].contains("↑ 3 back · PgDn newer"))
        let last = try #require(blocks(rows(back)).last)
        #expect(last.time == time(main[main.count - 4]) && last.text == text(main[main.count - 4]))
        // Far back: the oldest events fill the pane from its top.
        state.eventsScroll = 100_000
        let oldest = blocks(rows(Self.screen(state)))
        #expect(oldest.first?.time == time(main[0]) && oldest.first?.text == text(main[0]))
    }

    @Test func theOldestEventShownMayBeItsLastLinesAfterAnEllipsis() {
        var world = Self.world()
        for k in 0..<8 {
            world.write("k=\(k)")
            world.run(for: 100)
        }
        var found = false
        for height in 24...36 {  // some pane height cuts an event: its tail shows after '…'
            let state = Self.state(world, width: 120, height: height)
            let rect = Layout.of(state).events
            let first = Self.screen(state).lines[rect.y + 1].dropFirst(rect.x + 2)
            if first.hasPrefix("     …  ") || first.hasPrefix("      …  ") { found = true }
        }
        #expect(found)
    }

    @Test func cutLinesKeepTheRule() {
        let line = "Saturn refuses to vote for Jupiter in term 3: Jupiter's last entry is behind [5.4.1]"
        let cut = TextWrap.cut(line, width: 40)
        #expect(CharWidth.of(cut) <= 40)
        #expect(cut.hasSuffix("… [5.4.1]"))
        #expect(TextWrap.cut("짧은 줄", width: 40) == "짧은 줄")
        for piece in TextWrap.lines("하트비트는 팔로워의 선거 타이머를 초기화하고 커밋 인덱스를 전달합니다", width: 11) {
            #expect(CharWidth.of(piece) <= 11)
        }
    }

    // MARK: - Throughput meter

    @Test func theMeterShowsEachSettingSideBySideAndCutsFiguresFromTheEnd() throws {
        var state = Self.state(Self.world(), width: 80, height: 24)
        let line = { (setting: String, current: Bool, writes: Int, busy: Int) in
            ThroughputPicture(setting: Phrase(en: setting, ko: setting), current: current, writes: writes, busy: busy,
                              perSecondTenths: busy > 0 ? writes * 10_000 / busy : nil, roundTrip: 100,
                              perRoundTripTenths: busy > 0 ? writes * 1000 / busy : nil)
        }
        state.picture.throughput = [line("batch 1 · pipelining off", false, 4, 400),
                                    line("batch 4 · pipelining off", false, 16, 400),
                                    line("batch 4 · pipelining on", true, 0, 20)]
        let layout = Layout.of(state)
        #expect(layout.meter.height == 2 && layout.meter.maxY == layout.log.y, "the two newest, above the log table")
        let text = Self.screen(state).lines
        let row = try #require(text.firstIndex { $0.hasPrefix("Throughput") })
        #expect(text[row].hasPrefix("Throughput    batch 4 · pipelining off  40.0 writes/s · 4.0 per round trip"))
        #expect(!text[row].contains("round trip 100 ms"), "left out: it does not fit 80 columns")
        #expect(text[row + 1].hasPrefix("            ▸ batch 4 · pipelining on   measuring: no write committed yet"))
        state.width = 200
        state.height = 50
        let wide = Self.screen(state).lines
        let first = try #require(wide.firstIndex { $0.hasPrefix("Throughput") })
        #expect(wide[first].contains("batch 1 · pipelining off  10.0 writes/s · 1.0 per round trip · round trip 100 ms"
                                     + " · 4 writes in 0.400s"))
        state.picture.throughput = []
        #expect(Layout.of(state).meter.height == 0)
    }

    // MARK: - Footer

    @Test func footerShowsTheKeysThatMatterNow() {
        var state = Self.state(Self.world(), width: 80, height: 24)
        #expect(Self.screen(state).lines[23].contains("c crash"))
        state.picture.run.paused = true
        let paused = Self.screen(state).lines[23]
        #expect(paused.hasPrefix("Space run  . step"))
        #expect(paused.contains("? help  q quit"))
        state.overlay = .help
        #expect(Self.screen(state).lines[23].hasPrefix("↑↓ scroll  Esc close  q quit"))
        state.overlay = .inspect
        #expect(Self.screen(state).lines[23].hasPrefix("Esc close  q quit"))
        state.overlay = .options(row: 0)
        #expect(Self.screen(state).lines[23].hasPrefix("↑↓ move"))
        state.lang = .ko
        state.overlay = nil
        #expect(Self.screen(state).lines[23].contains("한 단계"))
    }

    // MARK: - Overlays

    @Test(arguments: [Lang.en, .ko])
    func helpListsEveryKeyAt80x24(lang: Lang) {
        var state = Self.state(Self.world(), lang: lang, width: 80, height: 24)
        state.overlay = .help
        let text = Self.screen(state).lines
        let words = UIWords(lang)
        for hint in words.keys {
            #expect(text.contains { $0.contains(hint.key) && $0.contains(hint.word) }, "\(hint.key)")
        }
        // Every key is in view; only the legend under them goes on below ("… ↓", scrolled).
        #expect(!text.contains { $0.contains("│ …") && !$0.contains("↓") })
        #expect(text.contains { $0.contains("┌") && $0.contains(words.helpTitle) })
    }

    @Test func optionsShowValuesAndTheCursor() throws {
        var state = Self.state(Self.world())
        state.overlay = .options(row: 4)
        let buffer = Self.screen(state)
        let cursor = try #require(buffer.lines.firstIndex { $0.contains("▸ batch") })
        #expect(buffer.lines[cursor].contains("64"))
        let x = try #require(Array(buffer.lines[cursor]).firstIndex(of: "▸"))
        #expect(buffer[x, cursor].style.reverse)
        #expect(buffer.lines.contains { $0.contains("Pre-Vote") && $0.contains("off") })
        #expect(buffer.lines.contains { $0.contains("election timeout") && $0.contains("150–300 ms") })
        #expect(buffer.lines.contains { $0.contains("↑↓ move") })
    }

    @Test func explainShowsTheHighlightedMessageAndItsRule() {
        var world = Self.world()
        world.write("c=3")
        world.run(for: 1)
        var state = Self.state(world)
        state.highlighted = Update.nextHighlight(state)
        #expect(state.highlighted != nil)
        state.overlay = .explain
        let text = Self.screen(state).lines.joined(separator: "\n")
        #expect(text.contains("Highlighted message in flight"))
        #expect(text.contains("arrives at"))
        #expect(text.contains("prevLogIndex") || text.contains("lastLogIndex") || text.contains("matchIndex"))
        #expect(text.contains("Rule"))
        #expect(text.contains("5.3") || text.contains("5.2"))
    }

    @Test func explainWithoutHighlightExplainsTheLatestEvent() {
        var state = Self.state(Self.world(), lang: .ko)
        state.overlay = .explain
        let text = Self.screen(state).lines.joined(separator: "\n")
        #expect(text.contains("최근 이벤트"))
        #expect(text.contains("규칙"))
    }

    @Test func inspectShowsDurableVolatilePeersAndAppliedState() {
        let world = Self.world()
        var state = Self.state(world)
        state.selected = world.undisputedLeader!
        state.overlay = .inspect
        let text = Self.screen(state).lines.joined(separator: "\n")
        for piece in ["Disk: kept in a crash", "voted for", "3 entries, last term", "Memory: lost in a crash", "commit index (high watermark)",
                      "applied index", "next heartbeat in", "next 4, match 3", "a=1", "b=2"] {
            #expect(text.contains(piece), "\(piece)")
        }
        var crashed = world
        crashed.crash(state.selected)
        state.picture = ClusterPicture.of(crashed)
        let after = Self.screen(state).lines.joined(separator: "\n")
        #expect(after.contains("lost: the node is crashed"))
        #expect(after.contains("3 entries"))
    }

    // MARK: - Too small, and staying inside the rect

    @Test(arguments: [Lang.en, .ko])
    func tooSmallNeverBreaks(lang: Lang) {
        let world = Self.world(writes: 0)
        for w in [0, 1, 2, 5, 10, 20, 40, 79, 80] {
            for h in [0, 1, 2, 3, 10, 23, 24] where Layout.tooSmall(width: w, height: h) {
                let buffer = Self.screen(Self.state(world, lang: lang, width: w, height: h))
                #expect(buffer.lines.count == h)
                #expect(buffer.lines.allSatisfy { CharWidth.of($0) == w })
            }
        }
        let text = Self.screen(Self.state(world, lang: lang, width: 70, height: 20)).lines.joined(separator: " ")
        #expect(text.contains("80×24") && text.contains("70×20"))
        #expect(text.contains(lang == .en ? "press q to quit" : "q를 눌러"))
        let tiny = Self.screen(Self.state(world, lang: lang, width: 14, height: 5)).lines.joined(separator: " ")
        #expect(tiny.contains("80×24") && tiny.contains("q"))
    }

    @Test func widgetsDrawOnlyInsideTheirRect() {
        let world = Self.violatedWorld()
        var state = Self.state(world)
        state.picture.run.paused = true
        for rect in [Rect(x: 7, y: 3, width: 90, height: 12), Rect(x: 3, y: 2, width: 13, height: 3),
                     Rect(x: 5, y: 5, width: 1, height: 1), Rect(x: 0, y: 0, width: 4, height: 2)] {
            expectInside(rect, state)
        }
    }

    func expectInside(_ rect: Rect, _ state: AppState) {
        let widgets: [(String, (inout ScreenBuffer) -> Void)] = [
            ("header", { HeaderView.draw(state, into: &$0, rect: rect) }),
            ("banner", { BannerView.draw(state, into: &$0, rect: rect) }),
            ("log", { LogTableView.draw(state, into: &$0, rect: rect, cluster: Layout.of(state).cluster) }),
            ("events", { EventsView.draw(state, into: &$0, rect: rect) }),
            ("footer", { FooterView.draw(state, into: &$0, rect: rect) }),
            ("too small", { TooSmallView.draw(state, into: &$0, rect: rect) }),
        ]
        for (name, draw) in widgets {
            var buffer = ScreenBuffer(width: 120, height: 20)
            buffer.fill(x: 0, y: 0, width: 120, height: 20, character: "#")
            draw(&buffer)
            for y in 0..<20 {
                for x in 0..<120 where !rect.contains(x: x, y: y) {
                    #expect(buffer[x, y].character == "#", "\(name) at \(x),\(y)")
                }
            }
        }
    }
}
