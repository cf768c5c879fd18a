import Foundation
import Picture
import Testing
import TestSupport
@testable import EtcdSource
@testable import Screen

/// A real etcd cluster on the sandbox's screen (issue 14): what is not measured is said, keys
/// a real cluster cannot honour are refused in words, `z` pauses the selected member.
struct RealClusterScreenTests {
    static let settings = EtcdSettings(names: ["Neptune", "Saturn", "Jupiter"], binary: "etcd", timings: .watchable)

    /// Saturn leads at term 3; Jupiter is paused; every put so far committed.
    static func picture(attached: Bool = false) -> ClusterPicture {
        var settings = Self.settings
        if attached { settings.endpoints = ["http://127.0.0.1:2379"] }
        var o = EtcdObservation(names: settings.names, attached: attached)
        for i in 0..<3 {
            o.members[i].decimalID = UInt64(0x4036b1db24775ea0 + i)
            o.members[i].status = MemberStatus(memberID: UInt64(0x4036b1db24775ea0 + i), leader: 0x4036b1db24775ea1, term: 3,
                                               commit: 12, applied: 12, version: "3.4.23")
            o.members[i].silent = false
        }
        o.members[2].paused = true
        o.members[2].silent = true
        o.writes.ok = 3
        o.lastValue = 3
        o.events = [EtcdEvent(time: 2765, text: Phrase(en: "Saturn became leader at term 3", ko: "Saturn이 임기 3의 리더가 됨"), kind: .leads(1)),
                    EtcdEvent(time: 9100, text: Phrase(en: "put x=3 at Saturn: committed (revision 4)", ko: "Saturn의 put x=3: 커밋됨 (리비전 4)"))]
        return EtcdPicture.picture(o, settings: settings, now: 12_345)
    }

    static func state(_ lang: Lang = .en, width: Int = 120, height: Int = 36, attached: Bool = false) -> AppState {
        var s = AppState(picture: picture(attached: attached), lang: lang, colors: true)
        s.width = width
        s.height = height
        s.readMode = .readIndex
        return s
    }

    func press(_ c: Character, _ s: inout AppState) -> [Effect] { Update.apply(&s, .key(.char(c))) }

    @Test func keysARealClusterHonoursAct() {
        var s = Self.state()
        _ = press("3", &s)
        #expect(press("c", &s) == [.action(.crash(2))])
        #expect(press("z", &s) == [.action(.freeze(2))])
        #expect(press("p", &s) == [.action(.isolate(2))])
        #expect(press("T", &s) == [.action(.transfer(2))])
        #expect(press("R", &s) == [.action(.read(.readIndex, selected: 2))])
        #expect(press("v", &s).isEmpty && s.readMode == .local)  // serializable; again: linearizable
        #expect(press("v", &s).isEmpty && s.readMode == .readIndex)
        #expect(s.notice == nil)
    }

    /// The tour's hint for a serializable read counts `v` as it goes on a real cluster (once, not
    /// the simulator's twice) and names the header's words; following it gets there.
    @Test(arguments: Lang.allCases)
    func aReadModeHintFollowsVAsItGoesOnARealCluster(_ lang: Lang) {
        var s = Self.state(lang)
        let hint = NarrationView.hint([.readMode(.local)], LessonWords(lang), width: 200, readMode: s.readMode, real: true)
            .map { $0.runs.map(\.text).joined() }.joined(separator: "\n")
        let shown = UIWords(lang).realReadMode(.local)
        #expect(hint.contains(lang == .en ? "press v once, until the header shows “\(shown)”" : "v를 한 번 누르세요"), "\(hint)")
        #expect(!hint.contains(ClusterWords(lang).readWithMode(.local)))
        _ = press("v", &s)
        #expect(s.readMode == .local && HeaderView.statusPieces(s, UIWords(lang), compact: false).contains(shown))
        let already = NarrationView.hint([.readMode(.local)], LessonWords(lang), width: 200, readMode: .local, real: true)
        #expect(already.map { $0.runs.map(\.text).joined() }.joined().contains(shown))
        let simulated = NarrationView.hint([.readMode(.local)], LessonWords(lang), width: 200, readMode: .readIndex)
        #expect(simulated.map { $0.runs.map(\.text).joined() }.joined().contains(lang == .en ? "twice" : "두 번"))
    }

