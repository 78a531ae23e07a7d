/// Where the next possible head word of a headed name is, found by one forward scan of a
/// document: `EntityRecognizer.headedName(at:)` sets a head only at a capitalised word whose
/// word (without a possessive ending) is a name head and that no hyphen joins to the next
/// token, within sixteen tokens of its start and in its sentence; where no such word lies
/// ahead it finds nothing, and need not be asked.
///
/// The recogniser asks at ascending tokens, so each token is tested once per document.
struct HeadWordCursor {
    /// No head word lies in `from..<position` for the token last asked about (`from`): the
    /// scan goes on from here.
    private var position = 0

    /// Whether a head word lies in `i..<stop` (`stop` at most the end of token `i`'s sentence);
    /// `isHead(k)` tells whether token `k` is one. `i` must not be below the last `i` asked.
    ///
    /// `nextCandidate(k)` is the first token from `k` on that may be a head (none before it is
    /// one; the recogniser passes over the tokens neither capitalised nor in capitals eight at
    /// a time): in callgrind of the 168 PolNeAR texts, testing every token took 2.5 M
    /// instructions, most tokens being lowercase words and punctuation.
    @inline(__always)
    mutating func headAhead(from i: Int, before stop: Int, nextCandidate: (Int) -> Int, _ isHead: (Int) -> Bool) -> Bool {
        if position < i { position = i }
        while position < stop {
            position = nextCandidate(position)
            if position >= stop || isHead(position) { break }
            position += 1
        }
        return position < stop
    }
}
