/// The process's check that `SentenceBreaker` finds what the ICU it runs against finds.
extension SentenceBreaker {
    /// Scalars standing for every class the breaker covers (a line feed ends each probe line):
    /// other, lower, upper, OLetter, numeric, SContinue, close, space, ATerm, STerm, CR, Sep.
    static let probeScalars: [Unicode.Scalar] = ["#", "a", "A", "中", "1", ",", "\"", " ", ".", "?", "\r", "\u{2029}"]

    /// What follows an exception in the probe: spaces, closers, capitals, small letters, digits.
    static let exceptionTails = [" A", "  A", "A", "\" A", ") A", " a", " 1", " ", ""]

    /// The probe: every sequence of four `probeScalars`, then each of ICU's exceptions (and
    /// each part of it up to a full stop) alone, after a letter and after a space, followed by
    /// each of `exceptionTails`; one per line, as UTF-8.
    static func probeBytes(exceptions: SentenceExceptions) -> [UInt8] {
        let encoded = probeScalars.map { Array(String($0).utf8) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encoded.count * encoded.count * encoded.count * encoded.count * 6 + exceptions.strings.count * 600)
        for a in encoded {
            for b in encoded {
                for c in encoded {
                    for d in encoded {
                        bytes += a
                        bytes += b
                        bytes += c
                        bytes += d
                        bytes.append(0x0A)
                    }
                }
            }
        }
        var heads: Set<[UInt8]> = []
        for exception in exceptions.strings {
            let utf8 = Array(exception.utf8)
            for (k, byte) in utf8.enumerated() where byte == 0x2E { heads.insert(Array(utf8[...k])) }
            heads.insert(utf8)
        }
        for head in heads.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            for before in [[], [UInt8(ascii: "x")], [UInt8(ascii: " ")]] {
                for tail in exceptionTails {
                    bytes += before
                    bytes += head
                    bytes += tail.utf8
                    bytes.append(0x0A)
                }
            }
        }
        return bytes
    }

    /// Whether the breaker's boundaries of the probe are those of ICU's sentence iterator
    /// `iterator`, with `brokenRule` switched off in the breaker (the tests break one to see
    /// the check fail).
    static func agrees(with iterator: BreakIterator, exceptions: SentenceExceptions = .english, brokenRule: Rule = .none) -> Bool {
        let probe = probeBytes(exceptions: exceptions)
        return probe.withUnsafeBufferPointer { buffer in
            var mine: [Int32] = [0]
            guard boundaries(buffer, from: 0, into: &mine, exceptions: exceptions, brokenRule: brokenRule) == buffer.count,
                  let icu = try? UTF16Buffer().withUTF16(of: buffer, { units in
                      try iterator.boundaries(buffer, utf16: units, withStatus: false).offsets
                  })
            else { return false }
            return mine == icu
        }
    }

    /// Whether the breaker agrees with this process's ICU (`agrees(with:)`, once per process):
    /// true with ICU 72, whose rules and exceptions it follows. An ICU whose rules moved a
    /// boundary, or whose exceptions the breaker reads wrongly, turns the breaker off
    /// (`Segmenter.usesSentenceBreaker`), and every text goes to ICU's sentence iterator.
    static let agreesWithICU: Bool = {
        guard !SentenceExceptions.english.strings.isEmpty, let iterator = try? BreakIterator.make(.sentence) else { return false }
        return agrees(with: iterator)
    }()
}
