/// English function words (`stopwords.tsv`), left out of word statistics and stripped before names.
public enum Stopwords {
    /// The bundled list, lowercase, loaded once.
    public static let shared: Set<String> = {
        let rows = (try? TSVTable.resource("Lexicons/stopwords.tsv"))?.rows ?? []
        return Set(rows.compactMap { $0.first.map(String.init) })
    }()
}