    @Test func keysItCannotHonourAreRefusedInWords() {
        var s = Self.state()
        for key: Character in [" ", ".", "[", "x", "o", "a", "S", "A", "t", "s"] {
            #expect(press(key, &s).isEmpty, "\(key)")
            #expect(s.notice?.contains("a real etcd cluster cannot do that") == true, "\(key)")
        }
        var attached = Self.state(attached: true)
        #expect(press("c", &attached).isEmpty)
        #expect(attached.notice?.contains("--endpoints") == true)
        #expect(press("w", &attached) == [.action(.write(to: nil))])
    }

    @Test func zInTheSimulatorSaysWhereItWorks() {
        var s = AppState(picture: ClusterPicture(nodes: [NodePicture(id: 0, name: "Neptune")]), lang: .en, colors: true)
        s.width = 120
        s.height = 36
        #expect(press("z", &s).isEmpty)
        #expect(s.notice?.contains("raftlab etcd") == true)
    }

    @Test func theScreenSaysWhatIsNotMeasured() {
        let lines = Render.screen(Self.state()).lines
        #expect(lines[0].contains("etcd 3.4.23 · real cluster") && lines[0].contains("heartbeat 300 ms"))
        #expect(lines.contains { $0.contains("timer not measured") })
        #expect(lines.contains { $0.contains("entry terms and uncommitted entries are not measured") })
        #expect(lines.contains { $0.contains("paused") })
        #expect(!lines.contains { $0.contains("acks") })
    }

    @Test func inspectLegendAndHelpSayWhatIsNotMeasured() {
        var s = Self.state()
        _ = press("i", &s)
        let inspect = Render.screen(s).lines.joined(separator: "\n")
        #expect(inspect.contains("log 12 committed") && inspect.contains("not measured"))
        #expect(inspect.contains("R reads x") && !inspect.contains("last term"))
        _ = Update.apply(&s, .key(.escape))
        _ = press("l", &s)
        let legend = LegendOverlay.lines(s, width: 86).map { $0.runs.map(\.text).joined() }.joined(separator: "\n")
        #expect(legend.contains("A real etcd cluster") && legend.contains("raftIndex"))
        #expect(!legend.contains("Space-time diagram") && !legend.contains("AppendEntries"))
        #expect(!legend.contains("outside") && !legend.contains("match 2") && !legend.contains("last term 2"))
        #expect(legend.contains("c r z p W R T i act on it") && !legend.contains("c r p s t W k i"))
        let help = HelpOverlay.keys(s, width: 80).map { $0.runs.map(\.text).joined() }.joined(separator: " ")
        #expect(help.contains("a real cluster cannot pause"))
    }

    /// At 80 columns: the title still says "real", a refusal still points at `?`, and the
    /// explain overlay does not offer `m`, which a real cluster refuses.
    @Test func aNarrowScreenKeepsWhatMatters() {
        var s = Self.state(width: 80, height: 24)
        #expect(Render.screen(s).lines[0].hasPrefix("raftlab · real etcd"))
        _ = press(" ", &s)
        #expect(Render.screen(s).lines[23].contains("? lists its keys"))
        _ = press("e", &s)
        let explain = Render.screen(s).lines.joined(separator: "\n")
        #expect(explain.contains("Saturn") && !explain.contains("m highlights"))
        #expect(explain.contains("messages are not seen"))
    }

    @Test(arguments: [(Lang.en, 80, 24), (.en, 120, 36), (.ko, 80, 24), (.ko, 120, 36)])
    func matchesItsGoldenScreens(_ lang: Lang, _ width: Int, _ height: Int) throws {
        let buffer = Render.screen(Self.state(lang, width: width, height: height))
        let name = "etcd-\(lang.rawValue)-\(width)x\(height)"
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("golden")
        if let diff = try GoldenFile.compare(buffer.lines.joined(separator: "\n") + "\n", name: name + ".txt", directory: directory) {
            Issue.record(Comment(rawValue: diff))
        }
        if let diff = try GoldenFile.compare(GoldenFile.attributes(buffer), name: name + ".attr", directory: directory) {
            Issue.record(Comment(rawValue: diff))
        }
    }
}
