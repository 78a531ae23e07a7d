/// Unicode's White_Space property, answered from its list rather than the runtime's property
/// tables (a look-up there cost more than the rest of a short check).
enum WhiteSpace {
    /// Whether `scalar` has the property `White_Space`: the 25 scalars of PropList.txt
    /// (`WhiteSpaceTests` compares the list with `Unicode.Scalar.Properties.isWhitespace`).
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
