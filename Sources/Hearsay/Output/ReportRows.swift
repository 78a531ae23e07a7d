import Foundation

/// The flat rows that one report contributes to the spreadsheet files and database tables:
/// one article row, one row per quote, per person, per place and per mention.
///
/// Offsets are the report's code-point offsets. A quote's context is the text of the
/// sentences it overlaps.
public struct ReportRows: Sendable {
    /// One article.
    public struct ArticleRow: Sendable, Equatable {
        public var id: String
        public var title: String?
        public var date: String?
        public var url: String?
        public var outlet: String?
        public var authors: [String]
        public var language: String?
        public var quotes: Int
        public var people: Int
        public var places: Int
        /// Length of the article text in code points.
        public var characters: Int
        public var warnings: [String]
        /// Set for an input that could not be analysed.
        public var error: String?
    }

    /// One quote with its article's identification and its sentence as context.
    public struct QuoteRow: Sendable, Equatable {
        public var articleID: String
        public var title: String?
        public var date: String?
        public var url: String?
        /// Position of the quote in its article (0-based).
        public var index: Int
        public var paragraph: Int
        public var text: String
        public var kind: String
        public var speaker: String?
        public var speakerMention: String?
        public var mentionStart: Int?
        public var mentionEnd: Int?
        public var cue: String?
        public var sieve: String?
        public var confidence: Double?
        public var start: Int
        public var end: Int
        /// The sentence (or sentences) the quote lies in.
        public var context: String
    }

    /// One person or place of an article.
    public struct EntityRow: Sendable, Equatable {
        public var articleID: String
        public var name: String
        public var gender: String?
        public var roles: [String]
        /// How many times the article names it.
        public var mentions: Int
        /// Quotes attributed to it in the article (people only).
        public var quotes: Int
        /// The distinct forms the article uses ("Donald Trump", "Mr. Trump", "Trump").
        public var forms: [String]
    }

    /// One mention of a person, place or organisation.
    public struct MentionRow: Sendable, Equatable {
        public var articleID: String
        /// `person`, `place` or `organization`.
        public var kind: String
        public var entity: String
        public var text: String
        public var start: Int
        public var end: Int
    }

    public var article: ArticleRow
    public var quotes: [QuoteRow]
    public var people: [EntityRow]
    public var places: [EntityRow]
    public var mentions: [MentionRow]

    /// The rows of a report.
    public init(_ report: Report) {
        let metadata = report.metadata
        let scalars = Array(report.text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String {
            let lower = max(0, min(start, scalars.count)), upper = max(lower, min(end, scalars.count))
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[lower..<upper])
            return String(s)
        }
        let id = report.id
        article = ArticleRow(id: id, title: report.title, date: metadata.date, url: metadata.url, outlet: ArticleOutlet.name(metadata),
                             authors: metadata.authors, language: metadata.language, quotes: report.quotes.count,
                             people: report.people.count, places: report.places.count, characters: scalars.count,
                             warnings: report.warnings, error: nil)
        quotes = report.quotes.enumerated().map { index, quote in
            QuoteRow(articleID: id, title: report.title, date: metadata.date, url: metadata.url, index: index, paragraph: quote.paragraph,
                     text: quote.text, kind: quote.kind, speaker: quote.speaker?.name, speakerMention: quote.speaker?.mention,
                     mentionStart: quote.speaker?.mentionStart, mentionEnd: quote.speaker?.mentionEnd, cue: quote.cue, sieve: quote.sieve,
                     confidence: quote.confidence, start: quote.start, end: quote.end,
                     context: Self.context(of: quote, sentences: report.sentences, slice: slice))
        }
        var quotesBySpeaker: [String: Int] = [:]
        for quote in report.quotes { if let name = quote.speaker?.name { quotesBySpeaker[name, default: 0] += 1 } }
        func rows(_ entities: [Report.EntityRecord]) -> [EntityRow] {
            entities.map { entity in
                var forms: [String] = []
                for mention in entity.mentions where !forms.contains(mention.text) { forms.append(mention.text) }
                return EntityRow(articleID: id, name: entity.name, gender: entity.gender, roles: entity.roles ?? [],
                                 mentions: entity.mentions.count, quotes: quotesBySpeaker[entity.name] ?? 0, forms: forms)
            }
        }
        people = rows(report.people)
        places = rows(report.places)
        var mentions: [MentionRow] = []
        for (kind, entities) in [("person", report.people), ("place", report.places), ("organization", report.organizations)] {
            for entity in entities {
                for m in entity.mentions {
                    mentions.append(MentionRow(articleID: id, kind: kind, entity: entity.name, text: m.text, start: m.start, end: m.end))
                }
            }
        }
        self.mentions = mentions
    }

    /// The article row for an input that failed.
    public static func failedArticle(id: String, message: String) -> ArticleRow {
        ArticleRow(id: id, title: nil, date: nil, url: nil, outlet: nil, authors: [], language: nil, quotes: 0, people: 0, places: 0,
                   characters: 0, warnings: [], error: message)
    }

    /// The text of the sentences that overlap `quote` (the quote itself when none do).
    static func context(of quote: Report.QuoteRecord, sentences: [Report.Range], slice: (Int, Int) -> String) -> String {
        // Sentences are in text order: find the first that ends after the quote starts.
        var start = quote.start, end = quote.end
        var index = sentences.partitionPoint { $0.end <= quote.start }
        if index < sentences.count, sentences[index].start < quote.end || quote.start == quote.end {
            start = min(start, sentences[index].start)
            while index < sentences.count, sentences[index].start < quote.end {
                end = max(end, sentences[index].end)
                index += 1
            }
        }
        return slice(start, end).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
