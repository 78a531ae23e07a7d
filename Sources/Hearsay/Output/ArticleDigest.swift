import Foundation

/// What a person reads about one article: its quotes grouped by speaker, each with its cue and
/// the sentence around it, the unattributed quotes, the people, places and organisations
/// mentioned with counts, and the warnings.
///
/// The Markdown and HTML reports both render this; building it is O(quotes × log sentences +
/// mentions), and it holds only short strings (no copy of the article text).
public struct ArticleDigest: Sendable {
    /// One quote as a reader sees it.
    public struct Entry: Sendable, Equatable {
        /// Index of the quote in `Analysis.quotes` (HTML anchors use it).
        public var index: Int
        /// The quoted words, without the marks.
        public var text: String
        public var kind: Quote.Kind
        /// The words naming the speaker at this quote ("Mr Mattis", "He"), when attributed.
        public var mention: String?
        /// The reporting verb ("said"), when there is one.
        public var cue: String?
        /// The sieve that attributed the quote, when attributed.
        public var sieve: String?
        /// How sure the sieve is (0–1), when attributed.
        public var confidence: Double?
        /// The sentence (or sentences) holding the quote.
        public var context: Context

        /// The confidence with two decimals ("0.85"), when attributed.
        public var confidenceText: String? { confidence.map { String(format: "%.2f", $0) } }

        /// The facts line of a rendered entry (cue, speaker mention, sieve and confidence or
        /// "no speaker found", kind), each text passed through `escape` and the cue through `emphasis`.
        public func facts(escape: (String) -> String, emphasis: (String) -> String) -> [String] {
            var facts: [String] = []
            if let cue { facts.append("cue " + emphasis(escape(cue))) }
            if let mention { facts.append("named as “\(escape(mention))”") }
            if let sieve, let confidenceText {
                facts.append("sieve \(escape(sieve)), confidence \(confidenceText)")
            } else {
                facts.append("no speaker found")
            }
            facts.append("kind \(kind.rawValue)")
            return facts
        }
    }

    /// The sentence around a quote, split into the words before the quote, the quote with its
    /// marks, and the words after it; line breaks are flattened to spaces.
    public struct Context: Sendable, Equatable {
        public var before: String
        public var quote: String
        public var after: String
        /// The whole sentence.
        public var sentence: String { before + quote + after }
    }

    /// One speaker and their quotes, in text order.
    public struct Speaker: Sendable, Equatable {
        /// The canonical name ("Jim Mattis", "a spokesman").
        public var name: String
        /// Roles and titles the article gives the speaker ("defence secretary", "President").
        public var roles: [String]
        public var entries: [Entry]
    }

    /// A person, place or organisation and how often the article mentions it.
    public struct Count: Sendable, Equatable {
        public var name: String
        /// Roles and titles (people only).
        public var roles: [String]
        public var mentions: Int
    }

    /// The record id or path the input came with.
    public var id: String
    public var title: String?
    public var metadata: ArticleMetadata
    /// Speakers in order of their first quote.
    public var speakers: [Speaker]
    /// Quotes no sieve attributed, in text order.
    public var unattributed: [Entry]
    public var people: [Count]
    public var places: [Count]
    public var organizations: [Count]
    /// Warnings as `code: message` strings.
    public var warnings: [String]

    /// Number of quotes, attributed or not.
    public var quoteCount: Int { speakers.reduce(unattributed.count) { $0 + $1.entries.count } }

    /// Builds the digest of `analysis`.
    public init(_ analysis: Analysis) {
        let document = analysis.document
        id = analysis.id
        title = analysis.title
        metadata = analysis.metadata
        warnings = analysis.warnings.map(\.description)

        var speakers: [Speaker] = []
        var slot: [String: Int] = [:]
        var unattributed: [Entry] = []
        for (index, quote) in analysis.quotes.enumerated() {
            let attribution = quote.attribution
            let entry = Entry(index: index, text: document.string(quote.span), kind: quote.kind,
                              mention: attribution.map { document.string($0.mention) },
                              cue: attribution?.cue.map { document.string($0) },
                              sieve: attribution?.sieve, confidence: attribution?.confidence,
                              context: Self.context(of: quote, in: document))
            guard let attribution else { unattributed.append(entry); continue }
            // A known entity groups by entity; an unnamed source ("a spokesman") by its words.
            let key = attribution.entity.map { "entity:\($0)" } ?? "name:\(attribution.speaker)"
            if let at = slot[key] { speakers[at].entries.append(entry); continue }
            slot[key] = speakers.count
            let roles = attribution.entity.flatMap { analysis.entities.indices.contains($0) ? Self.roles(of: analysis.entities[$0], in: analysis) : nil } ?? []
            speakers.append(Speaker(name: attribution.speaker, roles: roles, entries: [entry]))
        }
        self.speakers = speakers
        self.unattributed = unattributed

        func counts(_ kind: Mention.Kind) -> [Count] {
            analysis.entities.filter { $0.kind == kind }.map {
                Count(name: $0.name, roles: kind == .person ? Self.roles(of: $0, in: analysis) : [], mentions: $0.mentions.count)
            }
        }
        people = counts(.person)
        places = counts(.place)
        organizations = counts(.organization)
    }

    /// "1 quote", "2 quotes": `n` and `noun`, plural unless `n` is 1.
    static func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// The roles the article gives `entity`, then the titles (not mere honorifics such as "Mr")
    /// written before its name, without repeats.
    static func roles(of entity: Entity, in analysis: Analysis) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        func add(_ s: String) { if seen.insert(s.lowercased()).inserted { result.append(s) } }
        entity.roles.forEach(add)
        for m in entity.mentions where analysis.mentions.indices.contains(m) {
            guard let title = analysis.mentions[m].title, Lexicons.shared.titles[title]?.kind == "title" else { continue }
            add(title)
        }
        return result
    }

    /// The sentences from the one where `quote` opens to the one where it closes, split around
    /// the quote; the paragraph (or the quote alone) when the document has no sentences there.
    static func context(of quote: Quote, in document: Document) -> Context {
        let outer = quote.outer
        var whole = outer
        if let first = document.sentenceIndex(at: outer.start), let last = document.sentenceIndex(at: max(outer.start, outer.end - 1)),
           first <= last, document.sentences[first].start <= outer.start, document.sentences[last].end >= outer.end {
            whole = Span(document.sentences[first].start, document.sentences[last].end)
        } else if let p = document.paragraphIndex(at: outer.start), document.paragraphs[p].span.contains(outer) {
            whole = document.paragraphs[p].span
        }
        func flat(_ span: Span) -> String {
            document.string(span).replacingOccurrences(of: "\n", with: " ")
        }
        let before = flat(Span(whole.start, outer.start)), after = flat(Span(outer.end, whole.end))
        return Context(before: String(before.drop { $0.isWhitespace }), quote: flat(outer),
                       after: String(after.reversed().drop { $0.isWhitespace }.reversed()))
    }
}
