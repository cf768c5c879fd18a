import Picture
import Testing
@testable import EtcdSource

/// The tour goes on only when the real cluster's state shows each task done (issue 14),
/// driven here by observations as the polls would give them.
struct EtcdTourTests {
    let settings = EtcdPictureTests.settings

    func say(_ report: LessonReport?) -> String {
        switch report?.phase {
        case .narrating(let text)?: return text.resolve("en")
        case .task(let task)?: return task.say.resolve("en")
        case .running(let step, _)?: return step.en
        default: return "-"
        }
    }

    /// Members 0-2; `leader` leads at `term` in every answer of the members in `agree`.
    func lead(_ o: inout EtcdObservation, _ leader: Int, term: Int, agree: [Int] = [0, 1, 2]) {
        for i in agree {
            o.members[i].status?.leader = UInt64(leader + 1)
            o.members[i].status?.term = term
        }
    }

    @Test func theTourWalksThroughKillIsolateAndAStaleRead() throws {
        let tour = EtcdTour()
        var o = EtcdPictureTests.observation()
        #expect(say(tour.report(o, settings: settings, now: 0)).hasPrefix("This is not a simulation"))
        tour.goOn(o, settings: settings, now: 100)
        #expect(say(tour.report(o, settings: settings, now: 200)).hasPrefix("Neptune leads at term 2. Kill it"))

        // A follower killed instead: a wrong turn that says so, and the task waits.
        o.members[2].running = false
        guard case .task(let task)? = tour.report(o, settings: settings, now: 300)?.phase else { Issue.record("no task"); return }
        #expect(task.wrongTurn?.resolve("en").hasPrefix("Jupiter is down, but Jupiter was a follower") == true)
        o.members[2].running = true

        o.members[0].running = false
        o.members[0].silent = true
        #expect(say(tour.report(o, settings: settings, now: 1000)).hasPrefix("The others stop hearing Neptune's heartbeats"))
        lead(&o, 1, term: 3, agree: [1, 2])
        #expect(say(tour.report(o, settings: settings, now: 4200)).hasPrefix("Saturn leads at a higher term, 3.2 s after the kill"))
        tour.goOn(o, settings: settings, now: 4300)
        #expect(say(tour.report(o, settings: settings, now: 4400)).hasPrefix("Bring Neptune back"))
        o.members[0].running = true
        o.members[0].silent = false
        lead(&o, 1, term: 3)
        #expect(say(tour.report(o, settings: settings, now: 5000)).hasPrefix("Write with w: the client puts x=1"))
        o.writes.ok = 1
        #expect(say(tour.report(o, settings: settings, now: 5010)).hasPrefix("Write with w"), "not yet on every member")
        for i in 0..<3 { o.members[i].status?.commit = 9 }
        #expect(say(tour.report(o, settings: settings, now: 5020)).hasPrefix("Now cut off the leader, Saturn"))
        o.members[1].isolated = true
        #expect(say(tour.report(o, settings: settings, now: 5100)).hasPrefix("Write through Saturn"))
        o.writes.waiting = 1
        #expect(say(tour.report(o, settings: settings, now: 5200)).hasPrefix("Meanwhile the other side"))
        lead(&o, 2, term: 4, agree: [0, 2])
        #expect(say(tour.report(o, settings: settings, now: 9000)).hasPrefix("Write again with w"))
        o.writes.ok = 3
        o.lastAcked = "x=3"
        #expect(say(tour.report(o, settings: settings, now: 9100)).hasPrefix("Read x at the isolated Saturn"))
        o.lastRead = ReadRecord(member: 1, serializable: false, value: "1")
        #expect(say(tour.report(o, settings: settings, now: 9200)).hasPrefix("Read x at the isolated Saturn"), "a linearizable read is not the task")
        o.lastRead = ReadRecord(member: 1, serializable: true, value: "1")
        #expect(say(tour.report(o, settings: settings, now: 9300)).hasPrefix("Saturn answered x=1 from its own state, while the majority committed x=3"))
        tour.goOn(o, settings: settings, now: 9400)
        #expect(say(tour.report(o, settings: settings, now: 9500)).hasPrefix("Heal with h"))
        for i in [0, 2] { o.members[i].status?.commit = 11 }
        o.members[1].isolated = false
        lead(&o, 2, term: 4)
        #expect(say(tour.report(o, settings: settings, now: 9550)).hasPrefix("Heal with h"), "healed, not yet caught up")
        o.members[1].status?.commit = 11
        #expect(say(tour.report(o, settings: settings, now: 9600)).hasPrefix("That is the tour"))
        tour.goOn(o, settings: settings, now: 9700)
        #expect(tour.report(o, settings: settings, now: 9800) == nil)
        #expect(tour.closed)
    }

