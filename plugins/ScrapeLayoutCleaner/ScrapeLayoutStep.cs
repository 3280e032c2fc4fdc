using Pipeline.Abstractions;

namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>
/// Reads the layout from both ends of the text: the header and the attribution from the top, the footer and
/// the bio from the bottom. Each rule looks at a bounded number of lines, and reaching them is one pass
/// over the blank lines in between, so the step is linear in the text.
/// </summary>
internal sealed class ScrapeLayoutStep : IStep
{
    private readonly LayoutRules _rules;

    public ScrapeLayoutStep(LayoutRules rules) => _rules = rules;

    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var options = _rules.Options;
        var found = new Findings(text);

        var (header, headerEnd, body) = Header.Read(text, _rules, found);
        var floor = body?.Start ?? headerEnd;
        cancellationToken.ThrowIfCancellationRequested();
        var footerStart = Footer.Read(text, _rules, floor, found);

        // A plain article may start "A | B: " or end with a line about a person; only a recognised layout says what they are.
        if (header || footerStart is not null || !options.RequireLayout)
        {
            var author = options.Attribution && body is { } first && footerStart != first.Start ? Attribution.Read(text, _rules, first, found) : null;
            if (options.Bio)
            {
                // The body keeps at least its first line: the bio is a last paragraph, never the only one.
                author ??= context.Metadata.GetValueOrDefault(Keys.Author);
                Bio.Read(text, _rules, body?.Next ?? headerEnd, footerStart ?? text.Length, author, found);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        found.Apply(context, options, floor);
        return ValueTask.CompletedTask;
    }
}
