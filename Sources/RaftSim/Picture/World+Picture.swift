import Picture

/// The cluster picture of a simulated world (architecture.md, "the cluster picture"): built
/// from a copy of the world, outside the runtime's lock, once per publication.
extension World where Engine: PicturedEngine {
    /// The picture of this world, with `events` already converted (`eventPicture`).
    public func picture(run: RunPicture, events: [EventPicture], lesson: LessonReport? = nil) -> ClusterPicture {
        var picture = ClusterPicture(
            now: now, run: run, measured: .everything, nodes: Engine.nodes(self), links: linkPictures,
            messages: messagePictures, clients: clientsPicture,
            settings: SettingsPicture(heartbeat: Engine.heartbeat(settings), latency: latency,
                                      options: Engine.options(self), legend: Engine.legend,
                                      marks: Engine.marks),
            monitor: monitorPicture, events: events, lesson: lesson)
        picture.throughput = Engine.throughput(self)
        picture.controller = Engine.controller(self)
        picture.settings.nodeMarks = Engine.nodeMarks
        picture.settings.clientMarks = Engine.clientMarks
        picture.settings.groupsMark = Engine.groupsMark
        picture.settings.diagramMarks = Engine.diagramMarks
        picture.settings.ruleTags = Self.ruleTags(picture.settings)
        return picture
    }

    /// The engine's tag of every rule its marks cite, where it differs from `Citation.shownTag`
    /// (Kafka's documentation sections in the learner's language); Raft's marks need none.
    static func ruleTags(_ s: SettingsPicture) -> [Citation: Phrase] {
        let marks = s.marks + s.nodeMarks + s.clientMarks + s.diagramMarks + (s.groupsMark.map { [$0] } ?? [])
        var tags: [Citation: Phrase] = [:]
        for rule in marks.flatMap(\.rules) where Engine.shownTag(of: rule) != rule.shownTag {
            tags[rule] = Engine.shownTag(of: rule)
        }
        return tags
    }

    /// Every one-way link, in `from * n + to` order.
    var linkPictures: [LinkPicture] {
        var out: [LinkPicture] = []
        out.reserveCapacity(size * size)
        for from in 0..<size {
            for to in 0..<size {
                out.append(LinkPicture(link: Link(from: from, to: to), partitioned: network.partitioned(from, to),
                                       cut: network.cuts[network.link(from, to)],
                                       slow: network.slow[from] != nil || network.slow[to] != nil))
            }
        }
        return out
    }

    /// Messages in flight, oldest first per link; the oldest of each link is explained.
    var messagePictures: [MessagePicture] {
        var out: [MessagePicture] = []
        for from in 0..<size {
            for to in 0..<size {
                for (k, e) in network.links[network.link(from, to)].enumerated() {
                    let explain = k == 0 ? Engine.explain(e.message, sentAt: e.sentAt, deliverAt: e.deliverAt, self) : nil
                    out.append(MessagePicture(link: Link(from: from, to: to), sentAt: e.sentAt, deliverAt: e.deliverAt,
                                              look: Engine.look(e.message), position: k, explain: explain))
                }
            }
        }
        return out
    }

    var clientsPicture: ClientsPicture {
        var p = ClientsPicture(acks: acks.rawValue, believedLeader: clients.believedLeader, acked: clients.acked,
                               lost: clients.lost, consumerPosition: clients.consumerPosition, consumed: clients.consumed,
                               waitingCount: waitingWrites.count, waiting: waitingWrites.first)
        p.refused = clients.errors  // kafka-mode.md, the `errors` condition
        if !clients.reads.isEmpty {
            let waiting = clients.reads.filter { !$0.done }.prefix(WaitingWrite.shown)
                .map { WaitingWrite(value: "R\($0.id + 1)", target: $0.target) }
            p.reads = ReadsPicture(ok: clients.readsOK, stale: clients.readsStale, refused: clients.readsRefused,
                                   waiting: Array(waiting))
        }
        return p
    }

    /// Writes the client still waits on: sent with acks 1 or all, not yet acknowledged nor lost
    /// (acks 0 waits for nothing; an acknowledged write whose answer is on its way is counted
    /// by `acked`, so the card never shows one write both ways): how many, and the first few.
    /// Values come from files: shown escaped ("Limits").
    var waitingWrites: (count: Int, first: [WaitingWrite]) {
        var count = 0
        var first: [WaitingWrite] = []
        for case let w? in clients.writes where w.acks != .zero && !w.acked && !w.answered && !w.lost {
            count += 1
            if first.count < WaitingWrite.shown {
                first.append(WaitingWrite(value: ShownText.escaped(values[w.id]), target: w.target))
            }
        }
        return (count, first)
    }

    var monitorPicture: MonitorPicture {
        let en = Describer(names: names, values: values, lang: .en)
        let ko = Describer(names: names, values: values, lang: .ko)
        return MonitorPicture(
            properties: Engine.Checks.properties.map { Phrase(en: Engine.name(of: $0, en), ko: Engine.name(of: $0, ko)) },
            violations: violations.map {
                ViolationPicture(time: $0.time, text: Phrase(en: en.violation($0, Engine.self), ko: ko.violation($0, Engine.self)),
                                 property: Phrase(en: Engine.name(of: $0.property, en), ko: Engine.name(of: $0.property, ko)),
                                 guarantee: Engine.guarantee(of: $0.property),
                                 detail: Phrase(en: Engine.describe($0, en), ko: Engine.describe($0, ko)))
            })
    }

    /// One event as the screen shows it, in every language.
    public func eventPicture(_ e: SimEvent<Engine>) -> EventPicture {
        Self.textPicture(e, names: names, values: values)
    }

    /// One event as the screen shows it, from the names and values it speaks of.
    static func textPicture(_ e: SimEvent<Engine>, names: [String], values: [String]) -> EventPicture {
        let en = Describer(names: names, values: values, lang: .en).line(e)
        let ko = Describer(names: names, values: values, lang: .ko).line(e)
        let rules = en.rules.map { RulePicture(tag: Engine.shownTag(of: $0), meaning: Engine.meaning(of: $0)) }
        // The live view's tags are words in the learner's language (issue 11); transcripts keep `rendered`.
        return EventPicture(time: e.time, text: Phrase(en: en.shown(.en, tag: Engine.shownTag), ko: ko.shown(.ko, tag: Engine.shownTag)),
                            rules: rules, kind: kind(of: e), main: e.isMain)
    }

    static func kind(of e: SimEvent<Engine>) -> EventPicture.Kind {
        switch e.kind {
        case .crashed(let n): return .crashed(n)
        case .restarted(let n): return .restarted(n)
        case let .note(n, note): return Engine.kind(of: note, by: n)
        case let .delivered(m, sentAt): return .delivered(Link(from: m.from, to: m.to), sentAt: sentAt, look: Engine.look(m))
        case .violation: return .violation
        case .write(.lost): return .lostWrite
        default: return .other
        }
    }
}
