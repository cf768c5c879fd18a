import RaftCore
import Testing
@testable import RaftSim

/// The learner's words below the screen (issue 11): Korean particles after key names, the
/// -(으)ㄹ form, spoken times, rule tags in the learner's language, the unsafe rules in words.
struct LearnerWordsTests {
    /// A key is read by its letter's name: r (알) and l (엘) take 을, t (티) and x (엑스) take 를.
    @Test func particlesAfterKeyNames() {
        let object = ["r": "을", "l": "을", "m": "을", "n": "을", "c": "를", "t": "를", "x": "를", "W": "를", "R": "을",
                      "Tab": "을", "Enter": "를", "Space": "를", "PgUp": "을", "PgDn": "을", "Esc": "를"]
        for (key, particle) in object { #expect(Korean.particle(key, .object) == particle, "\(key)") }
        #expect(Korean.particle("r", .toward) == "로")
        #expect(Korean.particle("m", .toward) == "으로")
    }

    @Test func theAttributiveFormBeforeTtaekkaji() {
        #expect(Korean.attributive("리더가 되") == "리더가 될")
        #expect(Korean.attributive("깨지") == "깨질")
        #expect(Korean.attributive("투표하") == "투표할")
        #expect(Korean.attributive("살") == "살")
        #expect(Korean.attributive("없") == "없을")
    }

    @Test func timesAsALearnerSaysThem() {
        #expect(TimeText.spoken(300) == Phrase(en: "300 ms", ko: "300 ms"))
        #expect(TimeText.spoken(3000) == Phrase(en: "3 s", ko: "3초"))
        #expect(TimeText.spoken(1500) == Phrase(en: "1.5 s", ko: "1.5초"))
        #expect(TimeText.spoken(2250) == Phrase(en: "2.25 s", ko: "2.25초"))
        #expect(TimeText.seconds(3204, .ko) == "3.204초")
        #expect(TimeText.seconds(3204, .en) == "3.204s")
    }

    /// The live view's tags: figures in the learner's language, broken rules in words; the
    /// transcript's tags (`rendered`) stay as they are, for authors.
    @Test func tagsInTheLearnersLanguage() {
        let line = TextLine("Saturn holds entry 2", .commitOwnTerm, .figure8)
        #expect(line.shown(.ko, tag: RaftEngine.shownTag) == "Saturn holds entry 2 [5.4.2, 그림 8]")
        #expect(line.shown(.en, tag: RaftEngine.shownTag) == "Saturn holds entry 2 [5.4.2, Figure 8]")
        #expect(line.rendered == "Saturn holds entry 2 [5.4.2, Figure 8]")
        let broken = TextLine("x", .unsafeCommitOldTerms)
        #expect(broken.shown(.en, tag: RaftEngine.shownTag) == "x [broken on purpose: commits old-term entries by counting]")
        #expect(broken.shown(.ko, tag: RaftEngine.shownTag) == "x [일부러 깬 규칙: 이전 임기 항목을 복제본 수만 세어 커밋]")
        #expect(broken.rendered == "x [unsafe: commit_old_terms]")
        #expect(Citation.preVote.shownTag == Phrase("Pre-Vote"))
    }

    @Test func everyUnsafeRuleHasWords() {
        for (name, rule) in UnsafeRules.named {
            let words = RaftRules.words(rule)
            #expect(!words.en.contains("_") && !words.en.isEmpty && words.en != name)
            #expect(words.ko.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "\(name)")
        }
    }

    /// The banner's sentence for each property of Figure 3, short enough for one row of 80.
    @Test func everyGuaranteeFitsTheBanner() {
        for property in RaftEngine.Checks.properties {
            let guarantee = RaftEngine.guarantee(of: property)
            let name = Phrase(en: RaftEngine.name(of: property, Describer(names: [], values: [""], lang: .en)),
                              ko: RaftEngine.name(of: property, Describer(names: [], values: [""], lang: .ko)))
            #expect("⚠ \(name.en) broken: \(guarantee.en)".count <= 78, "\(property)")
            let ko = "⚠ \(name.ko) 깨짐: \(guarantee.ko)"
            let columns = ko.unicodeScalars.reduce(0) { $0 + ((0xAC00...0xD7A3).contains($1.value) ? 2 : 1) }
            #expect(columns <= 78, "\(property)")
        }
    }
}
