/// Deterministic tag soup for tests that compare two readings of the same page: pages made of
/// pieces drawn by a 64-bit linear congruential generator, so a failing page comes back on
/// every run.
struct TagSoup {
    private var state: UInt64

    /// A generator starting from `seed`.
    init(seed: UInt64) { state = seed }

    /// The next draw, from the generator's high bits.
    mutating func next() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(truncatingIfNeeded: state >> 33)
    }

    /// A page of 5 to 4 + `maxPieces` pieces drawn from `pieces`.
    mutating func page(_ pieces: [String], maxPieces: Int) -> String {
        (0..<(5 + next() % maxPieces)).map { _ in pieces[next() % pieces.count] }.joined()
    }
}
