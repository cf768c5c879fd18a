import Testing
import TestSupport
import RaftCore
import RaftSim
@testable import Screen

/// The space-time diagram drawn from real worlds: lanes, arrows, marks, scrolling.
@Suite struct DiagramViewTests {
    typealias C = ClusterViewTests

    static func render(_ s: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: s.width, height: s.height)
        DiagramView.draw(s, into: &buffer, rect: C.clusterRect(s))
        return buffer
    }

    static func lines(_ s: AppState) -> [String] { C.rows(render(s), C.clusterRect(s)) }

    @Test func lanesAreNamedAtTheTop() {
        for (width, height) in [(80, 24), (120, 36), (200, 50)] {
            let s = C.state(C.elected(3), width, height)
            let top = Self.lines(s)[0]
            #expect(top.hasPrefix("time"))
            for name in ["Neptune", "Saturn", "Jupiter"] { #expect(top.contains(name), "\(width)x\(height)") }
            #expect(top.contains("★"))
        }
        let nine = Self.lines(C.state(C.elected(9), 80, 24))[0]
        #expect(nine.contains("Saturn") && nine.contains("Pluto"))
    }

    @Test func deliveredMessagesAreArrowsWithTheirKind() {
        var w = C.elected(3, settle: 30)
        _ = w.write("x=1", count: 2)
        w.run(for: 40)
        let text = Self.lines(C.state(w, 120, 36)).joined(separator: "\n")
        #expect(text.contains("AE2"))
        #expect(text.contains("ok"))
        #expect(text.contains("▸") && text.contains("◂"))
    }

    @Test func messagesInFlightEndOnTheLastRow() {
        var w = C.elected(3, settle: 0)
        #expect(w.wait(limit: 300) { $0.network.envelopes.contains { $0.message.kind == .heartbeat && $0.sentAt < $0.deliverAt } })
        w.run(for: 1)
        let s = C.state(w, 120, 36)
        let rows = Self.lines(s)
        let last = rows.count - 2  // the row above the legend is now
        #expect(rows[last].contains("HB") || rows[last].contains("AE"))
        #expect(rows[last].hasPrefix(DiagramView.seconds(w.now)))
    }

    @Test func highlightedMessageIsReversed() {
        var w = C.elected(3, settle: 0)
        #expect(w.wait(limit: 300) { $0.network.envelopes.contains { $0.deliverAt - $0.sentAt >= 10 } })
        w.run(for: 5)
        let link = w.network.links.firstIndex { !$0.isEmpty }!
        var s = C.state(w, 120, 36)
        s.highlighted = Link(from: link / 3, to: link % 3)
        let buffer = Self.render(s)
        let r = C.clusterRect(s)
        let lit = (r.y..<r.maxY).flatMap { y in (r.x..<r.maxX).filter { buffer[$0, y].style.reverse } }
        #expect(lit.count >= 2)
    }

    @Test func crashesAndRestartsAreMarkedOnTheLane() {
        var w = C.elected(3, settle: 50)
        let follower = (0..<3).first { $0 != w.undisputedLeader! }!
        w.crash(follower)
        w.run(for: 40)
        let crashed = Self.lines(C.state(w, 120, 36)).joined(separator: "\n")
        #expect(crashed.contains("✕"))
        #expect(crashed.contains("┊"))
        w.restart(follower)
        w.run(for: 20)
        let restarted = Self.lines(C.state(w, 120, 36)).joined(separator: "\n")
        #expect(restarted.contains("✕") && restarted.contains("○"))
    }

    @Test func scrollsWithTimeAndShowsItsScale() {
        var w = C.elected(3)
        w.run(for: 5000)
        let rows = Self.lines(C.state(w, 120, 36))
        #expect(rows[rows.count - 2].hasPrefix(DiagramView.seconds(w.now)))
        #expect(rows.last!.contains("1 row = 5 ms"))
        #expect(rows.contains { $0.contains("HB") })
        let ko = Self.lines(C.state(w, 120, 36, lang: .ko))
        #expect(ko[0].hasPrefix("시간") && ko.last!.contains("한 줄 = 5ms"))
    }

    @Test func drawsOnlyInsideItsRect() {
        var w = C.elected(5, settle: 40)
        w.crash(2)
        w.run(for: 30)
        let s = C.state(w, 120, 36)
        let rect = Rect(x: 5, y: 4, width: 50, height: 15)
        var buffer = ScreenBuffer(width: 120, height: 36)
        DiagramView.draw(s, into: &buffer, rect: rect)
        for y in 0..<36 {
            for x in 0..<120 where !rect.contains(x: x, y: y) { #expect(buffer[x, y] == .blank, "(\(x), \(y))") }
        }
    }

    @Test func dKeyShowsTheDiagramInsteadOfTheCluster() {
        var s = C.state(C.elected(3), 120, 36)
        _ = Update.apply(&s, .key(.char("d")))
        #expect(s.diagram)
        let r = C.clusterRect(s)
        let text = C.text(Render.screen(s), r)
        #expect(text.hasPrefix("time"))
        #expect(!text.contains("disk"))
    }
}
