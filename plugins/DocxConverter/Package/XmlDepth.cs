using System.Xml;
using Pipeline.Abstractions;

namespace Pipeline.Plugins.DocxConverter.Package;

/// <summary>
/// Streams through an XML part before it is loaded as a tree: loading and walking a tree recurse once per level,
/// so a part nested thousands deep could end the process with a stack overflow instead of being refused.
/// </summary>
internal static class XmlDepth
{
    private static XmlReaderSettings Settings(DocxOptions options) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = options.MaxEntryBytes,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    public static void Check(Stream part, string name, DocxOptions options, CancellationToken cancellationToken)
    {
        using var reader = XmlReader.Create(part, Settings(options));
        var nodes = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth >= options.MaxDepth)
            {
                throw new DocumentRejectedException($"the part {name} nests XML elements more than {options.MaxDepth:N0} deep, deeper than maxDepth; a part this deep is malformed or hostile");
            }

            if (++nodes % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }
}
