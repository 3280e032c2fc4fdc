using Pipeline.Abstractions;

namespace Pipeline.Plugins.MetadataExtractor;

/// <summary>Sets <c>language</c> and <c>title</c> when the document says them and nobody set them before; one pass over the words read.</summary>
internal sealed class MetadataStep : IStep
{
    private const string LanguageKey = "language";
    private const string TitleKey = "title";

    private readonly MetadataOptions _options;
    private readonly LanguageProfile _profile;

    public MetadataStep(MetadataOptions options, LanguageProfile profile)
    {
        _options = options;
        _profile = profile;
    }

    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        if (_options.DetectLanguage && MaySet(context, LanguageKey))
        {
            var score = _profile.Score(text, _options.MaxWords, cancellationToken);
            if (score.Best is { } language && score.BestHits >= _options.MinStopWords && score.Share >= _options.MinStopWordShare && score.Confidence >= _options.MinConfidence)
            {
                context.SetMetadata(LanguageKey, language);
            }
        }

        if (_options.TitleFromFirstLine && MaySet(context, TitleKey) && FirstLineTitle.Find(text, _options.MaxTitleLength) is { } title)
        {
            context.SetMetadata(TitleKey, title);
        }

        return ValueTask.CompletedTask;
    }

    private bool MaySet(IStepContext context, string key) => _options.Overwrite || !context.Metadata.ContainsKey(key);
}
