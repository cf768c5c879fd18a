import Testing
@testable import Lessons

struct ConditionTests {
    @Test(arguments: [
        ("3", NumberMatch(3)), (" 3 ", NumberMatch(3)), ("== 3", NumberMatch(3)), (">= 3", NumberMatch(.ge, 3)),
        (">3", NumberMatch(.gt, 3)), ("<= 0", NumberMatch(.le, 0)), ("< 10", NumberMatch(.lt, 10)),
        ("!=  2", NumberMatch(.ne, 2)), ("-1", NumberMatch(-1)),
    ])
    func parsesNumbersAndComparisons(_ text: String, _ expected: NumberMatch) {
        #expect(NumberMatch.parse(text) == expected)
    }

    @Test(arguments: ["", ">=", "=> 3", "= 3", "3.0", "1e3", "0x3", "three", ">= -", "1_000", "99999999999999999999"])
    func refusesOtherText(_ text: String) {
        #expect(NumberMatch.parse(text) == nil)
    }

    @Test func matches() {
        #expect(NumberMatch(3).matches(3) && !NumberMatch(3).matches(4))
        #expect(NumberMatch(.ge, 3).matches(3) && NumberMatch(.ge, 3).matches(4) && !NumberMatch(.ge, 3).matches(2))
        #expect(NumberMatch(.gt, 3).matches(4) && !NumberMatch(.gt, 3).matches(3))
        #expect(NumberMatch(.le, 3).matches(3) && !NumberMatch(.le, 3).matches(4))
        #expect(NumberMatch(.lt, 3).matches(2) && !NumberMatch(.lt, 3).matches(3))
        #expect(NumberMatch(.ne, 3).matches(2) && !NumberMatch(.ne, 3).matches(3))
    }

    @Test func describesAsWritten() {
        #expect(NumberMatch(3).description == "3")
        #expect(NumberMatch(.ge, 3).description == ">= 3")
        #expect(NumberMatch(.ne, 0).description == "!= 0")
    }

    @Test func withinDefaultsTo5000() {
        #expect(Condition.defaultWithin == 5000)
        #expect(Condition(leader: .any).within == nil)
    }
}

/// Failure messages name an empty list so that it can be seen (issue 10: `expected , found [1]`).
struct EmptyListMessageTests {
    func mismatches(_ yaml: String) throws -> [String] {
        let s = try ScenarioLoader.parse(yaml: yaml, file: "t.yaml")
        guard case .expect(let c) = s.steps.last?.step else { Issue.record("not an expect"); return [] }
        return ConditionEvaluator(ClusterWorld(s.cluster)).mismatches(c)
    }

    @Test func anEmptyExpectedLogSaysEmpty() throws {
        let found = try mismatches("title: t\ncluster: {state: {Neptune: {term: 1, log: [1]}}}\nsteps: [{expect: {log: {Neptune: []}}}]")
        #expect(found == ["log Neptune: expected [] (empty), found [1]"])
    }

    @Test func anEmptyFoundLogSaysEmpty() throws {
        let found = try mismatches("title: t\nsteps: [{expect: {log: {Neptune: [1, 1]}}}]")
        #expect(found == ["log Neptune: expected [1, 1], found [] (empty)"])
    }
}
