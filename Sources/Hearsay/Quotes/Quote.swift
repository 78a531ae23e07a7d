/// A quotation found in a document, with its attribution once the sieves have run.
public struct Quote: Sendable, Equatable {
    /// How the quote appears in the text.
    public enum Kind: String, Sendable, Codable {
        /// Words inside quotation marks that stand as speech of their own.
        case direct
        /// Quoted words woven into the writer's sentence, right after the words that introduce
        /// them (`called it “a disaster”`, `described as “an intentional act”`), or with no speaker.
        case partial
        /// A quoted fragment inside the writer's paraphrase of what someone said (mixed
        /// quotation): `She said Trump favors a “strongman approach”`. What is reported is the
        /// paraphrase; the fragment alone is not a direct quote.
        case mixed
        /// A block quotation (`<blockquote>`), no marks needed.
        case block
        /// Reported speech without marks (`X said that …`), only with the indirect option.
        case indirect
    }

    /// The quoted words, without the marks.
    public var span: Span
    /// The opening mark, when there is one.
    public var openMark: Span?
    /// The closing mark, when there is one.
    public var closeMark: Span?
    public var kind: Kind
    /// Index of the paragraph holding the quote.
    public var paragraph: Int
    /// Quotes of one multi-paragraph quotation share a group number.
    public var group: Int
    /// Whether this run continues a quotation opened in an earlier paragraph.
    public var continuesPrevious: Bool
    /// 0 for a top-level quote, 1 for a quote inside another.
    public var depth: Int
    /// Set when the closing mark was missing and the quote runs to the end of its paragraph.
    public var unclosed: Bool
    /// Who said it, once attributed.
    public var attribution: Attribution?

    public init(span: Span, openMark: Span?, closeMark: Span?, kind: Kind, paragraph: Int, group: Int,
                continuesPrevious: Bool = false, depth: Int = 0, unclosed: Bool = false) {
        self.span = span
        self.openMark = openMark
        self.closeMark = closeMark
        self.kind = kind
        self.paragraph = paragraph
        self.group = group
        self.continuesPrevious = continuesPrevious
        self.depth = depth
        self.unclosed = unclosed
    }

    /// The full extent including the marks.
    public var outer: Span { Span(openMark?.start ?? span.start, closeMark?.end ?? span.end) }
}

/// Who a quote is attributed to, by which rule and how surely.
public struct Attribution: Sendable, Equatable {
    /// The speaker's canonical name ("Jim Mattis", "the Kremlin", "a spokesman").
    public var speaker: String
    /// The words in the text that name the speaker here ("Mr Mattis", "He").
    public var mention: Span
    /// Index into the document's entities when the speaker is a known person or organisation.
    public var entity: Int?
    /// The reporting verb, when there is one.
    public var cue: Span?
    /// The lemma of the cue ("say").
    public var cueLemma: String?
    /// Name of the sieve that decided.
    public var sieve: String
    /// 0...1.
    public var confidence: Double

    public init(speaker: String, mention: Span, entity: Int?, cue: Span?, cueLemma: String?, sieve: String, confidence: Double) {
        self.speaker = speaker
        self.mention = mention
        self.entity = entity
        self.cue = cue
        self.cueLemma = cueLemma
        self.sieve = sieve
        self.confidence = confidence
    }
}
