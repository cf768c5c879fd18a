import Foundation
import MainLoop
import Picture
import RaftCore
import RaftRuntime
import RaftSim
import Screen
import Terminal
import TestSupport
import Testing

/// `--mode both` (issue 12, item 4) through the main loop: a Raft world and a Kafka world of
/// the same seed and nodes, stepped together; a scripted console's keys reach both worlds, and
/// every frame draws both sides, labelled, within the screen at 80x24, 120x36 and 160x48.
struct BothModeTests {
    static let sizes = [(80, 24), (120, 36), (160, 48)]
    static let names = ["Neptune", "Saturn", "Jupiter"]

    static func loop(_ console: ScriptConsole, lang: Lang = .en, seed: UInt64 = 1) -> (MainLoop, SteppedPairRuntime) {
        var raft = WorldSpec(names: names)
        raft.seed = seed
        var kafka = KafkaWorldSpec(names: names)
        kafka.seed = seed
        let pair = PairCore(raft: ClusterWorld(.raft(raft)), kafka: ClusterWorld(.kafka(kafka)), speed: 1)
        let runtime = SteppedPairRuntime(pair)
        return (MainLoop(runtime: runtime, console: console, state: AppState(picture: ClusterPicture(), lang: lang)), runtime)
    }

    /// Runs the loop one turn after `wallMs` of wall time.
    static func turn(_ main: inout MainLoop, _ runtime: SteppedPairRuntime, wallMs: Double = 0, _ keys: [Key] = [],
                     _ console: ScriptConsole) {
        if wallMs > 0 { runtime.advance(wallMs: wallMs) }
        console.queued = keys.map { .key($0) }
        #expect(main.turn() == nil)
        #expect(main.turn() == nil)  // the keys' effect pictured and drawn
    }

    /// A learner writes, crashes Saturn and Jupiter, and writes again: both worlds saw each key
    /// at the same simulated time, and the frame shows both sides saying what each does.
    @Test(arguments: [Lang.en, .ko])
    func crashingTwoOfThreeReachesBothWorlds(_ lang: Lang) throws {
        for (width, height) in Self.sizes {
            let console = ScriptConsole(width: width, height: height)
            var (main, runtime) = Self.loop(console, lang: lang)
            Self.turn(&main, runtime, wallMs: 600, [.char("w")], console)
            Self.turn(&main, runtime, wallMs: 400, [.char("2"), .char("c"), .char("3"), .char("c")], console)
            Self.dump(try #require(console.frame), "crashed-\(lang.rawValue)-\(width)x\(height)")
            Self.turn(&main, runtime, [.char("V")], console)  // the events pane enlarged: both crashes in it
            let crashed = try #require(console.frame)
            Self.dump(crashed, "crashed-v-\(lang.rawValue)-\(width)x\(height)")
            Self.expectBothDrawn(crashed, main.state, width: width, height: height)
            // Both sides' lines, labelled (the older a page up), and each side's picture has both crashes.
            let layout = BothLayout.of(main.state)
            var seen = crashed.lines[layout.events.y..<layout.events.maxY].joined(separator: "\n")
            Self.turn(&main, runtime, [.pageUp], console)
            seen += try #require(console.frame).lines[layout.events.y..<layout.events.maxY].joined(separator: "\n")
            #expect(seen.contains("Raft │ ") && seen.contains(lang == .en ? "Kafka │ Saturn crashes" : "Kafka │ Saturn이 다운"),
                    "\(seen)")
            for picture in [main.state.picture, try #require(main.state.kafkaSide)] {
                #expect(picture.events.contains { $0.kind == .crashed(1) } && picture.events.contains { $0.kind == .crashed(2) })
            }
            Self.turn(&main, runtime, [.pageDown, .char("V")], console)
            Self.turn(&main, runtime, wallMs: 1500, [.char("w")], console)
            Self.turn(&main, runtime, wallMs: 1500, [], console)
            let core = runtime.core
            for world in [core.raft.world, core.kafka.world] {
                #expect(world.role(of: 1) == nil && world.role(of: 2) == nil, "\(world.mode): Saturn and Jupiter crashed")
                #expect(world.role(of: 0) != nil)
            }
            #expect(core.raft.world.mode == .raft && core.kafka.world.mode == .kafka)
            #expect(core.raft.world.now == core.kafka.world.now, "one clock")
            #expect(core.raft.log.map(\.command) == core.kafka.log.map(\.command), "the same commands")
            #expect(core.raft.log.map(\.time) == core.kafka.log.map(\.time), "at the same times")
            let frame = try #require(console.frame)
            Self.dump(frame, "crash-\(lang.rawValue)-\(width)x\(height)")
            Self.expectBothDrawn(frame, main.state, width: width, height: height)
        }
    }

