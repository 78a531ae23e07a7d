/// One `Lexicons` value behind a reference: a copy of `Lexicons` retains and releases each of
/// its tables, so `EntityRecognizer` reads the value in place (a `_read` accessor yields it
/// without copying) and a worker (`Analyzer`) boxes its pipeline's lexicons once, not once per
/// document.
final class LexiconsBox: Sendable {
    let lexicons: Lexicons
    init(_ lexicons: Lexicons) { self.lexicons = lexicons }
}
