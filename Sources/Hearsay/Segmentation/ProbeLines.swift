/// Adds to `bytes` one line (ended by a line feed) for every sequence of `length` scalars of
/// `scalars`, each after `head`, in order (the last scalar changing fastest), as UTF-8: the
/// probes with which `WordBreaker` and `SentenceBreaker` check themselves against ICU.
func appendProbeLines(to bytes: inout [UInt8], sequencesOf scalars: [Unicode.Scalar], length: Int, after head: [UInt8] = []) {
    let encoded = scalars.map { Array(String($0).utf8) }
    guard !encoded.isEmpty else { return }
    var index = [Int](repeating: 0, count: length)
    while true {
        bytes += head
        for k in index { bytes += encoded[k] }
        bytes.append(0x0A)
        var k = length - 1
        while k >= 0, index[k] == encoded.count - 1 { index[k] = 0; k -= 1 }
        if k < 0 { return }
        index[k] += 1
    }
}
