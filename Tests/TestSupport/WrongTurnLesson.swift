/// The lesson the wrong-turn tests share (issue 11): time out Saturn (Jupiter timing out is the
/// wrong turn), then switch acks to 1.
public enum WrongTurnLesson {
    public static func yaml(until: String = "{role: {Saturn: [candidate, leader]}}", solution: String = "[timeout: Saturn]",
                            when: String, example: String = "[timeout: Jupiter]") -> String {
        """
        title: wrong turns
        cluster:
          seed: 7
          state:
            Neptune: {term: 1}
            Saturn: {term: 1}
            Jupiter: {term: 1}
          leader: Neptune
        steps:
          - task:
              say: Time out Saturn
              until: \(until)
              solution: \(solution)
              wrong_turns:
                - when: \(when)
                  say: {en: "Jupiter timed out, so Jupiter is the candidate.", ko: "Jupiter가 타임아웃되어 후보가 되었습니다."}
                  example: \(example)
          - task:
              say: Switch acks to 1
              until: {configured: {acks: 1, prevote: false}}
              solution: [configure: {acks: 1}]
        """
    }
}
