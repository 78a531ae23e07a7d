/// One string per token, read through the token's thread-wide word index: each word's string is
/// stored once for the thread (`WordCache.texts`, `.lowers`), and `self[k]` is the string of token `k`'s word.
///
/// A document says "the" or a name many times; holding its string once per word spares
/// building, retaining and releasing an array of strings per token, or per document.
struct TokenStrings: RandomAccessCollection {
    /// The string of each thread-wide word (a snapshot: words added later are not needed).
    let all: [String]
    /// Each token's thread-wide word index.
    let words: [Int32]
    /// The thread-wide index of each document word id (`TokenFeatures.threadWords`).
    let threadWords: [Int32]

    var startIndex: Int { 0 }
    var endIndex: Int { words.count }

    /// The string of token `k`.
    @inline(__always)
    subscript(k: Int) -> String { all[Int(words[k])] }

    /// The strings by document word id.
    var distinct: Distinct { Distinct(all: all, threadWords: threadWords) }

    /// The string of each document word id.
    struct Distinct {
        let all: [String]
        let threadWords: [Int32]

        /// The number of document word ids.
        var count: Int { threadWords.count }

        /// The string of document word id `id`.
        @inline(__always)
        subscript(id: Int) -> String { all[Int(threadWords[id])] }
    }
}
