/// The capitalised run last found in a document, by its first token: the recognizer asks for
/// the run at the same token several times in a row (a person's name, then a contextual name,
/// then a lone word), and each asking after the first reads it back.
///
/// The run must depend on the token index alone (for one document and one recognizer), as
/// `EntityRecognizer.capitalizedRun` does.
final class RunMemo {
    /// First token of the remembered run, or -1.
    private var start = -1
    private var run = (end: 0, words: 0)

    /// The run at token `i`: remembered, or found by `find` now and remembered (in place of the last).
    @inline(__always)
    func run(at i: Int, _ find: () -> (end: Int, words: Int)) -> (end: Int, words: Int) {
        if i == start { return run }
        run = find()
        start = i
        return run
    }
}

/// The last stretch of tokens a head-word scan (`EntityRecognizer.headedName`) read without
/// meeting a head word: a scan from a later token of the stretch reads a part of it and ends
/// where it ended, so it meets none either, and is not run again.
final class HeadlessStretch {
    /// The scan began at `from` and stopped before `until` on its own (not at its length bound).
    @exclusivity(unchecked) private var from = -1, until = -1

    /// Whether a scan from token `i` is known to meet no head word.
    @inline(__always)
    func covers(_ i: Int) -> Bool { i > from && i < until }

    /// Remembers a scan from `start` that met no head word and stopped before `end`.
    @inline(__always)
    func remember(from start: Int, until end: Int) {
        from = start
        until = end
    }
}
