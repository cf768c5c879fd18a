extension Role {
    /// The role as a word: leader, follower, candidate, pre-candidate.
    public var word: Phrase {
        switch self {
        case .follower: Phrase(en: "follower", ko: "팔로워")
        case .preCandidate: Phrase(en: "pre-candidate", ko: "사전 후보")
        case .candidate: Phrase(en: "candidate", ko: "후보")
        case .leader: Phrase(en: "leader", ko: "리더")
        }
    }
}
