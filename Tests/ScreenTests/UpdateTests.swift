import Picture
import Testing
import TestSupport
import RaftCore
import RaftSim
@testable import Screen

/// Each key's effect on the app state and the effects it asks for (product.md, "Keys"),
/// without a terminal.
struct UpdateTests {
    func state(nodes: Int = 3, run ms: Int = 0) -> AppState {
        var world = RaftWorld(WorldSpec(names: Array(WorldSpec.planets.prefix(nodes))))
        world.run(for: ms)
        var s = AppState.of(world)
        s.width = 120
        s.height = 36
        return s
    }

    func press(_ c: Character, _ s: inout AppState) -> [Effect] { Update.apply(&s, .key(.char(c))) }

    @Test func digitsAndTabSelectNodes() {
        var s = state()
        _ = press("3", &s)
        #expect(s.selected == 2)
        _ = press("9", &s)  // no ninth node: nothing changes
        #expect(s.selected == 2)
        _ = Update.apply(&s, .key(.tab))
        #expect(s.selected == 0)
        _ = Update.apply(&s, .key(.backTab))
        #expect(s.selected == 2)
    }

    @Test func worldKeysActOnTheSelectedNode() {
        var s = state()
        _ = press("2", &s)
        #expect(press("c", &s) == [.action(.crash(1))])
        #expect(press("r", &s) == [.action(.restart(1))])
        #expect(press("p", &s) == [.action(.isolate(1))])
        #expect(press("h", &s) == [.action(.heal)])
        #expect(press("s", &s) == [.action(.slow(1))])
        #expect(press("t", &s) == [.action(.timeout(1))])
        #expect(press("k", &s) == [.action(.consume(from: 1))])
        #expect(press("a", &s) == [.action(.cycleAcks)])
    }

    @Test func writesGoViaTheLeaderOrToTheSelectedNode() {
        var s = state()
        #expect(press("w", &s) == [.action(.write(to: nil))])
        _ = press("3", &s)
        #expect(press("W", &s) == [.action(.write(to: 2))])
    }

    @Test func runtimeControls() {
        var s = state()
        #expect(press(" ", &s) == [.action(.togglePause)])
        #expect(press(".", &s) == [.action(.stepEvent)])
        #expect(press("+", &s) == [.action(.faster)])
        #expect(press("-", &s) == [.action(.slower)])
        #expect(press("[", &s) == [.action(.back)])
        #expect(press("]", &s) == [.action(.forward)])
        #expect(press("q", &s) == [.quit])
    }

    @Test func highlightThenDropTheOldestMessageOfALink() {
        var s = state(run: 300)
        #expect(!s.picture.messages.isEmpty)
        _ = press("m", &s)
        let h = try! #require(s.highlighted)
        #expect(s.picture.messages.contains { $0.link == h })
        #expect(press("x", &s) == [.action(.drop(h))])
        #expect(s.highlighted == nil)
        #expect(press("x", &s).isEmpty)  // nothing highlighted: nothing dropped
    }

    @Test func overlaysOpenCloseAndEscapeClosesAll() {
        var s = state()
        for (key, overlay) in [("?", Overlay.help), ("e", .explain), ("i", .inspect)] as [(Character, Overlay)] {
            _ = press(key, &s)
            #expect(s.overlay == overlay)
            _ = Update.apply(&s, .key(.escape))
            #expect(s.overlay == nil)
        }
        _ = press("o", &s)
        #expect(s.overlay == .options(row: 0))
        _ = Update.apply(&s, .key(.down))
        #expect(s.overlay == .options(row: 1))
        #expect(press("q", &s) == [.quit])  // q quits from anywhere
    }

    @Test func optionsPanelChangesSettings() {
        var s = state()
        _ = press("o", &s)
        #expect(Update.apply(&s, .key(.enter)) == [.action(.option(id: "prevote", forward: true))])
        _ = Update.apply(&s, .key(.up))
        #expect(Update.apply(&s, .key(.left)) == [.action(.option(id: "latency", forward: false))])
    }

    @Test func diagramAndScrolling() {
        var s = state()
        _ = press("d", &s)
        #expect(s.diagram)
        _ = Update.apply(&s, .key(.pageUp))
        #expect(s.eventsScroll > 0)
        _ = Update.apply(&s, .key(.pageDown))
        #expect(s.eventsScroll == 0)
        _ = press("<", &s)  // at index 1 already: held there all the same
        #expect(s.logScroll == 1)
        _ = press(">", &s)  // the whole log is in view: following again
        #expect(s.logScroll == nil)
    }

    /// `v` enlarges the events pane over the cluster view; `v` again, or Esc with no overlay
    /// open, gives the cluster its rows back (Esc first closes an open overlay).
    @Test func vEnlargesTheEventsPaneAndEscShrinksIt() {
        var s = state(run: 1000)
        let small = Layout.of(s)
        _ = press("V", &s)
        #expect(s.eventsLarge)
        let large = Layout.of(s)  // wide: the whole width above the log table
        #expect(large.cluster.height == 0 && large.events.height == small.events.height)
        #expect(large.events.width == 120 && large.events.y == small.cluster.y)
        var narrow = s
        narrow.width = 80
        narrow.height = 24
        let tall = Layout.of(narrow)  // narrow: the cluster's rows, above the log table
        #expect(tall.cluster.height == 0 && tall.events.y == 1 && tall.events.maxY == tall.log.y)
        narrow.eventsLarge = false
        #expect(tall.events.height > Layout.of(narrow).events.height + Layout.of(narrow).cluster.height - 1)
        _ = press("V", &s)
        #expect(!s.eventsLarge)
        _ = press("V", &s)
        _ = press("?", &s)
        _ = Update.apply(&s, .key(.escape))
        #expect(s.overlay == nil && s.eventsLarge)
        _ = Update.apply(&s, .key(.escape))
        #expect(!s.eventsLarge && Layout.of(s) == small)
        _ = press("V", &s)
        #expect(Update.apply(&s, .click(x: 60, y: 5)).isEmpty && s.selected == 0, "no card under a click")
    }

    @Test func tooSmallTerminalOnlyQuits() {
        var s = state()
        _ = Update.apply(&s, .resize(width: 70, height: 20))
        #expect(press("c", &s).isEmpty)
        #expect(press("q", &s) == [.quit])
    }

    @Test func clickSelectsACard() {
        var s = state()
        let card = ClusterGeometry.cards(s)[2]
        _ = Update.apply(&s, .click(x: card.x + 1, y: card.y + 1))
        #expect(s.selected == 2)
    }
}
