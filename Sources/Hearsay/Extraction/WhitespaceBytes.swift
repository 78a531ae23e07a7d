/// Recognises collapsible white space directly in UTF-8 bytes, so text nodes can be normalised
/// without decoding them to scalars first.
///
/// ASCII white space and the Unicode spaces and line separators count; the no-break space
/// (U+00A0) does not, as HTML authors use it to glue words.
enum WhitespaceBytes {
    /// The byte length of the white-space character starting at `p` (before `end`), or 0 when
    /// it is something else.
    @inline(__always)
    static func width(_ p: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> Int {
        let byte = p.pointee
        if byte < 0x80 {
            return byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B ? 1 : 0
        }
        let room = end - p
        switch byte {
        case 0xC2:
            return room >= 2 && p[1] == 0x85 ? 2 : 0  // U+0085 next line
        case 0xE1:
            return room >= 3 && p[1] == 0x9A && p[2] == 0x80 ? 3 : 0  // U+1680 ogham space mark
        case 0xE2:
            guard room >= 3, p[1] == 0x80 || p[1] == 0x81 else { return 0 }
            let third = p[2]
            if p[1] == 0x80 {
                // U+2000…U+200A spaces, U+2028/2029 separators, U+202F narrow no-break space.
                return (third >= 0x80 && third <= 0x8A) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            }
            return third == 0x9F ? 3 : 0  // U+205F medium mathematical space
        case 0xE3:
            return room >= 3 && p[1] == 0x80 && p[2] == 0x80 ? 3 : 0  // U+3000 ideographic space
        default:
            return 0
        }
    }
}
