/// One string per token, read through the token's thread-wide word index: each word's string
/// and lowercase form are stored once for the thread, side by side (`WordStrings`), and
/// `self[k]` is one of the two of token `k`'s word.
///
/// A document says "the" or a name many times; holding its string once per word spares
/// building, retaining and releasing an array of strings per token, or per document.
struct TokenStrings: RandomAccessCollection {
    /// The strings read (a snapshot: words added later are not needed): held, as the cache
    /// adds words only to strings no one else holds.
    let all: WordStrings
    /// The string of thread-wide word 0 in the form read (its text or lowercase form); word
    /// `w`'s is `w` pairs (`stride` strings each) on.
    let first: UnsafePointer<String>
    /// The number of thread-wide words readable.
    let wordCount: Int
    /// Each token's thread-wide word index.
    let words: [Int32]
    /// The thread-wide index of each document word id (`TokenFeatures.threadWords`).
    let threadWords: [Int32]

    /// The texts (or, if `lowercase`, the lowercase forms) of `all`, for tokens of these words.
    init(all: WordStrings, lowercase: Bool, words: [Int32], threadWords: [Int32]) {
        self.all = all
        let field = lowercase ? \WordStrings.Pair.lower : \WordStrings.Pair.text
        first = (UnsafeRawPointer(all.pairs) + MemoryLayout<WordStrings.Pair>.offset(of: field)!).assumingMemoryBound(to: String.self)
        wordCount = all.count
        self.words = words
        self.threadWords = threadWords
    }

    var startIndex: Int { 0 }
    var endIndex: Int { words.count }

    /// The string of token `k`.
    @inline(__always)
    subscript(k: Int) -> String { Self.string(Int(words[k]), first, wordCount) }

    /// Where the string of token `k` is kept, for as long as `all` is: read there in place, it
    /// is not copied (retained and released) out of the pair.
    @inline(__always)
    func address(_ k: Int) -> UnsafePointer<String> {
        let word = Int(words[k])
        precondition(word >= 0 && word < wordCount, "word index out of range")
        return first + word &* Self.stride
    }

    /// Strings from one word's to the next's: a pair holds two (a constant).
    @inline(__always) static var stride: Int { MemoryLayout<WordStrings.Pair>.stride / MemoryLayout<String>.stride }

    /// The string of thread-wide word `word` of the `count` from `first`.
    @inline(__always)
    static func string(_ word: Int, _ first: UnsafePointer<String>, _ count: Int) -> String {
        precondition(word >= 0 && word < count, "word index out of range")
        return first[word &* stride]
    }

    /// The strings by document word id.
    var distinct: Distinct { Distinct(all: all, first: first, wordCount: wordCount, threadWords: threadWords) }

    /// The string of each document word id.
    struct Distinct {
        let all: WordStrings
        let first: UnsafePointer<String>
        let wordCount: Int
        let threadWords: [Int32]

        /// The number of document word ids.
        var count: Int { threadWords.count }

        /// The string of document word id `id`.
        @inline(__always)
        subscript(id: Int) -> String { TokenStrings.string(Int(threadWords[id]), first, wordCount) }
    }
}
