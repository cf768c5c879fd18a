/// A Korean particle (조사) whose form depends on the word before it: written after a final
/// consonant (받침) or after a vowel.
public enum Josa: String, Sendable, CaseIterable {
    case subject = "이/가", topic = "은/는", object = "을/를", with = "과/와", toward = "으로/로"
}

/// Korean particles after node names, numbers and values, which are mostly written in Latin
/// letters or digits.
///
/// Whether a word "ends in a consonant" is decided by how it is read in Korean:
/// 1. the nine default node names by table: Neptune (넵튠) and Saturn (새턴) end in ㄴ; Jupiter
///    (주피터), Mars (마스), Venus (비너스), Mercury (머큐리), Uranus (우라누스), Earth (어스)
///    and Pluto (플루토) end in a vowel;
/// 2. a single Latin letter (a key name) as its letter is read: l (엘) and r (알) with ㄹ, m (엠)
///    and n (엔) with ㄴ/ㅁ, every other letter with a vowel; the key names Tab (탭) and PgUp
///    (페이지 업) with a consonant;
/// 3. otherwise by the last letter or digit: a Hangul syllable by its 받침 (ㄹ apart); a digit
///    as read in Sino-Korean (0 영, 3 삼, 6 육: consonant; 1 일, 7 칠, 8 팔: ㄹ; 2, 4, 5, 9:
///    vowel; 10, 100 ... end in 0 and in a consonant too); a Latin word ending in l (or a
///    consonant + "le") reads with ㄹ, one ending in m, n, ng (or "me", "ne") with ㄴ/ㅁ/ㅇ,
///    anything else as a vowel (Mark 마크, Kate 케이트).
/// ㄹ counts as a consonant except before 으로/로, where it takes 로 (서울로).
public enum Korean {
    enum Ending: Sendable { case vowel, rieul, consonant }

    static let names: [String: Ending] = [
        "neptune": .consonant, "saturn": .consonant, "jupiter": .vowel, "mars": .vowel,
        "venus": .vowel, "mercury": .vowel, "uranus": .vowel, "earth": .vowel, "pluto": .vowel,
    ]

    /// The form of `josa` that reads naturally after `word` ("Saturn" + .subject -> "이").
    public static func particle(_ word: String, _ josa: Josa) -> String {
        let forms = josa.rawValue.split(separator: "/").map(String.init)
        switch (ending(of: word), josa) {
        case (.rieul, .toward), (.vowel, _): return forms[1]
        case (.rieul, _), (.consonant, _): return forms[0]
        }
    }

    /// Key names whose reading the spelling does not give.
    static let keys: [String: Ending] = ["tab": .consonant, "pgup": .consonant, "pgdn": .consonant]

    static func ending(of word: String) -> Ending {
        if let known = names[word.lowercased()] ?? keys[word.lowercased()] { return known }
        if word.count == 1, let letter = word.lowercased().first, letter.isASCII, letter.isLetter {
            return letterEnding(letter)
        }
        guard let last = word.unicodeScalars.last(where: { $0.properties.isAlphabetic || isDigit($0) }) else {
            return .vowel
        }
        if (0xAC00...0xD7A3).contains(last.value) { return hangulEnding(last.value) }
        if isDigit(last) { return digitEnding(last.value - 0x30) }
        return latinEnding(word.lowercased().filter { $0.isLetter })
    }

    /// A Latin letter as it is read aloud: 엘, 알 end in ㄹ; 엠, 엔 in a consonant; the rest in a vowel.
    private static func letterEnding(_ letter: Character) -> Ending {
        switch letter {
        case "l", "r": return .rieul
        case "m", "n": return .consonant
        default: return .vowel
        }
    }

    /// A verb stem with the ending -(으)ㄹ before 때까지 ("리더가 되" -> "리더가 될"): ㄹ joins an
    /// open last syllable, a stem ending in ㄹ stays, any other takes 을.
    public static func attributive(_ stem: String) -> String {
        guard let last = stem.unicodeScalars.last, (0xAC00...0xD7A3).contains(last.value) else { return stem + "을" }
        switch (last.value - 0xAC00) % 28 {
        case 0:
            var scalars = String.UnicodeScalarView(stem.unicodeScalars.dropLast())
            scalars.append(Unicode.Scalar(last.value + 8)!)
            return String(scalars)
        case 8: return stem
        default: return stem + "을"
        }
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) }

    private static func hangulEnding(_ syllable: UInt32) -> Ending {
        switch (syllable - 0xAC00) % 28 {
        case 0: return .vowel
        case 8: return .rieul
        default: return .consonant
        }
    }

    private static func digitEnding(_ digit: UInt32) -> Ending {
        switch digit {
        case 0, 3, 6: return .consonant
        case 1, 7, 8: return .rieul
        default: return .vowel
        }
    }

    private static func latinEnding(_ word: String) -> Ending {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var letters = Array(word)
        // A silent e after l, m or n: Kyle (카일), Jane (제인), Neptune (넵튠).
        if letters.count >= 3, letters.last == "e", !vowels.contains(letters[letters.count - 2]) {
            letters.removeLast()
        }
        switch letters.last {
        case "l": return .rieul
        case "m", "n": return .consonant
        case "g" where letters.dropLast().last == "n": return .consonant
        default: return .vowel
        }
    }
}
