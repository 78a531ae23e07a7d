/// The JSON report for one article (schema version 1), with code-point offsets into `text`.
///
/// Field names are a stable interface: later versions add fields, never rename them.
public struct Report: Codable, Sendable, Equatable {
    public static let schemaVersion = 1

    /// A `[start, end)` range in code points.
    public struct Range: Codable, Sendable, Equatable {
        public var start: Int
        public var end: Int
    }

    public struct Paragraph: Codable, Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var kind: String
    }

    public struct Speaker: Codable, Sendable, Equatable {
        /// Canonical name ("Jim Mattis").
        public var name: String
        /// The words in the text naming the speaker here ("He").
        public var mention: String
        public var mentionStart: Int
        public var mentionEnd: Int

        enum CodingKeys: String, CodingKey {
            case name, mention, mentionStart = "mention_start", mentionEnd = "mention_end"
        }
    }

    public struct QuoteRecord: Codable, Sendable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int
        /// direct, partial, block or indirect.
        public var kind: String
        public var paragraph: Int
        public var speaker: Speaker?
        public var cue: String?
        public var cueStart: Int?
        public var cueEnd: Int?
        public var sieve: String?
        public var confidence: Double?

        enum CodingKeys: String, CodingKey {
            case text, start, end, kind, paragraph, speaker, cue, cueStart = "cue_start", cueEnd = "cue_end", sieve, confidence
        }
    }

    public struct MentionRecord: Codable, Sendable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int
    }

    public struct EntityRecord: Codable, Sendable, Equatable {
        /// The name as the article writes it most often.
        public var name: String
        /// For places and organisations: the canonical name across articles ("UK" for "Britain").
        public var canonical: String?
        public var gender: String?
        public var roles: [String]?
        public var mentions: [MentionRecord]
    }

    public var schemaVersion: Int = Report.schemaVersion
    public var id: String
    public var title: String?
    public var text: String
    public var offsetUnit: String = "codepoint"
    public var metadata: ArticleMetadata
    public var paragraphs: [Paragraph]
    public var sentences: [Range]
    public var quotes: [QuoteRecord]
    public var people: [EntityRecord]
    public var places: [EntityRecord]
    public var organizations: [EntityRecord]
    /// Quoted spans that are not reported speech (scare quotes, titles, nicknames, terms).
    public var otherQuoted: [OtherQuotedRecord]
    public var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", id, title, text, offsetUnit = "offset_unit", metadata, paragraphs, sentences,
             quotes, people, places, organizations, otherQuoted = "other_quoted", warnings
    }

    /// A quoted span that is not a quote, and why.
    public struct OtherQuotedRecord: Codable, Sendable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int
        public var reason: String
    }
}

extension Report {
    /// Builds the report for an analysis, converting byte offsets to code points.
    public init(_ analysis: Analysis) {
        let document = analysis.document
        let converter = OffsetConverter(document.bytes)
        @inline(__always) func cp(_ offset: Int) -> Int { converter.codePoint(offset) }
        self.id = analysis.id
        self.title = analysis.title
        self.text = document.text
        self.metadata = analysis.metadata
        self.paragraphs = document.paragraphs.map { Paragraph(start: cp($0.span.start), end: cp($0.span.end), kind: $0.kind.rawValue) }
        self.sentences = document.sentences.map { Range(start: cp($0.start), end: cp($0.end)) }
        self.quotes = analysis.quotes.map { quote in
            let a = quote.attribution
            return QuoteRecord(
                text: document.string(quote.span), start: cp(quote.span.start), end: cp(quote.span.end), kind: quote.kind.rawValue,
                paragraph: quote.paragraph,
                speaker: a.map { Speaker(name: $0.speaker, mention: document.string($0.mention), mentionStart: cp($0.mention.start),
                                         mentionEnd: cp($0.mention.end)) },
                cue: a?.cue.map { document.string($0) }, cueStart: a?.cue.map { cp($0.start) }, cueEnd: a?.cue.map { cp($0.end) },
                sieve: a?.sieve, confidence: a?.confidence)
        }
        let mentions = analysis.mentions, entities = analysis.entities
        // By index: each entity's fields are read in place, the entity is not copied.
        func record(_ i: Int) -> EntityRecord {
            let isPerson = entities[i].kind == .person
            let records = entities[i].mentions.map { m in
                // Only the span is read: the mention itself (its strings) is not copied.
                // The name without its title ("Mattis" in "Mr Mattis"), as NER corpora mark names.
                let span = mentions[m].span
                return MentionRecord(text: document.string(span), start: cp(span.start), end: cp(span.end))
            }
            return EntityRecord(name: entities[i].name, canonical: entities[i].canonical,
                                gender: isPerson ? entities[i].gender.rawValue : nil,
                                roles: isPerson ? entities[i].roles : nil, mentions: records)
        }
        // One pass over the entities, each kind's records in the entities' order (room made first).
        var people: [EntityRecord] = [], places: [EntityRecord] = [], organizations: [EntityRecord] = []
        var counts = (people: 0, places: 0, organizations: 0)
        for i in entities.indices {
            switch entities[i].kind {
            case .person: counts.people += 1
            case .place: counts.places += 1
            case .organization: counts.organizations += 1
            }
        }
        people.reserveCapacity(counts.people)
        places.reserveCapacity(counts.places)
        organizations.reserveCapacity(counts.organizations)
        for i in entities.indices {
            switch entities[i].kind {
            case .person: people.append(record(i))
            case .place: places.append(record(i))
            case .organization: organizations.append(record(i))
            }
        }
        self.people = people
        self.places = places
        self.organizations = organizations
        self.otherQuoted = analysis.otherQuoted.map {
            OtherQuotedRecord(text: document.string($0.span), start: cp($0.span.start), end: cp($0.span.end), reason: $0.reason)
        }
        self.warnings = analysis.warnings.map(\.description)
    }
}
