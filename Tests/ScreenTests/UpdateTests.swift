import Testing
import RaftCore
import RaftSim
@testable import Screen

/// Each key's effect on the app state and the effects it asks for (product.md, "Keys"),
/// without a terminal.
struct UpdateTests {
    func state(nodes: Int = 3, run ms: Int = 0) -> AppState {
        var world = RaftWorld(WorldSpec(names: Array(WorldSpec.planets.prefix(nodes))))
        world.run(for: ms)
        var s = AppState(live: LiveStatus(world: world))
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
        #expect(press("c", &s) == [.command(.crash(1))])
        #expect(press("r", &s) == [.command(.restart(1))])
        #expect(press("p", &s) == [.command(.partition([[1]]))])
        #expect(press("h", &s) == [.command(.heal)])
        #expect(press("s", &s) == [.command(.slow(1, latency: 100...200))])
        #expect(press("t", &s) == [.command(.timeout(1))])
        #expect(press("k", &s) == [.command(.consume(from: 1))])
    }

    @Test func writesCountUpAsKeyValuePairs() {
        var s = state()
        #expect(press("w", &s) == [.command(.write(value: "a=1", to: nil, acks: nil, count: 1))])
        _ = press("3", &s)
        #expect(press("W", &s) == [.command(.write(value: "b=2", to: 2, acks: nil, count: 1))])
    }

    @Test func acksCycles() {
        var s = state()
        let change = Reconfiguration<EngineConfig.Change>(acks: .zero)
        #expect(press("a", &s) == [.command(.configure(change))])  // from the default, all
    }

    @Test func runtimeControls() {
        var s = state()
        #expect(press(" ", &s) == [.control(.togglePause)])
        #expect(press(".", &s) == [.control(.stepEvent)])
        #expect(press("+", &s) == [.control(.faster)])
        #expect(press("-", &s) == [.control(.slower)])
        #expect(press("[", &s) == [.control(.back)])
        #expect(press("]", &s) == [.control(.forward)])
        #expect(press("q", &s) == [.quit])
    }

    @Test func highlightThenDropTheOldestMessageOfALink() {
        var s = state(run: 300)
        #expect(s.world.inFlight > 0)
        _ = press("m", &s)
        let h = try! #require(s.highlighted)
        #expect(!s.world.network.links[h.from * 3 + h.to].isEmpty)
        #expect(press("x", &s) == [.command(.drop(from: h.from, to: h.to))])
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
        let change = Reconfiguration(engine: EngineConfig.Change(preVote: true))
        #expect(Update.apply(&s, .key(.enter)) == [.command(.configure(change))])
    }

    @Test func diagramAndScrolling() {
        var s = state()
        _ = press("d", &s)
        #expect(s.diagram)
        _ = Update.apply(&s, .key(.pageUp))
        #expect(s.eventsScroll > 0)
        _ = Update.apply(&s, .key(.pageDown))
        #expect(s.eventsScroll == 0)
        _ = press(">", &s)
        #expect(s.logScroll != nil)
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