    @Test func enterDoesNotSkipATaskOrAWait() {
        let tour = EtcdTour()
        let o = EtcdPictureTests.observation()
        tour.goOn(o, settings: settings, now: 0)
        tour.goOn(o, settings: settings, now: 10)  // on the wait for a leader
        let before = tour.report(o, settings: settings, now: 15)
        #expect(say(before).hasPrefix("Neptune leads at term 2. Kill it") && before?.note == nil)
        tour.goOn(o, settings: settings, now: 20)  // on the task
        let report = tour.report(o, settings: settings, now: 30)
        #expect(say(report).hasPrefix("Neptune leads at term 2. Kill it"))
        #expect(report?.note == .taskNotDone(hintShown: true), "Enter on a task says it does not skip it")
        guard case .task(let task)? = report?.phase else { Issue.record("no task"); return }
        #expect(task.hint && task.keys == [.key(.crash, node: "Neptune", digit: 1)])
    }

    @Test func everyStepSpeaksKorean() {
        let o = EtcdPictureTests.observation()
        let context = TourContext(observation: o, memory: TourMemory(), now: 0, settings: settings)
        for step in TourSteps.all() {
            let text = step.text(context)
            #expect(!text.ko.isEmpty && text.ko != text.en)
        }
    }

    /// Wrong turns that leave no majority: the wait says why nothing happens, and the time
    /// an election took is not called "at most two election timeouts" when it was longer.
    @Test func aWaitWithoutAMajoritySaysSoAndALongElectionIsNotCalledShort() {
        let tour = EtcdTour()
        var o = EtcdPictureTests.observation()
        tour.goOn(o, settings: settings, now: 0)
        #expect(say(tour.report(o, settings: settings, now: 100)).hasPrefix("Neptune leads at term 2. Kill it"))
        o.members[2].running = false  // a follower first (a wrong turn), then the leader
        o.members[0].running = false
        let waiting = say(tour.report(o, settings: settings, now: 1000))
        #expect(waiting.hasPrefix("The others stop hearing Neptune's heartbeats"))
        #expect(waiting.contains("But only 1 of 3 members are up and connected"))
        o.members[2].running = true
        #expect(!say(tour.report(o, settings: settings, now: 1100)).contains("But only"))
        lead(&o, 1, term: 3, agree: [1, 2])
        let after = say(tour.report(o, settings: settings, now: 20_000))
        #expect(after.hasPrefix("Saturn leads at a higher term, 19 s after the kill: longer than two election timeouts"), "\(after)")
        #expect(!after.contains("at most"))
    }

    @Test func theOldLeaderHealedTooEarlyIsToldToBeCutOffAgain() {
        var o = EtcdPictureTests.observation()
        let c = TourContext(observation: o, memory: TourMemory(member: 0, term: 2), now: 0, settings: settings)
        #expect(TourSteps.electedBeyond.text(c).en.contains("is not cut off any more"))
        o.members[0].isolated = true
        let cut = TourContext(observation: o, memory: TourMemory(member: 0, term: 2), now: 0, settings: settings)
        #expect(!TourSteps.electedBeyond.text(cut).en.contains("not cut off"))
        o.members[1].isolated = true
        let both = TourContext(observation: o, memory: TourMemory(member: 0, term: 2), now: 0, settings: settings)
        #expect(TourSteps.electedBeyond.text(both).en.contains("But only 1 of 3"))
    }
}