    /// Both sides' titles, both sides' lines in the events pane, no line wider than the screen,
    /// and (side by side) the rule between the halves whole: nothing drew over it.
    static func expectBothDrawn(_ frame: ScreenBuffer, _ state: AppState, width: Int, height: Int,
                                sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = frame.lines
        #expect(lines.count == height, sourceLocation: sourceLocation)
        for (y, line) in lines.enumerated() {
            #expect(CharWidth.of(line) <= width, "row \(y) overflows: \(line)", sourceLocation: sourceLocation)
        }
        let layout = BothLayout.of(state)
        func text(_ xs: Range<Int>, _ y: Int) -> String {
            String(xs.filter { !frame[$0, y].continuation }.map { frame[$0, y].character })
        }
        let titles = layout.sides.map { side in text(side.title.x..<side.title.maxX, side.title.y) }
        #expect(titles[0].hasPrefix(" Raft ") && titles[1].hasPrefix(" Kafka "), "\(titles)", sourceLocation: sourceLocation)
        #expect(layout.beside == (width >= 110), sourceLocation: sourceLocation)
        if layout.beside {
            let x = layout.sides[0].title.maxX
            for y in layout.sides[0].title.y..<layout.events.y {
                #expect(frame[x, y].character == "│", "row \(y), column \(x)", sourceLocation: sourceLocation)
            }
        }
        // Each side's log table speaks its engine: Raft's indices, Kafka's offsets.
        let words = state.lang == .en ? ("index", "offset") : ("인덱스", "오프셋")
        let logs = layout.sides.map { side in
            (side.log.y..<side.log.maxY).map { y in text(side.log.x..<side.log.maxX, y) }.joined(separator: "\n")
        }
        #expect(logs[0].contains(words.0) && !logs[0].contains(words.1), "\(logs[0])", sourceLocation: sourceLocation)
        #expect(logs[1].contains(words.1) && !logs[1].contains(words.0), "\(logs[1])", sourceLocation: sourceLocation)
    }

    /// `o` and the lesson keys say in words why not (in the footer, until the next key), and
    /// send nothing; every other key goes to both worlds.
    @Test(arguments: [Lang.en, .ko])
    func optionsAndLessonKeysAreRefusedInWords(_ lang: Lang) throws {
        for (width, height) in Self.sizes {
            let console = ScriptConsole(width: width, height: height)
            var (main, runtime) = Self.loop(console, lang: lang)
            Self.turn(&main, runtime, wallMs: 300, [.char("o")], console)
            #expect(main.state.overlay == nil, "no options panel")
            var footer = try #require(console.frame).lines[height - 1]
            #expect(footer.contains(lang == .en ? "different options" : "옵션이 달라"), "\(footer)")
            #expect(CharWidth.of(footer.trimmingCharacters(in: .whitespaces)) <= width)
            for key in [Key.enter, .char("n"), .char("b"), .char("g"), .char("u")] {
                Self.turn(&main, runtime, [key], console)
                footer = try #require(console.frame).lines[height - 1]
                #expect(footer.contains(lang == .en ? "No lessons in --mode both" : "수업이 없습니다"), "\(key): \(footer)")
            }
            Self.turn(&main, runtime, [.char("w")], console)
            footer = try #require(console.frame).lines[height - 1]
            #expect(!footer.contains(lang == .en ? "No lessons" : "수업이 없습니다"), "the next key clears it")
            #expect(!footer.contains(lang == .en ? "o options" : "o 옵션"), "the footer offers no refused key: \(footer)")
            #expect(runtime.core.raft.log.count == 1 && runtime.core.kafka.log.count == 1, "only the write was sent")
        }
    }

