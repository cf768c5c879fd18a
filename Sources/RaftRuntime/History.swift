import RaftCore
import RaftSim

/// The stops of `[` and `]`: a mark at least every `interval` simulated ms and at every
/// command. Whole worlds are kept at a few marks only (keyframes, thinned as the session grows);
/// the world at any other mark is rebuilt by replaying from the keyframe before it with the
/// commands applied since (`World.replay`), so memory stays bounded however long a session runs.
public struct History: Sendable {
    /// A stop: where the world was, how many commands it had been given, and how many of the
    /// runtime's logged commands had been applied.
    public struct Mark: Sendable, Equatable {
        public var world: WorldMark
        public var commands: Int
        public var logCount: Int

        /// Marks along one timeline grow in all three counts, so one order serves.
        func isAfter(_ other: Mark) -> Bool {
            (commands, world.events, world.time) > (other.commands, other.world.events, other.world.time)
        }
    }

    struct Keyframe: Sendable {
        var mark: Mark
        var world: ClusterWorld
    }

    public private(set) var marks: [Mark] = []
    var keyframes: [Keyframe] = []
    /// Every command applied to the world since history began, in order.
    var journal: [ClusterWorld.Applied] = []
    /// The newest world, kept while the view is in the past.
    var present: ClusterWorld?
    /// Worlds passed on the last long replay, for the next seeks near it (`[` held down): a
    /// replay from far back then costs one spacing, not the whole way.
    var passed: [Keyframe] = []
    static let passedLimit = 16
    /// The mark on view; nil when live (at the newest state).
    public private(set) var position: Int? = nil

    public static let interval = 100
    /// At most this many marks; beyond it all but the newest tenth keep every other one.
    public static let limit = 12_000
    /// At most this many keyframes, a new one after `keyframeEvery` events (smaller in tests).
    static let keyframeLimit = 24
    static let keyframeEvery = 4_000
    var keyframeLimit = History.keyframeLimit
    var keyframeEvery = History.keyframeEvery

    public var inPast: Bool { position != nil }

    /// Takes the world's applied commands into the journal and marks where it is, if it moved
    /// on by `interval` ms (or at once when `force`d).
    mutating func record(_ world: inout ClusterWorld, logCount: Int, force: Bool = false) {
        world.journaling = true
        journal.append(contentsOf: world.takeApplied())
        let mark = Mark(world: world.mark, commands: journal.count, logCount: logCount)
        if let last = marks.last {
            if last == mark { return }
            if !force && world.now - last.world.time < Self.interval && last.commands == mark.commands { return }
        }
        marks.append(mark)
        if marks.count > Self.limit { marks = Self.thinned(marks) }
        keepKeyframe(world, at: mark)
    }

    mutating func keepKeyframe(_ world: ClusterWorld, at mark: Mark) {
        if let last = keyframes.last, mark.world.events - last.mark.world.events < keyframeEvery { return }
        keyframes.append(Keyframe(mark: mark, world: world))
        if keyframes.count > keyframeLimit { keyframes.remove(at: Self.leastNeeded(keyframes.map(\.mark.world.events))) }
    }

    /// The inner item whose removal leaves the smallest gap (in events) between its
    /// neighbours: keyframes stay evenly spread over the whole session, so no seek replays
    /// more than about one spread.
    static func leastNeeded(_ events: [Int]) -> Int {
        (1..<(events.count - 1)).min { events[$0 + 1] - events[$0 - 1] < events[$1 + 1] - events[$1 - 1] }!
    }

    /// Every other item goes, the first always kept, except the newest tenth: older history
    /// keeps an even, coarser grain, the recent its fine one.
    static func thinned<T>(_ items: [T]) -> [T] {
        let recent = items.count - items.count / 10
        let older = items[..<recent].enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        return older + items[recent...]
    }

    /// One mark further back, if any; `world` is the one on view.
    mutating func back(from world: ClusterWorld) -> ClusterWorld? {
        seek((position ?? marks.count - 1) - 1, from: world)
    }

    /// One mark forward; at the newest one the view is live again.
    mutating func forward(from world: ClusterWorld) -> ClusterWorld? {
        guard let current = position else { return nil }
        return seek(current + 1, from: world)
    }

    /// The world at mark `index` (the newest mark is the present); `world` is the one on view.
    mutating func seek(_ index: Int, from world: ClusterWorld) -> ClusterWorld? {
        guard marks.indices.contains(index), index != position else { return nil }
        if index == marks.count - 1 { return backToPresent() }
        let onView = position.map { Keyframe(mark: marks[$0], world: world) }
        if position == nil { present = world }
        position = index
        return rebuild(index, from: onView)
    }

    /// The newest world, if viewing the past.
    mutating func backToPresent() -> ClusterWorld? {
        guard position != nil else { return nil }
        position = nil
        passed = []
        defer { present = nil }
        return present
    }

    /// Drops what came after the mark on view: its journal, marks and keyframes. Returns the
    /// mark's logged-command count.
    mutating func fork() -> Int {
        guard let current = position else { return marks.last?.logCount ?? 0 }
        let mark = marks[current]
        marks.removeSubrange((current + 1)...)
        keyframes.removeAll { $0.mark.isAfter(mark) }
        journal.removeSubrange(mark.commands...)
        position = nil
        present = nil
        passed = []
        return mark.logCount
    }

    /// The world at mark `index`: from the latest keyframe (or world passed on the last long
    /// replay, or `start`) at or before it, the journal's commands applied where they were, then
    /// the events up to the mark. Nothing is recorded on the way; on a long way, worlds are kept
    /// at even spacing for the next seeks.
    mutating func rebuild(_ index: Int, from start: Keyframe?) -> ClusterWorld {
        let target = marks[index]
        let bases = (keyframes + passed + (start.map { [$0] } ?? [])).filter { !$0.mark.isAfter(target) }
        let base = bases.max { $1.mark.isAfter($0.mark) } ?? keyframes[0]
        var world = base.world
        let recording = world.recording
        world.journaling = false
        world.recording = false
        let spacing = max(keyframeEvery, (target.world.events - base.mark.world.events) / Self.passedLimit)
        var kept: [Keyframe] = []
        var commands = base.mark.commands
        func keep(before events: Int) {
            while world.overload == nil && world.eventCount + spacing < events {
                world.replay(toEvents: world.eventCount + spacing)
                var saved = world
                saved.recording = recording
                saved.journaling = true
                kept.append(Keyframe(mark: Mark(world: world.mark, commands: commands, logCount: 0), world: saved))
            }
        }
        for applied in journal[base.mark.commands..<target.commands] {
            keep(before: applied.at.events)
            world.replay(to: applied.at)
            world.apply(applied.command)
            commands += 1
        }
        keep(before: target.world.events)
        world.replay(to: target.world)
        if !kept.isEmpty { passed = Array(kept.suffix(Self.passedLimit)) }
        world.recording = recording
        world.journaling = true
        return world
    }
}
