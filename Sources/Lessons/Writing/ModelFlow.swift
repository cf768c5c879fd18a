import RaftCore

/// The flow form of each model value, as the format writes it.
enum ModelFlow {
    /// TEXT: a plain string, or `{en: "...", ko: "..."}`.
    static func text(_ text: LocalizedText) -> Flow {
        if text.isPlain { return .quoted(text.translations[0].text) }
        return .map(text.translations.map { ($0.language, .quoted($0.text)) })
    }

    /// The keys a timing patch sets, as in `configure`.
    static func timing(_ patch: TimingPatch) -> [(String, Flow)] {
        var pairs: [(String, Flow)] = []
        if let heartbeat = patch.heartbeat { pairs.append(("heartbeat", .number(heartbeat))) }
        if let election = patch.election { pairs.append(("election", .range(election))) }
        if let latency = patch.latency { pairs.append(("latency", .range(latency))) }
        return pairs
    }

    /// The keys of a timing that differ from the defaults.
    static func timing(_ timing: TimingSpec) -> [(String, Flow)] {
        let base = TimingSpec()
        return self.timing(TimingPatch(
            heartbeat: timing.heartbeat == base.heartbeat ? nil : timing.heartbeat,
            election: timing.election == base.election ? nil : timing.election,
            latency: timing.latency == base.latency ? nil : timing.latency))
    }

    /// The engine switches that differ from the defaults.
    static func engine(_ engine: EngineSpec) -> [(String, Flow)] {
        let base = EngineSpec()
        var pairs: [(String, Flow)] = []
        if engine.prevote != base.prevote { pairs.append(("prevote", bool(engine.prevote))) }
        if engine.checkQuorum != base.checkQuorum { pairs.append(("check_quorum", bool(engine.checkQuorum))) }
        if engine.batch != base.batch { pairs.append(("batch", .number(engine.batch))) }
        if engine.pipeline != base.pipeline { pairs.append(("pipeline", bool(engine.pipeline))) }
        if engine.noop != base.noop { pairs.append(("noop", bool(engine.noop))) }
        return pairs
    }

    /// `{term: T, voted_for: NAME, log: [...], commit: C}` without default keys.
    static func state(_ state: NodeState) -> Flow {
        var pairs: [(String, Flow)] = []
        if state.term != 0 { pairs.append(("term", .number(state.term))) }
        if let vote = state.votedFor { pairs.append(("voted_for", .quoted(vote))) }
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