    /// `.` while paused steps to the earlier of the two next events: the clocks stay equal.
    @Test func steppingKeepsOneClock() {
        let console = ScriptConsole(width: 120, height: 36)
        var (main, runtime) = Self.loop(console)
        Self.turn(&main, runtime, wallMs: 300, [.char(" ")], console)
        for _ in 0..<40 {
            let before = runtime.core.raft.world.now
            Self.turn(&main, runtime, [.char(".")], console)
            #expect(runtime.core.raft.world.now == runtime.core.kafka.world.now)
            #expect(runtime.core.raft.world.now >= before)
        }
        #expect(runtime.core.raft.paused && runtime.core.kafka.paused)
        Self.turn(&main, runtime, [.char("["), .char("[")], console)
        #expect(runtime.core.raft.history.inPast && runtime.core.kafka.history.inPast, "history moves both")
    }

    /// Explain, inspect, the legend and the help show both sides under their names, within
    /// the screen; a click on either side's card selects that node.
    @Test(arguments: [Lang.en, .ko])
    func overlaysShowBothSides(_ lang: Lang) throws {
        for (width, height) in Self.sizes {
            let console = ScriptConsole(width: width, height: height)
            var (main, runtime) = Self.loop(console, lang: lang)
            Self.turn(&main, runtime, wallMs: 700, [.char("w")], console)
            for key in ["e", "i", "l", "?"] {
                Self.turn(&main, runtime, [.char(Character(key))], console)
                var frame = try #require(console.frame)
                Self.dump(frame, "overlay-\(key)-\(lang.rawValue)-\(width)x\(height)")
                let first = key == "?" ? (lang == .en ? "Raft and Kafka side by side: every key" : "Raft와 Kafka 나란히: 모든 키") : "│  Raft "
                #expect(frame.text.contains(first), "\(key) at \(width)x\(height): \(frame.text)")
                // The Kafka side's part of the box, scrolled to (↓ PgDn) when it does not fit.
                var pages = 0
                while !frame.text.contains("│  Kafka "), pages < 8 {
                    Self.turn(&main, runtime, [.pageDown], console)
                    frame = try #require(console.frame)
                    pages += 1
                }
                #expect(frame.text.contains("│  Kafka "), "\(key) at \(width)x\(height): \(frame.text)")
                for (y, line) in frame.lines.enumerated() {
                    #expect(CharWidth.of(line) <= width, "\(key) row \(y) overflows")
                }
                Self.turn(&main, runtime, [.escape], console)
            }
            let side = BothLayout.of(main.state).sides[1]
            let cards = ClusterGeometry.arrangement(in: ClusterGeometry.ringArea(side.cluster), nodes: 3).cards
            console.queued = [.click(x: cards[2].x + 1, y: cards[2].y)]
            #expect(main.turn() == nil)
            #expect(main.state.selected == 2, "a click on the Kafka side's Jupiter selects Jupiter")
        }
    }

    /// Frames for a person to read, when RAFTLAB_DUMP names a directory.
    static func dump(_ frame: ScreenBuffer, _ name: String) {
        guard let dir = ProcessInfo.processInfo.environment["RAFTLAB_DUMP"] else { return }
        try? frame.text.write(toFile: dir + "/" + name + ".txt", atomically: true, encoding: .utf8)
    }
}

/// Paused, a key that changes only the screen (`i`, `v`) is drawn before the loop sleeps: the
/// loop does not wait for input with a frame not yet drawn (in one mode as in both).
struct PausedRedrawTests {
    final class Recording: ScriptConsole {
        var timeouts: [Int32] = []
        var script: [[Input]] = []
        override func wait(timeout: Int32) -> WakePipe.Wake {
            timeouts.append(timeout)
            if script.isEmpty { return .hangup }
            queued = script.removeFirst()
            return .input
        }
    }

    @Test func aScreenOnlyKeyIsDrawnBeforeSleeping() {
        let console = Recording()
        let runtime = SteppedRuntime(RuntimeCore(world: .raft(RaftWorld(WorldSpec(names: ["Neptune", "Saturn", "Jupiter"]))), speed: 1))
        runtime.send(.pause)
        var main = MainLoop(runtime: runtime, console: console, state: AppState(picture: ClusterPicture()))
        console.script = [[.key(.char("i"))], []]
        #expect(main.run() == 129)
        #expect(console.timeouts == [-1, 0, -1], "\(console.timeouts)")
        #expect(main.state.overlay == .inspect)
        #expect(console.frame?.text.contains("Inspect Neptune") == true)
    }
}
