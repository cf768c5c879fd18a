import Testing
@testable import Lessons

/// TEXT, language detection and the loader's word helpers.
struct LocalizedTextTests {
    let text = LocalizedText(translations: [.init(language: "ko", text: "안녕"), .init(language: "en", text: "hello")])

    @Test func resolvesTheLanguageThenEnglishThenTheFirst() {
        #expect(text.resolve("ko") == "안녕")
        #expect(text.resolve("en") == "hello")
        #expect(text.resolve("fr") == "hello")
        #expect(text.resolve("ko_KR.UTF-8") == "안녕")
        let onlyKorean = LocalizedText(translations: [.init(language: "ko", text: "안녕"), .init(language: "ja", text: "こんにちは")])
        #expect(onlyKorean.resolve("fr") == "안녕")
        #expect(LocalizedText("plain").resolve("ko") == "plain")
        #expect(LocalizedText("plain").isPlain && !text.isPlain)
    }

    @Test func detectsTheLanguage() {
        #expect(Language.detect(explicit: "en", environment: ["LANG": "ko_KR.UTF-8"]) == "en")
        #expect(Language.detect(explicit: "ko", environment: [:]) == "ko")
        #expect(Language.detect(explicit: nil, environment: ["LANG": "ko_KR.UTF-8"]) == "ko")
        #expect(Language.detect(explicit: nil, environment: ["LC_ALL": "ko_KR.UTF-8", "LANG": "C"]) == "ko")
        #expect(Language.detect(explicit: nil, environment: ["LC_ALL": "en_US.UTF-8", "LANG": "ko_KR.UTF-8"]) == "en")
        #expect(Language.detect(explicit: nil, environment: ["LC_ALL": "", "LANG": "ko"]) == "ko")
        #expect(Language.detect(explicit: nil, environment: ["LANG": "C.UTF-8"]) == "en")
        #expect(Language.detect(explicit: nil, environment: [:]) == "en")
    }

    @Test func languageCodes() {
        #expect(Located.isLanguageCode("en") && Located.isLanguageCode("pt-BR") && Located.isLanguageCode("zh_Hant"))
        #expect(!Located.isLanguageCode("english") && !Located.isLanguageCode("e") && !Located.isLanguageCode("en-"))
    }

    @Test func suggestsNearWords() {
        #expect(Suggestion.closest(to: "prevot", in: ["prevote", "batch"]) == "prevote")
        #expect(Suggestion.closest(to: "xyz", in: ["prevote", "batch"]) == nil)
        #expect(Suggestion.distance("kitten", "sitting") == 3)
        #expect(Suggestion.distance("", "abc") == 3)
    }
}
