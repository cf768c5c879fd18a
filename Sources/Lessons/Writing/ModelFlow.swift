import RaftCore

/// The flow form of each model value, as the format writes it.
enum ModelFlow {
    /// TEXT: a plain string, or `{en: "...", ko: "..."}`.
    static func text(_ text: LocalizedText) -> Flow {
        if text.isPlain { return .quoted(text.translations[0].text) }
        return .map(text.translations.map { ($0.language, .quoted($0.text)) })
    }

    /// The `timing` keys set: heartbeat and election of `engine`, and `latency`.
    static func timing(_ engine: EngineConfig.Change?, latency: ClosedRange<Int>?) -> [(String, Flow)] {
        var pairs: [(String, Flow)] = []
        if let heartbeat = engine?.heartbeat { pairs.append(("heartbeat", .number(heartbeat))) }
        if let election = engine?.election { pairs.append(("election", .range(election))) }
        if let latency { pairs.append(("latency", .range(latency))) }
        return pairs
    }

    /// The `timing` keys of a cluster that differ from the defaults.
    static func timing(_ spec: WorldSpec) -> [(String, Flow)] {
        let base = WorldSpec(names: spec.names)
        let engine = EngineConfig.Change(
            heartbeat: spec.engine.heartbeat == base.engine.heartbeat ? nil : spec.engine.heartbeat,
            election: spec.engine.election == base.engine.election ? nil : spec.engine.election)
        return timing(engine, latency: spec.latency == base.latency ? nil : spec.latency)
    }

    /// The `engine` switches of a cluster that differ from the defaults.
    static func engine(_ engine: EngineConfig) -> [(String, Flow)] {
        let base = EngineConfig(size: engine.size)
        var pairs: [(String, Flow)] = []
        if engine.preVote != base.preVote { pairs.append(("prevote", bool(engine.preVote))) }
        if engine.checkQuorum != base.checkQuorum { pairs.append(("check_quorum", bool(engine.checkQuorum))) }
        if engine.batch != base.batch { pairs.append(("batch", .number(engine.batch))) }
        if engine.pipeline != base.pipeline { pairs.append(("pipeline", bool(engine.pipeline))) }
        if engine.noop != base.noop { pairs.append(("noop", bool(engine.noop))) }
        if engine.snapshotEvery != base.snapshotEvery { pairs.append(("snapshot_every", .number(engine.snapshotEvery))) }
        return pairs
    }

    /// `{term: T, voted_for: NAME, log: [...], commit: C}` without default keys; `names` name the vote.
    static func state(_ state: InitialState, names: [String]) -> Flow {
        var pairs: [(String, Flow)] = []
        if state.term != 0 { pairs.append(("term", .number(state.term))) }
        if let vote = state.votedFor { pairs.append(("voted_for", .quoted(names[vote]))) }
        if !state.log.isEmpty { pairs.append(("log", .list(state.log.map(logItem)))) }
        if state.commit != 0 { pairs.append(("commit", .number(state.commit))) }
        return .map(pairs)
    }

    /// `T`, or `{term: T, value: "x"}` for an entry carrying a value.
    static func logItem(_ item: LogItem) -> Flow {
        guard let value = item.value else { return .number(item.term) }
        return .map([("term", .number(item.term)), ("value", .quoted(value))])
    }

    static func bool(_ value: Bool) -> Flow { .plain(value ? "true" : "false") }

    static func acks(_ mode: Acks) -> Flow { .plain(mode.rawValue) }

    /// Rule names in the format's order (`UnsafeRules.named`).
    static func unsafe(_ rules: UnsafeRules) -> Flow { .list(rules.names.map(Flow.plain)) }

    /// `3`, or `">= 3"` quoted for a comparison.
    static func number(_ match: NumberMatch) -> Flow {
        match.op == .eq ? .number(match.value) : .quoted(match.description)
    }
}
