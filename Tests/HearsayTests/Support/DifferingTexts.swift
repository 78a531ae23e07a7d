import Testing

/// Puts `count` texts from `make` to `candidate` and to its `oracle`, and records the first ten
/// on which their answers differ (`describe` puts an answer in words, for the text it is of);
/// returns how many differed. The random comparisons of the segmenter's breakers with ICU.
func differingTexts<Answer: Equatable>(_ count: Int, _ make: () -> String, candidate: (String) throws -> Answer?,
                                       oracle: (String) throws -> Answer?, describe: (Answer?, String) -> String) rethrows -> Int {
    var failures = 0
    for _ in 0..<count {
        let text = make()
        let actual = try candidate(text), expected = try oracle(text)
        guard actual != expected else { continue }
        failures += 1
        if failures <= 10 { Issue.record("\(text.debugDescription): \(describe(actual, text)) instead of \(describe(expected, text))") }
    }
    return failures
}
