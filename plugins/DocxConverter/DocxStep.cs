using System.Collections.Frozen;
using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Pipeline.Abstractions;
using Pipeline.Plugins.DocxConverter.Reading;

namespace Pipeline.Plugins.DocxConverter;

/// <summary>Reads the submitted Word file and gives the document its text, heading annotations and metadata.</summary>
internal sealed class DocxStep : IStep
{
    private static readonly FrozenDictionary<int, IReadOnlyDictionary<string, string>> LevelAttributes =
        Enumerable.Range(1, 9).ToFrozenDictionary(
            level => level,
            level => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["level"] = level.ToString(CultureInfo.InvariantCulture) }.ToFrozenDictionary());

    private readonly DocxOptions _options;

    public DocxStep(DocxOptions options)
    {
        _options = options;
    }

    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Data.IsEmpty)
        {
            throw new DocumentRejectedException("the docx converter needs the document's bytes (Document.data); this document came as text");
        }

        var result = Convert(context.Data, cancellationToken);
        context.SetSourceText([result.Text]);
        if (_options.Headings)
        {
            foreach (var heading in result.Headings)
            {
                context.Annotate(new Annotation { Type = "heading", Start = heading.Start, End = heading.End, Attributes = LevelAttributes[heading.Level] });
            }
        }

        foreach (var (key, value) in result.Metadata)
        {
            if (_options.Overwrite || !context.Metadata.ContainsKey(key))
            {
                context.SetMetadata(key, value);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>What the step records, without a context; a file that cannot be read as a Word file is rejected, naming why.</summary>
    public Conversion Convert(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        try
        {
            return WordFile.Read(data, _options, cancellationToken);
        }
        catch (XmlException ex)
        {
            throw new DocumentRejectedException($"the Word file has malformed XML: {ex.Message}", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentRejectedException($"the file is a corrupt zip package, or a part of it is not what a Word file's part must be: {ex.Message}", ex);
        }
        catch (OpenXmlPackageException ex)
        {
            throw new DocumentRejectedException($"the file is not a valid Word package: {ex.Message}", ex);
        }
        catch (FileFormatException ex)
        {
            throw new DocumentRejectedException($"the file is not a valid Office Open XML package: {ex.Message}", ex);
        }
    }
}
