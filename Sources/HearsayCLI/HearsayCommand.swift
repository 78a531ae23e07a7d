import ArgumentParser

/// The `hearsay` command: a thin layer over the Hearsay library.
@main
struct HearsayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearsay",
        abstract: "Who said what: quotes, speakers, people and places in news articles.",
        discussion: """
        Exit status: 0 when every input was analysed, 1 when some inputs failed (each has an error \
        record in the output), 64 for usage errors, 66 when a corpus cannot be read, 74 when the \
        output cannot be written, 130 when interrupted by SIGINT or SIGTERM before the end, \
        with the output left uncommitted as FILE.partial.
        """,
        subcommands: [AnalyzeCommand.self, ExtractCommand.self, SpeakersCommand.self, CompareCommand.self, IdentitiesCommand.self],
        defaultSubcommand: AnalyzeCommand.self
    )
}
