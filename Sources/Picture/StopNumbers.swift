/// The numbers a learner sees for where they are in a lesson: only stops count (narrations,
/// tasks, quizzes), so the header reads "step 3/12" without skipping over the steps the lesson
/// plays by itself (`run`, `wait`, `expect`, `scene`); decisions.md, "The learner's path".
public enum StopNumbers {
    /// The stop number (1-based) at each step: the stops up to and including it, at least 1.
    public static func at(_ isStop: [Bool]) -> [Int] {
        var count = 0
        return isStop.map { stop in
            if stop { count += 1 }
            return max(1, count)
        }
    }

    /// The stop shown at step `index` (0-based; past the end, the last) and how many there are.
    public static func shown(_ numbers: [Int], index: Int) -> (number: Int, count: Int) {
        let count = numbers.last ?? 0
        guard !numbers.isEmpty else { return (0, 0) }
        return (numbers[min(max(0, index), numbers.count - 1)], count)
    }
}
