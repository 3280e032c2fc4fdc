using System.Runtime.InteropServices;
using Pipeline.Abstractions;
using Pipeline.Plugins.EntityExtractor.Recognition;
using Pipeline.Plugins.EntityExtractor.Text;

namespace Pipeline.Plugins.EntityExtractor;

/// <summary>Tokenizes the text once, finds its entities and annotates those asked for.</summary>
internal sealed class EntityStep : IStep
{
    private readonly bool _persons;
    private readonly bool _organizations;
    private readonly bool _locations;
    private readonly double _minScore;
    private readonly string _authorKey;

    // The attribute dictionaries of the document being annotated on this thread, by gender and canonical name.
    [ThreadStatic]
    private static Dictionary<string, Dictionary<string, string>>[]? t_shared;

    public EntityStep(EntityOptions options)
    {
        var types = options.Types ?? [];
        _persons = types.Contains("person");
        _organizations = types.Contains("organization");
        _locations = types.Contains("location");
        _minScore = options.MinScore;
        _authorKey = options.AuthorKey ?? string.Empty;
    }

    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var tokens = Tokenizer.Tokenize(context.Text, cancellationToken);
        SentenceStarts.Mark(tokens, context.Annotations);
        var known = _authorKey.Length > 0 && context.Metadata.TryGetValue(_authorKey, out var author) && !string.IsNullOrWhiteSpace(author)
            ? [author.Trim()]
            : Array.Empty<string>();
        // Mentions with one canonical name and gender share one attribute dictionary: a country named thirty times
        // is one allocation. The attributes say nothing of the kind, so a person and a place of one name share too.
        var shared = t_shared ??= [new(64, StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
        using var found = Recognizer.Find(tokens, known, cancellationToken);
        foreach (var mention in found)
        {
            var type = mention.Kind switch
            {
                EntityKind.Person when _persons => "person",
                EntityKind.Organization when _organizations => "organization",
                EntityKind.Location when _locations => "location",
                _ => null,
            };
            if (type is null || mention.Score < _minScore)
            {
                continue;
            }

            var canonical = found.Name(mention);
            ref var attributes = ref CollectionsMarshal.GetValueRefOrAddDefault(shared[(int)mention.Gender], canonical, out _);
            attributes ??= Attributes(canonical, mention.Gender);
            context.Annotate(new Annotation { Type = type, Start = mention.Start, End = mention.End, Score = mention.Score, Attributes = attributes });
        }

        // The dictionaries live on in the annotations; only the tables that found them are kept for the next document.
        foreach (var byName in shared)
        {
            byName.Clear();
        }

        return ValueTask.CompletedTask;
    }

    private static Dictionary<string, string> Attributes(string canonical, Gender gender)
    {
        var attributes = new Dictionary<string, string>(2, StringComparer.Ordinal) { ["canonical"] = canonical };
        if (gender != Gender.Unknown)
        {
            attributes["gender"] = gender == Gender.Male ? "male" : "female";
        }

        return attributes;
    }
}
